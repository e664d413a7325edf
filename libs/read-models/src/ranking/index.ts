import type { ProjectionDefinition } from '@app/projections';
import { rankingProjection } from './ranking.projection';

export { RANKING_ENTITIES, RANKING_TABLES } from './ranking.tables';
export { NotACounty, RoundKindNotRanked, RoundNotRanked } from './ranking.errors';
export { RANKING_PROJECTION, rankingProjection } from './ranking.projection';
export {
  CountyName,
  CountyTrendView,
  PublicationView,
  RankingBasis,
  RankingQuery,
  rankingQuery,
  RankingRowView,
  RoundRankingView,
  RoundStatusAt,
  TrendPointView,
} from './ranking.query';
export { rankingToPublish } from './ranking.to-publish';

/** The read models behind the county ranking and its trend. */
export function rankingProjections(): ProjectionDefinition[] {
  return [rankingProjection()];
}
