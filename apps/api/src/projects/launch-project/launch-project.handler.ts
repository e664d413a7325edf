import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { OrgUnitNotFound, ProjectCommand, ProjectState, projectStreamId } from '@app/supervision';
import { CalendarDate } from '@app/workflow';
import { WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';
import { newResourceId } from '../../http/command-metadata.decorator';
import { OrgDirectory } from '../../org-units/org-directory';
import { ProjectCommandOutcome, ProjectCommands } from '../project-commands';
import { UnitWithoutSecretary } from '../project.errors';
import { LaunchProjectCommand } from './launch-project.command';

/**
 * 立项. The project is led by the unit's secretary as the org tree has them now
 * (UNIT_WITHOUT_SECRETARY when the role is vacant); its id is fixed by the command, its
 * milestones are numbered in the order given, and the plan itself is the decider's to check.
 */
@CommandHandler(LaunchProjectCommand)
export class LaunchProjectHandler implements ICommandHandler<LaunchProjectCommand, ProjectCommandOutcome> {
  private readonly projects: WorkflowHandle<ProjectState, ProjectCommand>;

  constructor(
    @Inject(WorkflowEngine) engine: WorkflowEngine,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
    @Inject(ProjectCommands) private readonly commands: ProjectCommands,
  ) {
    this.projects = engine.workflow<ProjectState, ProjectCommand>('project');
  }

  async execute({ plan, metadata }: LaunchProjectCommand): Promise<ProjectCommandOutcome> {
    const directory = await this.directory.fresh();
    const unit = directory.unit(plan.unitId);
    if (unit === undefined) throw new OrgUnitNotFound(plan.unitId);
    const secretary = unit.responsible.secretary;
    if (secretary === undefined) throw new UnitWithoutSecretary(plan.unitId);
    const projectId = newResourceId(metadata);
    const result = await this.projects.handle(
      projectStreamId(projectId),
      {
        type: 'LaunchProject',
        projectId,
        unitId: unit.unitId,
        unitChain: directory.orgTree().chain(unit.unitId).map((level) => level.id),
        year: plan.year,
        title: plan.title,
        goal: plan.goal,
        leader: { personId: secretary.personId, name: secretary.name },
        milestones: plan.milestones.map((milestone, index) => ({ milestoneId: `m${index + 1}`, title: milestone.title, dueOn: milestone.dueOn as CalendarDate })),
      },
      { ...metadata, orgUnitId: unit.unitId },
    );
    return { projectId, result: { ...result, state: await this.commands.page(projectId) } };
  }
}
