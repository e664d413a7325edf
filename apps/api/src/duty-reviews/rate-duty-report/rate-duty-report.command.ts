import { Command } from '@nestjs/cqrs';
import { DutyRating } from '@app/supervision';
import { CommandMetadata } from '@app/workflow-runtime';
import type { DutyReviewCommandOutcome } from '../duty-review-rounds';

/** 评议: a panel member rates a unit's duty report (好, 较好, 一般, 差) with a comment. */
export class RateDutyReportCommand extends Command<DutyReviewCommandOutcome> {
  constructor(
    readonly reviewId: string,
    readonly rating: DutyRating,
    readonly comment: string,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
