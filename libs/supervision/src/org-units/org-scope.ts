import { Actor, ForbiddenError } from '@app/workflow';

/**
 * Says nothing about the resource refused — not its unit, not its name — so an official learns
 * no more of another unit's cases and tasks from a refusal than from the boards.
 */
export class OutOfScope extends ForbiddenError {
  readonly code = 'OUT_OF_SCOPE';
  constructor() {
    super('An official acts on and reads only its own unit and the units below it');
  }
}

/**
 * 属地 scope: an official reads and acts only for its own unit and the units below it, that is on
 * what lies at a unit whose chain (the unit, then each unit above it up to the city) holds the
 * official's unit. Admins, inspectors, auditors and viewers read across the city; what they may
 * change is decided by role and by each workflow (an inspector acts only on tasks assigned to them).
 */
export function isWithinOrgScope(actor: Actor, unitChain: readonly string[]): boolean {
  if (!actor.roles.includes('official') || actor.roles.includes('admin')) return true;
  return actor.orgUnitId !== undefined && unitChain.includes(actor.orgUnitId);
}

export function assertWithinOrgScope(actor: Actor, unitChain: readonly string[]): void {
  if (!isWithinOrgScope(actor, unitChain)) throw new OutOfScope();
}

/**
 * The same rule for a list: the units every row shown must lie under (as read models filter:
 * each unit given is on the row's chain) — the official's own unit, plus the unit the caller asks
 * for. `undefined` when the official has no unit and so may read nothing.
 */
export function orgScopeOfList(actor: Actor, unitFilter: string | undefined): string[] | undefined {
  const units = unitFilter === undefined ? [] : [unitFilter];
  if (!actor.roles.includes('official') || actor.roles.includes('admin')) return units;
  if (actor.orgUnitId === undefined) return undefined;
  return [actor.orgUnitId, ...units];
}
