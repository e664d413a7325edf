import { DomainError, NotFoundError } from '@app/workflow';
import { allowedParentKinds } from './org-unit-placement';
import { OrgUnitKind, ResponsibleRole } from './org-unit';

export class OrgUnitNotFound extends NotFoundError {
  readonly code = 'ORG_UNIT_NOT_FOUND';
  constructor(unitId?: string) {
    super('Org unit not found', unitId === undefined ? {} : { unitId });
  }
}

export class OrgUnitAlreadyRegistered extends DomainError {
  readonly code = 'ORG_UNIT_ALREADY_REGISTERED';
  constructor(unitId: string) {
    super('Org unit already registered', { unitId });
  }
}

/** The command names a parent the caller could not find. */
export class ParentUnitNotFound extends NotFoundError {
  readonly code = 'PARENT_UNIT_NOT_FOUND';
  constructor(parentId: string) {
    super('Parent unit not found', { parentId });
  }
}

export class UnknownOrgUnitKind extends DomainError {
  readonly code = 'UNKNOWN_ORG_UNIT_KIND';
  constructor(kind: unknown) {
    super('An org unit is a city, county, township, village, grid or department', { kind });
  }
}

/** The tree's shape: city → county → township → village → grid, departments beside a level. */
export class InvalidUnitPlacement extends DomainError {
  readonly code = 'INVALID_UNIT_PLACEMENT';
  constructor(kind: OrgUnitKind, parentKind: OrgUnitKind | null) {
    const allowed = allowedParentKinds(kind);
    super(allowed.length === 0 ? `A ${kind} is the root and has no parent` : `A ${kind} hangs under a ${allowed.join(' or ')}`, {
      kind,
      parentKind,
      allowedParentKinds: allowed,
    });
  }
}

export class UnitNameRequired extends DomainError {
  readonly code = 'UNIT_NAME_REQUIRED';
  constructor() {
    super('An org unit has a name');
  }
}

export class UnknownResponsibleRole extends DomainError {
  readonly code = 'UNKNOWN_RESPONSIBLE_ROLE';
  constructor(role: unknown) {
    super('A responsible role is secretary, deputy, liaison or grid-worker', { role });
  }
}

export class ResponsiblePersonIncomplete extends DomainError {
  readonly code = 'RESPONSIBLE_PERSON_INCOMPLETE';
  constructor() {
    super('A responsible person has an id and a name');
  }
}

export class PersonAlreadyResponsible extends DomainError {
  readonly code = 'PERSON_ALREADY_RESPONSIBLE';
  constructor(role: ResponsibleRole, personId: string) {
    super('The person already holds this role', { role, personId });
  }
}

export class NoResponsiblePerson extends DomainError {
  readonly code = 'NO_RESPONSIBLE_PERSON';
  constructor(role: ResponsibleRole) {
    super('Nobody holds this role', { role });
  }
}

export class InvalidInstant extends DomainError {
  readonly code = 'INVALID_INSTANT';
  constructor(field: string, value: unknown) {
    super(`${field} is an ISO 8601 instant`, { field, value });
  }
}

/**
 * Terms of office follow one another: a new holder's term starts no earlier than the current
 * holder's, and a term ends no earlier than it started. Otherwise the chain "as it was" at a past
 * instant would name two people, or nobody, for one role.
 */
export class ResponsibilityOutOfOrder extends DomainError {
  readonly code = 'RESPONSIBILITY_OUT_OF_ORDER';
  constructor(details: Record<string, unknown>) {
    super('A term of office starts no earlier than the one before it and ends no earlier than it starts', details);
  }
}

/** Org changes are recorded when they happen, not scheduled ahead. */
export class ResponsibilityInFuture extends DomainError {
  readonly code = 'RESPONSIBILITY_IN_FUTURE';
  constructor(field: string, value: string) {
    super('A change of responsible person is recorded once it has taken effect', { field, value });
  }
}

/** A list of units that does not form the org tree (for `OrgTree`). */
export class InvalidOrgTree extends DomainError {
  readonly code = 'INVALID_ORG_TREE';
  constructor(readonly problems: readonly string[]) {
    super(`The units do not form an org tree:\n${problems.map((problem) => `- ${problem}`).join('\n')}`, { problems });
  }
}

/** A role the unit's kind does not have: a 网格员 (grid-worker) is a grid's. */
export class RoleNotHeldAtUnit extends DomainError {
  readonly code = 'ROLE_NOT_HELD_AT_UNIT';
  constructor(role: string, kind: string) {
    super('A grid worker (网格员) is responsible for a grid only', { role, kind });
  }
}
