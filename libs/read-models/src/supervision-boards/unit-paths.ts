import type { EntityManager } from 'typeorm';

/**
 * Gives a just-registered unit its path in `table` (columns `unit_id`, `parent_id`, `unit_path`):
 * the ids from the city down to the unit itself. The row must exist already.
 *
 * A unit registered before its parent reached the read model (possible in a rebuild, which
 * reads the log in subscription order) starts a fragment whose paths begin at itself; when the
 * parent comes, the fragments hanging under it are put below its path. Once every unit has come,
 * every path runs from the city, whatever the order.
 */
export async function attachUnitPath(manager: EntityManager, table: string, unitId: string, parentId: string | null): Promise<void> {
  await attachUnitPaths(manager, table, [{ unitId, parentId }]);
}

/**
 * {@link attachUnitPath} for many units registered together (a batch of the log, a seeded tree),
 * in two statements whatever their number: each unit's path is its parent's — the parent's row
 * as it stands, or the parent's new path when the parent is among them — followed by itself;
 * then the fragments hanging under any of them are put below its path. The paths come out as if
 * the units were attached one by one, in any order.
 */
export async function attachUnitPaths(manager: EntityManager, table: string, units: ReadonlyArray<{ unitId: string; parentId: string | null }>): Promise<void> {
  if (units.length === 0) return;
  const ids = units.map((unit) => unit.unitId);
  await manager.query(
    `WITH RECURSIVE batch AS (
       SELECT unit_id, parent_id FROM unnest($1::text[], $2::text[]) AS b(unit_id, parent_id)
     ), paths (unit_id, unit_path) AS (
       SELECT b.unit_id, COALESCE((SELECT p.unit_path FROM ${table} p WHERE p.unit_id = b.parent_id), ARRAY[]::text[]) || ARRAY[b.unit_id]
         FROM batch b
        WHERE b.parent_id IS NULL OR b.parent_id NOT IN (SELECT unit_id FROM batch)
       UNION ALL
       SELECT b.unit_id, paths.unit_path || ARRAY[b.unit_id]
         FROM batch b JOIN paths ON b.parent_id = paths.unit_id
     )
     UPDATE ${table} t SET unit_path = paths.unit_path FROM paths WHERE t.unit_id = paths.unit_id`,
    [ids, units.map((unit) => unit.parentId)],
  );
  await manager.query(
    `UPDATE ${table} t
        SET unit_path = u.unit_path || t.unit_path
       FROM ${table} c, ${table} u
      WHERE u.unit_id = ANY ($1::text[]) AND c.parent_id = u.unit_id AND c.unit_path[1] = c.unit_id AND c.unit_id <> ALL ($1::text[])
        AND t.unit_path[1] = c.unit_id`,
    [ids],
  );
}
