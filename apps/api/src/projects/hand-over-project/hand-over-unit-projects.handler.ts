import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ProjectionRuntime } from '@app/projections';
import { activeProjectsOfUnitQuery } from '@app/read-models';
import { OrgDirectory } from '../../org-units/org-directory';
import { ProjectCommands } from '../project-commands';
import { HandOverUnitProjects } from './hand-over-unit-projects.command';

/** The reason a hand-over that follows a change of secretary records. */
export const SECRETARY_CHANGE_REASON = '书记调整，由新任书记接续领办';

/**
 * Hands every active project of the unit not led by its secretary now over to them. Each hand-over
 * is a command of its own, named by the org change's command id and the project, so a retry of the
 * org change hands nothing over twice; a vacant role hands nothing over.
 */
@CommandHandler(HandOverUnitProjects)
export class HandOverUnitProjectsHandler implements ICommandHandler<HandOverUnitProjects, string[]> {
  constructor(
    @Inject(ProjectCommands) private readonly projects: ProjectCommands,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
    @Inject(ProjectionRuntime) private readonly readModels: ProjectionRuntime,
  ) {}

  async execute({ unitId, metadata }: HandOverUnitProjects): Promise<string[]> {
    const secretary = (await this.directory.fresh()).unit(unitId)?.responsible.secretary;
    if (secretary === undefined) return [];
    const handedOver: string[] = [];
    for (const { projectId, leader } of await activeProjectsOfUnitQuery(this.readModels.dataSource, unitId)) {
      if (leader.personId === secretary.personId) continue;
      await this.projects.send(
        projectId,
        { type: 'HandOverProject', leader: { personId: secretary.personId, name: secretary.name }, reason: SECRETARY_CHANGE_REASON },
        { actor: metadata.actor, commandId: `${metadata.commandId}:hand-over:${projectId}`, causationId: metadata.commandId, ...(metadata.correlationId === undefined ? {} : { correlationId: metadata.correlationId }) },
      );
      handedOver.push(projectId);
    }
    return handedOver;
  }
}
