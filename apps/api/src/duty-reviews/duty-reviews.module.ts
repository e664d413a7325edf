import { Module } from '@nestjs/common';
import { EvidenceModule } from '@app/evidence';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { DutyReviewPublication } from './duty-review-publication';
import { DutyReviewRounds } from './duty-review-rounds';
import { DutyReviewsController } from './duty-reviews.controller';
import { GetDutyReviewHandler } from './get-duty-review/get-duty-review.handler';
import { GetDutyReviewResultsHandler } from './get-duty-review-results/get-duty-review-results.handler';
import { ListDutyReviewsHandler } from './list-duty-reviews/list-duty-reviews.handler';
import { RateDutyReportHandler } from './rate-duty-report/rate-duty-report.handler';
import { SubmitDutyReportHandler } from './submit-duty-report/submit-duty-report.handler';

/** 述职评议考核: the duty reviews' routes and use cases, and what a duty-review round's publication records. */
@Module({
  imports: [OrgUnitsModule, EvidenceModule],
  controllers: [DutyReviewsController],
  providers: [DutyReviewRounds, DutyReviewPublication, SubmitDutyReportHandler, RateDutyReportHandler, ListDutyReviewsHandler, GetDutyReviewHandler, GetDutyReviewResultsHandler],
  exports: [DutyReviewPublication],
})
export class DutyReviewsModule {}
