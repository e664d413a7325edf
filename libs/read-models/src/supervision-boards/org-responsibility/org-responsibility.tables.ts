import { defineTable } from '@app/projections';

/** A unit of the org tree as the boards and lists read it. */
export interface OrgUnitRow {
  unitId: string;
  kind: string;
  name: string;
  /** The version of the event that set `name` (registration or the latest rename). */
  nameVersion: number;
  parentId: string | null;
  code: string | null;
  /** The ids from the city down to the unit itself. */
  unitPath: string[];
}

/**
 * A term in a role (secretary 第一责任人, deputy 分管领导, liaison 联络员): who held it from when
 * until when. `until` is null while the term runs. Kept whole, so a case's chain can name the
 * people in office at each of its steps, not only today's.
 */
export interface ResponsibilityTermRow {
  unitId: string;
  role: string;
  from: string;
  personId: string;
  name: string;
  until: string | null;
}

export const orgUnitsTable = defineTable<OrgUnitRow>({
  name: 'org_unit_directory',
  entityName: 'OrgUnitDirectoryRow',
  columns: {
    unitId: { name: 'unit_id', type: 'text', primary: true },
    kind: { type: 'text' },
    name: { type: 'text' },
    nameVersion: { name: 'name_version', type: 'bigint' },
    parentId: { name: 'parent_id', type: 'text', nullable: true },
    code: { type: 'text', nullable: true },
    unitPath: { name: 'unit_path', type: 'text', array: true },
  },
  indexes: [
    { name: 'org_unit_directory_path', on: 'USING gin (unit_path) WITH (fastupdate = off)', forQueriesOnly: true },
    { name: 'org_unit_directory_parent', on: '(parent_id)' },
    // attachFragments finds the fragments hanging under a unit by their first element.
    { name: 'org_unit_directory_root', on: '((unit_path[1]))' },
  ],
});

export const responsibilityTermsTable = defineTable<ResponsibilityTermRow>({
  name: 'responsibility_terms',
  entityName: 'ResponsibilityTermRow',
  columns: {
    unitId: { name: 'unit_id', type: 'text', primary: true },
    role: { type: 'text', primary: true },
    from: { name: 'from_at', type: 'timestamptz', primary: true },
    personId: { name: 'person_id', type: 'text' },
    name: { type: 'text' },
    until: { name: 'until_at', type: 'timestamptz', nullable: true },
  },
});

/** Every table of the org directory and responsibility terms. */
export const ORG_RESPONSIBILITY_TABLES = [orgUnitsTable, responsibilityTermsTable] as const;

/** Table names for the queries. */
export const ORG_UNITS_TABLE = orgUnitsTable.name;
export const RESPONSIBILITY_TERMS_TABLE = responsibilityTermsTable.name;
