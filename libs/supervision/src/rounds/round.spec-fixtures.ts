import { CountyRanking, rankCounties } from '../ranking';
import { RubricItem } from './rubric';

/*
 * Rankings as the publish handler would compute them, for the round specs: one inspector's sheet
 * per county on a two-item rubric, so the figures stay hand-checkable.
 */

export const SPEC_RUBRIC: RubricItem[] = [
  { code: 'A1', title: '党建引领', weight: 0.6, maxScore: 10 },
  { code: 'A2', title: '群众满意度', weight: 0.4, maxScore: 5 },
];

/** The ranking of `roundId` from item scores per county (`[A1, A2]`), with red-card cases per county. */
export function rankingFor(roundId: string, scores: Record<string, [number, number]>, redCases: Record<string, number> = {}): CountyRanking {
  return rankCounties({
    roundId,
    method: 'trimmed-mean',
    perRedCase: 2,
    rubric: SPEC_RUBRIC.map(({ code, weight, maxScore }) => ({ code, weight, maxScore })),
    counties: ['wuxing', 'nanxun', 'deqing', 'changxing', 'anji'],
    sheets: Object.entries(scores).map(([countyId, [a1, a2]]) => ({
      countyId,
      taskId: `t-${countyId}`,
      inspectorId: 'inspector.huzhou',
      scores: [
        { itemCode: 'A1', score: a1 },
        { itemCode: 'A2', score: a2 },
      ],
    })),
    redCases,
  });
}
