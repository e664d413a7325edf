import { RequestActor } from '@app/auth';

/**
 * The units a board or list read by `actor` is confined to, as read-model filters take them
 * (every row shown lies under each unit given): an official's own unit, plus the unit the query
 * asks for. `undefined` when the official has no unit and so may read nothing. Follows the same
 * rule as `isInScope`: admins and the other roles read across the city.
 */
export function readScope(actor: RequestActor, unitFilter: string | undefined): string[] | undefined {
  const units = unitFilter === undefined ? [] : [unitFilter];
  if (!actor.roles.includes('official') || actor.roles.includes('admin')) return units;
  if (actor.orgUnitId === undefined) return undefined;
  return [actor.orgUnitId, ...units];
}
