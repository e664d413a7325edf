export {
  DEFAULT_FOLLOW_UP_SHARE,
  distributionOf,
  DUTY_GRADE_RULE,
  DUTY_RATINGS,
  DUTY_REVIEW_UNIT_KINDS,
  DutyRating,
  DutyRatingDistribution,
  dutyReviewIdOf,
  DutyReviewFollowUp,
  DutyReviewResults,
  dutyReviewResults,
  DutyReviewSettings,
  DutyReviewStanding,
  dutyReviewStreamId,
  dutyReviewStreams,
  DutyReviewUnitKind,
  DutyReviewUnitResult,
  FollowUpReason,
  followUpReasonOf,
  isDutyRating,
  majorityGrade,
  parseDutyReviewId,
} from './duty-review';
export * from './duty-review.commands';
export * from './duty-review.events';
export * from './duty-review.errors';
export { AwaitingDutyReport, DutyReviewRating, DutyReviewState, evolveDutyReview, initialDutyReviewState, ReportedDutyReview } from './duty-review.state';
export { dutyReviewSettingsOf, MAX_PANEL } from './duty-review-settings';
export { assertMayRate, assertMaySubmitDutyReport, dutyReviewWorkflow } from './duty-review.workflow';
