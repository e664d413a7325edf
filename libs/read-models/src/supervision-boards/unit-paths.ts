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
  await manager.query(
    `UPDATE ${table}
        SET unit_path = COALESCE((SELECT p.unit_path FROM ${table} p WHERE p.unit_id = $2), ARRAY[]::text[]) || ARRAY[$1::text]
      WHERE unit_id = $1`,
    [unitId, parentId],
  );
  await manager.query(
    `UPDATE ${table} t
        SET unit_path = (SELECT u.unit_path FROM ${table} u WHERE u.unit_id = $1) || t.unit_path
      WHERE t.unit_path[1] IN (SELECT c.unit_id FROM ${table} c WHERE c.parent_id = $1 AND c.unit_path[1] = c.unit_id)`,
    [unitId],
  );
}
