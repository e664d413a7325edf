export {
  canonicalText,
  compareCodeUnits,
  CountyRanking,
  rankCounties,
  RANKING_METHOD_VERSION,
  RankingEntry,
  RankingInput,
  rankingInputsHash,
  rankingInputsText,
  RankingRubricItem,
  roundTo2,
  ScoreSheet,
  sheetTotal,
} from './county-ranking';
export { RoundNotRanked } from './ranking.errors';
