import { OrgUnitKind } from './org-unit';

/**
 * Which kinds a unit of each kind may hang under. A department's parent is the unit at the level
 * it sits beside (a county's 教育局 under the county); any kind but a grid takes departments,
 * including a department (a section of a bureau).
 */
const PARENT_KINDS: { readonly [K in OrgUnitKind]: readonly OrgUnitKind[] } = {
  city: [],
  county: ['city'],
  township: ['county'],
  village: ['township'],
  grid: ['village'],
  department: ['city', 'county', 'township', 'village', 'department'],
};

/** The kinds a unit of `kind` may hang under; empty for the city, which is the root. */
export function allowedParentKinds(kind: OrgUnitKind): readonly OrgUnitKind[] {
  return PARENT_KINDS[kind];
}

/** Whether a unit of `kind` may hang under a parent of `parentKind` (`null`: no parent). */
export function isPlacementAllowed(kind: OrgUnitKind, parentKind: OrgUnitKind | null): boolean {
  return parentKind === null ? kind === 'city' : PARENT_KINDS[kind].includes(parentKind);
}
