import type { Schemas } from '../../api/client';

type DutyReviewView = Schemas['DutyReviewViewResponse'];
type SignedIn = { readonly userId: string; readonly roles: readonly string[]; readonly homeCountyId?: string | null };

/** The rating scale, best first. */
export const DUTY_RATING_NAMES: Readonly<Record<string, string>> = { good: '好', 'fairly-good': '较好', average: '一般', poor: '差' };
export const DUTY_RATINGS = ['good', 'fairly-good', 'average', 'poor'] as const;

export const FOLLOW_UP_NAMES: Readonly<Record<string, string>> = { 'grade-poor': '评定为“差”', 'poor-share': '“一般”“差”评价占比超标' };

export const DUTY_STATUS_NAMES: Readonly<Record<string, string>> = { 'awaiting-report': '待述职', reported: '已述职' };

/** A distribution in words: 好 2 · 较好 1 · 一般 0 · 差 0. */
export function distributionInWords(distribution: Schemas['DutyRatingDistributionResponse']): string {
  return DUTY_RATINGS.map((rating) => `${DUTY_RATING_NAMES[rating]} ${distribution[rating]}`).join(' · ');
}

/**
 * What the signed-in user may do on a unit's review, as the API will decide it: the secretary (or
 * an admin) reports until the first rating; a panel member who is not from the unit's county
 * rates, while the round is active. `recused` says why a panel member may not.
 */
export function dutyReviewActions(review: DutyReviewView, user: SignedIn | undefined): { report: boolean; rate: boolean; recused: boolean } {
  const active = review.roundStatus === 'active';
  if (user === undefined) return { report: false, rate: false, recused: false };
  const secretary = user.roles.includes('admin') || (user.roles.includes('official') && review.secretary?.personId === user.userId);
  const onPanel = user.roles.includes('inspector') && review.panel.some((member) => member.userId === user.userId);
  const recused = onPanel && review.countyId !== null && user.homeCountyId === review.countyId;
  return { report: active && secretary && review.ratings.length === 0, rate: active && onPanel && !recused && review.status === 'reported', recused };
}
