import { ReadModelReader } from '../board-query';
import { CASE_BOARD_TABLE } from './case-board.tables';
import type { CaseDocument } from './case-document';

/** A description a child of a split shares: the text, and the case it belongs to. */
export interface SharedDescription {
  readonly description: string;
  readonly fromCaseId: string;
}

/** How far up a lineage a shared description is looked for; splits are a few levels deep. */
const MAX_LINEAGE_DEPTH = 32;

/**
 * The descriptions the children of splits share, resolved: for each case given whose description
 * is `null`, the nearest case up its lineage (parent, grandparent…) with a description of its
 * own. Keyed by the child's case id; cases with their own description are not in the map.
 */
export async function sharedDescriptionsQuery(db: ReadModelReader, cases: readonly Pick<CaseDocument, 'caseId' | 'description' | 'parentCaseId'>[]): Promise<Map<string, SharedDescription>> {
  const sharing = cases.filter((found) => found.description === null && found.parentCaseId !== null);
  if (sharing.length === 0) return new Map();
  const parentIds = [...new Set(sharing.map((found) => found.parentCaseId!))];
  const rows: { start_id: string; case_id: string; description: string }[] = await db.query(
    `WITH RECURSIVE lineage (start_id, case_id, description, parent_case_id, depth) AS (
       SELECT case_id, case_id, document ->> 'description', parent_case_id, 0 FROM ${CASE_BOARD_TABLE} WHERE case_id = ANY ($1::text[])
       UNION ALL
       SELECT l.start_id, c.case_id, c.document ->> 'description', c.parent_case_id, l.depth + 1
         FROM lineage l JOIN ${CASE_BOARD_TABLE} c ON c.case_id = l.parent_case_id
        WHERE l.description IS NULL AND l.depth < $2
     )
     SELECT start_id, case_id, description FROM lineage WHERE description IS NOT NULL`,
    [parentIds, MAX_LINEAGE_DEPTH],
  );
  const byParent = new Map(rows.map((row) => [row.start_id, { description: row.description, fromCaseId: row.case_id }]));
  const resolved = new Map<string, SharedDescription>();
  for (const found of sharing) {
    const shared = byParent.get(found.parentCaseId!);
    if (shared !== undefined) resolved.set(found.caseId, shared);
  }
  return resolved;
}
