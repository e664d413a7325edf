export {
  backwardVillageStreamId,
  backwardVillageStreams,
  isListingReason,
  LISTING_REASONS,
  ListingReason,
  ListingSource,
  MAX_MEASURES,
  measureTimerName,
} from './backward-village';
export * from './backward-village.commands';
export * from './backward-village.events';
export * from './backward-village.errors';
export {
  AcceptanceCheck,
  BackwardVillageListing,
  BackwardVillageState,
  BackwardVillageStatus,
  evolveBackwardVillage,
  initialBackwardVillageState,
  MeasureState,
} from './backward-village.state';
export { isCountyOfListing, listingProblems, measureTimers, measureWarningAt, rectificationPlanProblems } from './backward-village-steps';
export { backwardVillageWorkflow, BackwardVillageTransition } from './backward-village.workflow';
export { dutyReviewFollowUpProcess, followUpListingId } from './duty-review-follow-up.process';
