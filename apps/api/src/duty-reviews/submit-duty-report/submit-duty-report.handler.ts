import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EvidenceFiles } from '@app/evidence';
import { DutyReviewCommandOutcome, DutyReviewRounds } from '../duty-review-rounds';
import { SubmitDutyReportCommand } from './submit-duty-report.command';

/**
 * 述职: the round's status, the unit's chain and county and its secretary now are read (the round's
 * stream, the org tree) and passed in the command; the evidence named is completed from what was
 * put in. Who may submit, and when, is the duty-review decider's to say.
 */
@CommandHandler(SubmitDutyReportCommand)
export class SubmitDutyReportHandler implements ICommandHandler<SubmitDutyReportCommand, DutyReviewCommandOutcome> {
  constructor(
    @Inject(DutyReviewRounds) private readonly reviews: DutyReviewRounds,
    @Inject(EvidenceFiles) private readonly evidence: EvidenceFiles,
  ) {}

  async execute({ reviewId, report, attachments, metadata }: SubmitDutyReportCommand): Promise<DutyReviewCommandOutcome> {
    const { round, unit } = await this.reviews.target(reviewId);
    const evidence = await this.evidence.resolve(attachments);
    return this.reviews.send(
      reviewId,
      unit.unitId,
      {
        type: 'SubmitDutyReport',
        reviewId,
        roundId: round.roundId,
        roundStatus: round.status,
        unitId: unit.unitId,
        unitChain: unit.unitChain,
        countyId: unit.countyId,
        secretary: unit.secretary,
        report,
        ...(evidence.length === 0 ? {} : { attachments: evidence }),
      },
      metadata,
    );
  }
}
