import { Command } from '@nestjs/cqrs';
import { CommandMetadata } from '@app/workflow-runtime';
import type { RoundCommandOutcome } from '../round-commands';

/** Replaces a published round's ranking with the live one, for a stated reason (admins). */
export class RepublishRankingCommand extends Command<RoundCommandOutcome> {
  constructor(
    readonly roundId: string,
    readonly reason: string,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
