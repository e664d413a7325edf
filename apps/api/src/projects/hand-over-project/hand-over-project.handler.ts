import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { OrgDirectory } from '../../org-units/org-directory';
import { ProjectCommandOutcome, ProjectCommands } from '../project-commands';
import { UnitWithoutSecretary } from '../project.errors';
import { HandOverProjectCommand } from './hand-over-project.command';

/**
 * The new leader is the project's unit's secretary as the org tree has them now (the org change
 * comes first: 书记调整, then 交接); the same person again is SAME_PROJECT_LEADER, a vacant role
 * UNIT_WITHOUT_SECRETARY.
 */
@CommandHandler(HandOverProjectCommand)
export class HandOverProjectHandler implements ICommandHandler<HandOverProjectCommand, ProjectCommandOutcome> {
  constructor(
    @Inject(ProjectCommands) private readonly projects: ProjectCommands,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
  ) {}

  async execute({ projectId, reason, metadata }: HandOverProjectCommand): Promise<ProjectCommandOutcome> {
    const project = await this.projects.load(projectId, metadata.actor);
    const secretary = (await this.directory.fresh()).unit(project.unitId)?.responsible.secretary;
    if (secretary === undefined) throw new UnitWithoutSecretary(project.unitId);
    return this.projects.send(projectId, { type: 'HandOverProject', leader: { personId: secretary.personId, name: secretary.name }, reason }, metadata);
  }
}
