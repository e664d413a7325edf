import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DutyReviewPublication } from '../../duty-reviews/duty-review-publication';
import { RoundCommandOutcome, RoundCommands } from '../round-commands';
import { RoundRankings } from '../round-rankings';
import { PublishRoundCommand } from './publish-round.command';

/**
 * 区县比看 results out: the live ranking over everything committed before the command goes into
 * the RoundPublished event (a duty-review round's: its grades and follow-up list, 述职评议), so the log holds what people are shown. The rules (published only
 * after scoring closed, once, a ranking for a round that ranks counties) are the decider's; a
 * retry with the same command id gets the first answer from the log, whatever the round's state now.
 */
@CommandHandler(PublishRoundCommand)
export class PublishRoundHandler implements ICommandHandler<PublishRoundCommand, RoundCommandOutcome> {
  constructor(
    @Inject(RoundCommands) private readonly rounds: RoundCommands,
    @Inject(RoundRankings) private readonly rankings: RoundRankings,
    @Inject(DutyReviewPublication) private readonly dutyReviews: DutyReviewPublication,
  ) {}

  async execute({ roundId, metadata }: PublishRoundCommand): Promise<RoundCommandOutcome> {
    const ranking = await this.rankings.toRecord(roundId);
    const dutyReviewResults = await this.dutyReviews.toRecord(roundId);
    return this.rounds.send(roundId, { type: 'PublishRound', ranking, ...(dutyReviewResults === null ? {} : { dutyReviewResults }) }, metadata);
  }
}
