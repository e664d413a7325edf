import { Command } from '@nestjs/cqrs';
import { CommandMetadata } from '@app/workflow-runtime';
import type { DutyReviewCommandOutcome } from '../duty-review-rounds';

/** 述职: the unit's secretary (or an admin) submits the duty report, with evidence put in before. */
export class SubmitDutyReportCommand extends Command<DutyReviewCommandOutcome> {
  constructor(
    readonly reviewId: string,
    readonly report: string,
    readonly attachments: ReadonlyArray<{ readonly sha256: string; readonly name: string }>,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
