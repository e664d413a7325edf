/** What the cadre pages call things, and what a person's terms offer for the forms. */

export const CADRE_RECORD_KIND_NAMES: Readonly<Record<string, string>> = { concern: '关注', warning: '预警', adjustment: '调整' };

export const CADRE_RECORD_TAG_TYPES: Readonly<Record<string, 'info' | 'warning' | 'danger'>> = { concern: 'info', warning: 'warning', adjustment: 'danger' };

interface Term {
  readonly unitId: string;
  readonly unitName: string | null;
  readonly unitKind: string | null;
  readonly role: string;
  readonly until: string | null;
}

/** The units a person serves or served, once each, for a monitoring record. */
export function unitsServed(terms: readonly Term[]): { unitId: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const term of terms) if (!seen.has(term.unitId)) seen.set(term.unitId, term.unitName ?? term.unitId);
  return [...seen].map(([unitId, label]) => ({ unitId, label }));
}

/** The village roles a person holds now: what an adjustment (调整) can take them out of. */
export function adjustableTerms(terms: readonly Term[]): Term[] {
  return terms.filter((term) => term.until === null && term.unitKind === 'village');
}
