import { Command } from '@nestjs/cqrs';
import { CommandMetadata } from '@app/workflow-runtime';
import type { ProjectCommandOutcome } from '../project-commands';

/** 交接: the unit's secretary now takes the project over from whoever led it. */
export class HandOverProjectCommand extends Command<ProjectCommandOutcome> {
  constructor(
    readonly projectId: string,
    readonly reason: string,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
