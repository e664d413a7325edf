import { Command } from '@nestjs/cqrs';
import { CommandMetadata } from '@app/workflow-runtime';
import type { RoundCommandOutcome } from '../round-commands';

/** Publishes a round's results (scoring-closed → published), with the county ranking when the round ranks counties. */
export class PublishRoundCommand extends Command<RoundCommandOutcome> {
  constructor(
    readonly roundId: string,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
