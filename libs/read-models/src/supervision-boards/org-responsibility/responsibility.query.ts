import type { ReadModelReader } from '../board-query';
import { ORG_UNITS_TABLE, RESPONSIBILITY_TERMS_TABLE } from './org-responsibility.tables';

/** Someone's term in a role: from when, and until when (null while it runs). */
export interface TermView {
  readonly personId: string;
  readonly name: string;
  readonly from: string;
  readonly until: string | null;
}

export interface UnitTerm extends TermView {
  readonly unitId: string;
  readonly role: string;
}

/** The holder of each role of a unit at some instant (vacant roles are absent). */
export type RoleHolders = Readonly<Record<string, TermView>>;

export interface OrgUnitView {
  readonly unitId: string;
  readonly kind: string;
  readonly name: string;
  readonly parentId: string | null;
  /** From the city down to the unit itself. */
  readonly unitPath: readonly string[];
}

/** A row of the terms table as read: the instants as dates or, read through JSON, as text. */
export interface TermRow {
  readonly unit_id: string;
  readonly role: string;
  readonly person_id: string;
  readonly name: string;
  readonly from_at: Date | string;
  readonly until_at: Date | string | null;
}

export function termOfRow(row: TermRow): UnitTerm {
  return {
    unitId: row.unit_id,
    role: row.role,
    personId: row.person_id,
    name: row.name,
    from: new Date(row.from_at).toISOString(),
    until: row.until_at === null ? null : new Date(row.until_at).toISOString(),
  };
}

/** Every term, past and present, of the roles of these units. */
export async function termsOf(db: ReadModelReader, unitIds: readonly string[]): Promise<UnitTerm[]> {
  const rows: TermRow[] = await db.query(
    `SELECT unit_id, role, person_id, name, from_at, until_at FROM ${RESPONSIBILITY_TERMS_TABLE}
      WHERE unit_id = ANY ($1::text[]) ORDER BY unit_id, role, from_at`,
    [[...unitIds]],
  );
  return rows.map(termOfRow);
}

/** Who held each role of `unitId` at `instant` (a term covers [from, until)); `null` for today's holders. */
export function holdersAt(terms: readonly UnitTerm[], unitId: string, instant: string | null): RoleHolders {
  const holders: Record<string, TermView> = {};
  const at = instant === null ? null : Date.parse(instant);
  for (const term of terms) {
    if (term.unitId !== unitId) continue;
    const inOffice =
      at === null ? term.until === null : Date.parse(term.from) <= at && (term.until === null || at < Date.parse(term.until));
    if (inOffice) holders[term.role] = { personId: term.personId, name: term.name, from: term.from, until: term.until };
  }
  return holders;
}

export async function orgUnitsById(db: ReadModelReader, unitIds: readonly string[]): Promise<Map<string, OrgUnitView>> {
  const rows: { unit_id: string; kind: string; name: string; parent_id: string | null; unit_path: string[] }[] = await db.query(
    `SELECT unit_id, kind, name, parent_id, unit_path FROM ${ORG_UNITS_TABLE} WHERE unit_id = ANY ($1::text[])`,
    [[...unitIds]],
  );
  return new Map(rows.map((row) => [row.unit_id, { unitId: row.unit_id, kind: row.kind, name: row.name, parentId: row.parent_id, unitPath: row.unit_path }]));
}

