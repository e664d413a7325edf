export { backwardVillagesProjection } from './backward-villages.projection';
export {
  BackwardCountLevel,
  BackwardVillageCount,
  BackwardVillageCounts,
  backwardVillageCountsQuery,
  BackwardVillageFilter,
  backwardVillageListQuery,
  BackwardVillageMonth,
  backwardVillageQuery,
  backwardVillageTrendQuery,
  BackwardVillageView,
  openListingIdsQuery,
} from './backward-villages.query';
export { AcceptanceEntry, BackwardVillageDocument, MeasureEntry, ProgressEntry } from './backward-village-document';
