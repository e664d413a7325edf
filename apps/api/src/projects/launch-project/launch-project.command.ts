import { Command } from '@nestjs/cqrs';
import { CommandMetadata } from '@app/workflow-runtime';
import type { ProjectCommandOutcome } from '../project-commands';
import type { LaunchProjectRequest } from '../project.requests';

/** 立项: a unit's secretary takes on a 书记领办项目 for the year. */
export class LaunchProjectCommand extends Command<ProjectCommandOutcome> {
  constructor(
    readonly plan: LaunchProjectRequest,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
