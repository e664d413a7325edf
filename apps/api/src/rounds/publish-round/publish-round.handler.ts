import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RoundCommandOutcome, RoundCommands } from '../round-commands';
import { RoundRankings } from '../round-rankings';
import { PublishRoundCommand } from './publish-round.command';

/**
 * 区县比看 results out: the live ranking over everything committed before the command goes into
 * the RoundPublished event, so the log holds what people are shown. The rules (published only
 * after scoring closed, once, a ranking for a round that ranks counties) are the decider's; a
 * retry with the same command id gets the first answer from the log, whatever the round's state now.
 */
@CommandHandler(PublishRoundCommand)
export class PublishRoundHandler implements ICommandHandler<PublishRoundCommand, RoundCommandOutcome> {
  constructor(
    @Inject(RoundCommands) private readonly rounds: RoundCommands,
    @Inject(RoundRankings) private readonly rankings: RoundRankings,
  ) {}

  async execute({ roundId, metadata }: PublishRoundCommand): Promise<RoundCommandOutcome> {
    const ranking = await this.rankings.toRecord(roundId);
    return this.rounds.send(roundId, { type: 'PublishRound', ranking }, metadata);
  }
}
