import type { Schemas } from '../../api/client';
import { distributionInWords, dutyReviewActions } from './duty-review-words';

const review = (overrides: Partial<Schemas['DutyReviewViewResponse']> = {}): Schemas['DutyReviewViewResponse'] => ({
  reviewId: 'r.anji',
  roundId: 'r',
  roundTitle: '2026年度述职评议',
  roundStatus: 'active',
  unitId: 'anji',
  unitName: '安吉县',
  unitChain: ['anji', 'huzhou'],
  countyId: 'anji',
  secretary: { personId: 'secretary.anji', name: '安吉县委书记' },
  status: 'reported',
  report: null,
  ratings: [],
  distribution: { good: 0, 'fairly-good': 0, average: 0, poor: 0 },
  grade: null,
  followUp: null,
  panel: [
    { userId: 'inspector.wuxing', name: '督查员（吴兴区）' },
    { userId: 'inspector.anji', name: '督查员（安吉县）' },
  ],
  published: null,
  ...overrides,
});

describe('述职评议 in the console', () => {
  it('shows a distribution in words, best first', () => {
    expect(distributionInWords({ good: 2, 'fairly-good': 1, average: 0, poor: 1 })).toBe('好 2 · 较好 1 · 一般 0 · 差 1');
  });

  it('offers the report to the unit’s secretary and admins until the first rating, and the rating to panel members not from the unit’s county', () => {
    expect(dutyReviewActions(review(), { userId: 'secretary.anji', roles: ['official'] })).toEqual({ report: true, rate: false, recused: false });
    expect(dutyReviewActions(review(), { userId: 'official.anji', roles: ['official'] })).toEqual({ report: false, rate: false, recused: false });
    expect(dutyReviewActions(review(), { userId: 'inspector.wuxing', roles: ['inspector'], homeCountyId: 'wuxing' })).toEqual({ report: false, rate: true, recused: false });
    expect(dutyReviewActions(review(), { userId: 'inspector.anji', roles: ['inspector'], homeCountyId: 'anji' })).toEqual({ report: false, rate: false, recused: true });
    const rated = review({ ratings: [{ evaluatorId: 'inspector.wuxing', evaluatorName: null, rating: 'good', comment: '好', ratedAt: '2027-01-11T01:00:00.000Z' }] });
    expect(dutyReviewActions(rated, { userId: 'admin', roles: ['admin'] }).report).toBe(false);
    expect(dutyReviewActions(review({ roundStatus: 'scoring-closed' }), { userId: 'inspector.wuxing', roles: ['inspector'], homeCountyId: 'wuxing' }).rate).toBe(false);
  });
});
