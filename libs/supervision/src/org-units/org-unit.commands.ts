import { OrgUnitKind, ResponsibleRole } from './org-unit';

/**
 * Registers a unit under its parent. The caller loads the parent and passes its kind, so the
 * decider can check the tree's shape without reading another stream; `parentKind` is `null` when
 * the parent was not found (or for the city, which has none).
 */
export interface RegisterUnit {
  readonly type: 'RegisterUnit';
  readonly unitId: string;
  readonly kind: OrgUnitKind;
  readonly name: string;
  readonly parentId: string | null;
  readonly parentKind: OrgUnitKind | null;
  readonly code?: string;
}

export interface RenameUnit {
  readonly type: 'RenameUnit';
  readonly name: string;
}

/** Puts a person in a role from `from` (ISO instant), replacing the current holder if any. */
export interface AssignResponsiblePerson {
  readonly type: 'AssignResponsiblePerson';
  readonly role: ResponsibleRole;
  readonly personId: string;
  readonly name: string;
  readonly from: string;
}

/** Leaves a role vacant; the holder's term ends at `until` (ISO instant; default: now). */
export interface RemoveResponsiblePerson {
  readonly type: 'RemoveResponsiblePerson';
  readonly role: ResponsibleRole;
  readonly until?: string;
  readonly reason?: string;
}

export type OrgUnitCommand = RegisterUnit | RenameUnit | AssignResponsiblePerson | RemoveResponsiblePerson;
