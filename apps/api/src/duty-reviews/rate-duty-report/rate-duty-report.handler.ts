import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DutyReviewCommandOutcome, DutyReviewRounds } from '../duty-review-rounds';
import { RateDutyReportCommand } from './rate-duty-report.command';

/** 评议: the round's status and panel are read from its stream and passed in; panel membership, recusal and the rest are the decider's. */
@CommandHandler(RateDutyReportCommand)
export class RateDutyReportHandler implements ICommandHandler<RateDutyReportCommand, DutyReviewCommandOutcome> {
  constructor(@Inject(DutyReviewRounds) private readonly reviews: DutyReviewRounds) {}

  async execute({ reviewId, rating, comment, metadata }: RateDutyReportCommand): Promise<DutyReviewCommandOutcome> {
    const { round, unit } = await this.reviews.target(reviewId);
    return this.reviews.send(reviewId, unit.unitId, { type: 'RateDutyReport', roundStatus: round.status, panelIds: round.dutyReview.panelIds, rating, comment }, metadata);
  }
}
