import { Command } from '@nestjs/cqrs';
import { ArchiveRound, CloseScoring, StartRound } from '@app/supervision';
import { CommandMetadata } from '@app/workflow-runtime';
import type { RoundCommandOutcome } from '../round-commands';

/**
 * A step of a round's lifecycle that needs nothing beyond the round itself: start it (planned →
 * active), close its scoring (active → scoring-closed) or archive it (published → archived).
 * Publishing records a ranking and has a use case of its own.
 */
export type RoundStep = StartRound | CloseScoring | ArchiveRound;

export class TakeRoundStep extends Command<RoundCommandOutcome> {
  constructor(
    readonly roundId: string,
    readonly step: RoundStep,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
