import type { ProjectionDefinition } from '@app/projections';
import { dutyReviewsProjection } from './duty-reviews.projection';

export { DUTY_REVIEW_ENTITIES, DUTY_REVIEW_TABLES } from './duty-reviews.tables';
export { DUTY_REVIEWS_PROJECTION, dutyReviewsProjection } from './duty-reviews.projection';
export {
  DutyRatingView,
  DutyReportView,
  DutyReviewFacts,
  dutyReviewFactsQuery,
  DutyReviewResultsAsOf,
  dutyReviewResultsQuery,
  dutyReviewRoundQuery,
  DutyReviewRoundView,
  DutyReviewUnit,
} from './duty-reviews.query';

/** The read model behind 述职评议考核. */
export function dutyReviewProjections(): ProjectionDefinition[] {
  return [dutyReviewsProjection()];
}
