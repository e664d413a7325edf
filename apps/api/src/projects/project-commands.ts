import { Inject, Injectable } from '@nestjs/common';
import { ProjectionRuntime } from '@app/projections';
import { ProjectPageView, projectPageQuery } from '@app/read-models';
import { assertWithinOrgScope, LaunchedProject, ProjectCommand, ProjectNotFound, ProjectState, projectStreamId } from '@app/supervision';
import { CommandMetadata, CommandResult, WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';

/** What a project command answers: the project it concerns and the command's result, the project shown as its page. */
export interface ProjectCommandOutcome {
  readonly projectId: string;
  readonly result: CommandResult<ProjectPageView>;
}

/** The project, or PROJECT_NOT_FOUND when nothing was ever launched under its id. */
export function launchedProject(projectId: string, state: ProjectState): LaunchedProject {
  if (state.status === 'unlaunched') throw new ProjectNotFound(projectId);
  return state;
}

/**
 * Sends a command to one 书记领办项目, as every use case on an existing project does: the project
 * is loaded once, by the engine, and the command refused unless it exists (PROJECT_NOT_FOUND) and
 * lies in the actor's org scope (OUT_OF_SCOPE); its events name the project's unit for the audit
 * trail. The answer shows the project as its page does (the board is kept in the command's own
 * transaction, so it has the command's events).
 */
@Injectable()
export class ProjectCommands {
  private readonly projects: WorkflowHandle<ProjectState, ProjectCommand>;

  constructor(
    @Inject(WorkflowEngine) engine: WorkflowEngine,
    @Inject(ProjectionRuntime) private readonly readModels: ProjectionRuntime,
  ) {
    this.projects = engine.workflow<ProjectState, ProjectCommand>('project');
  }

  async load(projectId: string, actor: CommandMetadata['actor']): Promise<LaunchedProject> {
    const project = launchedProject(projectId, (await this.projects.load(projectStreamId(projectId))).state);
    assertWithinOrgScope(actor, project.unitChain);
    return project;
  }

  async send(projectId: string, command: ProjectCommand, metadata: CommandMetadata): Promise<ProjectCommandOutcome> {
    const result = await this.projects.handle(projectStreamId(projectId), command, metadata, {
      authorize: (state) => assertWithinOrgScope(metadata.actor, launchedProject(projectId, state).unitChain),
      orgUnitOf: (state) => launchedProject(projectId, state).unitId,
    });
    return { projectId, result: { ...result, state: await this.page(projectId) } };
  }

  async page(projectId: string): Promise<ProjectPageView> {
    const found = await projectPageQuery(this.readModels.dataSource, projectId);
    if (found === undefined) throw new ProjectNotFound(projectId);
    return found.view;
  }
}
