export { VILLAGE_INDICATOR_TABLES } from './village-indicators.tables';
export { VILLAGE_INDICATORS_PROJECTION, villageIndicatorsProjection } from './village-indicators.projection';
export {
  IndicatorFigures,
  IndicatorGroup,
  IndicatorSummary,
  indicatorSummaryQuery,
  IndicatorTrendPoint,
  indicatorTrendQuery,
  villageIndicatorHistoryQuery,
  VillageIndicatorRevision,
  VillagePeriodReport,
} from './village-indicators.query';
