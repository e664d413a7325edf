export {
  canonicalText,
  CountyRanking,
  rankCounties,
  RANKING_METHOD_VERSION,
  RankingEntry,
  RankingInput,
  rankingInputsHash,
  RankingRubricItem,
  roundTo2,
  ScoreSheet,
  sheetTotal,
} from './county-ranking';
