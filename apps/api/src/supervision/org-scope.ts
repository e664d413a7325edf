import { RequestActor } from '@app/auth';
import { OrgTree } from '@app/supervision';
import { ForbiddenError } from '@app/workflow';

/**
 * Says nothing about the resource refused — not its unit, not its name — so an official learns
 * no more of another unit's cases and tasks from a refusal than from the boards.
 */
export class OutOfScopeError extends ForbiddenError {
  readonly code = 'OUT_OF_SCOPE';
  constructor() {
    super('An official acts on and reads only its own unit and the units below it');
  }
}

/**
 * Org scope (属地): an official reads and acts only within its unit's subtree. Admins, inspectors,
 * auditors and viewers read across the city; what they may change is decided by role and by the
 * workflow (an inspector acts only on tasks assigned to them).
 */
export function isInScope(actor: RequestActor, tree: OrgTree, unitId: string): boolean {
  if (!actor.roles.includes('official') || actor.roles.includes('admin')) return true;
  return actor.orgUnitId !== undefined && tree.isWithin(unitId, actor.orgUnitId);
}

export function assertInScope(actor: RequestActor, tree: OrgTree, unitId: string): void {
  if (!isInScope(actor, tree, unitId)) throw new OutOfScopeError();
}
