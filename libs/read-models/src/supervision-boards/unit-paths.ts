import type { EntityManager } from 'typeorm';

/*
 * Unit paths in a read model's table (columns `unit_id`, `parent_id`, `unit_path`): the ids from
 * the city down to the unit itself.
 *
 * A unit registered before its parent reached the read model (possible in a rebuild, which
 * reads the log in subscription order) starts a fragment whose paths begin at itself; when the
 * parent comes, the fragments hanging under it are put below its path. Once every unit has come,
 * every path runs from the city, whatever the order, and the paths come out as if the units were
 * attached one by one.
 */

/** A unit as it is registered: where it hangs. */
export interface UnitPlacement {
  readonly unitId: string;
  readonly parentId: string | null;
}

/**
 * The paths units registered together (a batch of the log, a seeded tree) get: each unit's path
 * is its parent's — the parent's row as it stands in `table`, or the parent's new path when the
 * parent is among them — followed by itself; a unit whose parent has not come yet starts a
 * fragment (its path is itself). One read of the parents outside the batch; the caller writes
 * the paths with the rows, then puts the fragments under them with {@link attachFragments}.
 */
export async function pathsOfNewUnits(manager: EntityManager, table: string, units: readonly UnitPlacement[]): Promise<Map<string, string[]>> {
  const parentOf = new Map(units.map((unit) => [unit.unitId, unit.parentId]));
  const outside = [...new Set(units.flatMap((unit) => (unit.parentId !== null && !parentOf.has(unit.parentId) ? [unit.parentId] : [])))];
  const stored: { unit_id: string; unit_path: string[] }[] =
    outside.length === 0 ? [] : await manager.query(`SELECT unit_id, unit_path FROM ${table} WHERE unit_id = ANY ($1::text[])`, [outside]);
  const storedPaths = new Map(stored.map((row) => [row.unit_id, row.unit_path]));
  const paths = new Map<string, string[]>();
  const pathOf = (unitId: string, visiting: Set<string>): string[] => {
    const known = paths.get(unitId);
    if (known !== undefined) return known;
    const parentId = parentOf.get(unitId) ?? null;
    let above: readonly string[] = [];
    if (parentId !== null && parentOf.has(parentId)) {
      // A loop among the batch's parents (no registration makes one) leaves its units fragments.
      above = visiting.has(parentId) ? [] : pathOf(parentId, visiting.add(unitId));
    } else if (parentId !== null) {
      above = storedPaths.get(parentId) ?? [];
    }
    const path = [...above, unitId];
    paths.set(unitId, path);
    return path;
  };
  for (const unit of units) pathOf(unit.unitId, new Set());
  return paths;
}

/**
 * Puts the fragments hanging under just-registered units (their paths written already, see
 * {@link pathsOfNewUnits}) below those units' paths, in one statement. Returns the units whose
 * path was set or changed: the registered ones and every unit of the fragments put below them (a
 * read model keeping copies of paths, as the task board does for its tasks' targets, updates the
 * copies of exactly these).
 */
export async function attachFragments(manager: EntityManager, table: string, unitIds: readonly string[]): Promise<string[]> {
  if (unitIds.length === 0) return [];
  // A fragment's root is a unit whose path starts at itself although it has a parent; the ones
  // under the units just placed are found through the parent index (the batch is small, the
  // table is not), and everything in them through the index on the paths' first element. (In a
  // WITH, so that the answer is the rows: an UPDATE's comes back as rows and a count.)
  const moved: { unit_id: string }[] = await manager.query(
    `WITH moved AS (
       UPDATE ${table} t
          SET unit_path = u.unit_path || t.unit_path
         FROM ${table} c JOIN ${table} u ON u.unit_id = c.parent_id
        WHERE c.parent_id = ANY ($1::text[]) AND c.unit_id <> ALL ($1::text[]) AND c.unit_path[1] = c.unit_id
          AND t.unit_path[1] = c.unit_id
        RETURNING t.unit_id
     )
     SELECT unit_id FROM moved`,
    [unitIds],
  );
  return [...unitIds, ...moved.map((row) => row.unit_id)];
}
