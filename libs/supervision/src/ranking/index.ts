export {
  canonicalText,
  compareCodeUnits,
  CountyRanking,
  rankCounties,
  RANKING_METHOD_VERSION,
  RankingEntry,
  RankingFingerprint,
  RankingInput,
  rankingInputsHash,
  rankingInputsText,
  RankingRubricItem,
  roundTo2,
  sameRanking,
  ScoreSheet,
  sheetTotal,
} from './county-ranking';
export { RoundNotRanked } from './ranking.errors';
