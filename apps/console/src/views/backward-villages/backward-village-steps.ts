/** What the backward-village pages call things, and which step of a listing a user may take. */

export const LISTING_REASON_NAMES: Readonly<Record<string, string>> = {
  'clan-or-gang-interference': '宗族黑恶势力干扰渗透',
  'duty-review-poor': '述职评议为“差”',
  'weak-leadership': '班子软弱涣散',
  'weak-collective-economy': '集体经济薄弱',
  'discipline-problems': '违纪违法问题突出',
  other: '其他',
};

export const LISTING_STATUS_NAMES: Readonly<Record<string, string>> = { listed: '已列入', rectifying: '整改中', accepted: '验收通过', delisted: '已摘帽' };

export const LISTING_STATUS_TAG_TYPES: Readonly<Record<string, 'danger' | 'warning' | 'success' | 'info'>> = {
  listed: 'danger',
  rectifying: 'warning',
  accepted: 'success',
  delisted: 'info',
};

/** The listing's steps in order, for the page's progress bar: 列入 → 整改方案 → 整改 → 验收 → 摘帽. */
export const LISTING_STAGES = ['列入后进', '制定方案', '整改推进', '县级验收', '摘帽'] as const;

/** Which stage a listing is at (the index into {@link LISTING_STAGES} of the step being worked on). */
export function stageOf(listing: { readonly status: string; readonly measures: ReadonlyArray<{ readonly completedAt: string | null }> }): number {
  switch (listing.status) {
    case 'listed':
      return 1;
    case 'rectifying':
      return listing.measures.every((measure) => measure.completedAt !== null) ? 3 : 2;
    case 'accepted':
      return 4;
    default:
      return 5;
  }
}

export type ListingAction = 'plan' | 'progress' | 'acceptance' | 'delist';

interface Actor {
  readonly roles: readonly string[];
  readonly orgUnitId?: string | null;
}

/** The county's acts (验收, 摘帽): an admin, or an official of the village's county itself — as the API decides. */
export function isCountyOf(listing: { readonly countyId: string | null }, user: Actor): boolean {
  if (user.roles.includes('admin')) return true;
  return user.roles.includes('official') && listing.countyId !== null && user.orgUnitId === listing.countyId;
}

/** The steps `user` may take on a listing now (the API checks again; a list shows only what lies in scope). */
export function listingActions(
  listing: { readonly status: string; readonly countyId: string | null; readonly measures: ReadonlyArray<{ readonly completedAt: string | null }> },
  user: Actor,
): ListingAction[] {
  const acting = user.roles.includes('admin') || user.roles.includes('official');
  if (!acting) return [];
  const county = isCountyOf(listing, user);
  switch (listing.status) {
    case 'listed':
      return ['plan', 'progress'];
    case 'rectifying':
      return listing.measures.every((measure) => measure.completedAt !== null) && county ? ['progress', 'acceptance'] : ['progress'];
    case 'accepted':
      return county ? ['delist'] : [];
    default:
      return [];
  }
}

export const LISTING_ACTION_NAMES: Readonly<Record<ListingAction, string>> = { plan: '制定整改方案', progress: '报送整改进展', acceptance: '县级验收', delist: '摘帽' };
