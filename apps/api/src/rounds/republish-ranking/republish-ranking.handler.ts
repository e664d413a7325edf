import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RoundCommandOutcome, RoundCommands } from '../round-commands';
import { RoundRankings } from '../round-rankings';
import { RepublishRankingCommand } from './republish-ranking.command';

/**
 * Records the live ranking over everything committed before the command as the next version of
 * the round's published ranking (RoundRankingRepublished, with the reason). The decider refuses a
 * round not published, an archived one (its ranking is final) and a ranking that has not changed.
 */
@CommandHandler(RepublishRankingCommand)
export class RepublishRankingHandler implements ICommandHandler<RepublishRankingCommand, RoundCommandOutcome> {
  constructor(
    @Inject(RoundCommands) private readonly rounds: RoundCommands,
    @Inject(RoundRankings) private readonly rankings: RoundRankings,
  ) {}

  async execute({ roundId, reason, metadata }: RepublishRankingCommand): Promise<RoundCommandOutcome> {
    const ranking = await this.rankings.toRecord(roundId);
    return this.rounds.send(roundId, { type: 'RepublishRanking', reason, ranking }, metadata);
  }
}
