import { DomainEvent } from '@app/workflow';
import { OrgUnitKind, ResponsibleRole } from './org-unit';

/** Instants are ISO 8601 strings: events are stored as JSON and must read back unchanged. */
export type OrgUnitRegistered = DomainEvent<
  'OrgUnitRegistered',
  {
    unitId: string;
    kind: OrgUnitKind;
    name: string;
    /** `null` only for the city. */
    parentId: string | null;
    /** An official code (e.g. the administrative division code), when the unit has one. */
    code: string | null;
    registeredBy: string;
    registeredAt: string;
  }
>;

export type OrgUnitRenamed = DomainEvent<
  'OrgUnitRenamed',
  { unitId: string; name: string; previousName: string; renamedBy: string; renamedAt: string }
>;

/** Someone takes a role nobody held. `from` is when their term started. */
export type ResponsiblePersonAssigned = DomainEvent<
  'ResponsiblePersonAssigned',
  {
    unitId: string;
    role: ResponsibleRole;
    personId: string;
    name: string;
    from: string;
    assignedBy: string;
    assignedAt: string;
  }
>;

/**
 * Someone takes over a role from its previous holder, whose term ends at `from`. Carries both, so
 * the responsibility chain can show who held the role at any step of a case.
 */
export type ResponsiblePersonReplaced = DomainEvent<
  'ResponsiblePersonReplaced',
  {
    unitId: string;
    role: ResponsibleRole;
    personId: string;
    name: string;
    from: string;
    previous: { personId: string; name: string; from: string };
    replacedBy: string;
    replacedAt: string;
  }
>;

/** A role left vacant: its holder's term (from … until) ended and nobody took over. */
export type ResponsiblePersonRemoved = DomainEvent<
  'ResponsiblePersonRemoved',
  {
    unitId: string;
    role: ResponsibleRole;
    personId: string;
    name: string;
    from: string;
    until: string;
    reason: string | null;
    removedBy: string;
    removedAt: string;
  }
>;

export type OrgUnitEvent =
  | OrgUnitRegistered
  | OrgUnitRenamed
  | ResponsiblePersonAssigned
  | ResponsiblePersonReplaced
  | ResponsiblePersonRemoved;

export const ORG_UNIT_EVENT_TYPES: readonly OrgUnitEvent['type'][] = [
  'OrgUnitRegistered',
  'OrgUnitRenamed',
  'ResponsiblePersonAssigned',
  'ResponsiblePersonReplaced',
  'ResponsiblePersonRemoved',
];
