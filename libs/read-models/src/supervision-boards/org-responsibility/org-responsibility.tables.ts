import { EntitySchema, MigrationInterface, QueryRunner } from 'typeorm';

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
  from: Date;
  personId: string;
  name: string;
  until: Date | null;
}

export const ORG_UNITS_TABLE = 'org_unit_directory';
export const RESPONSIBILITY_TERMS_TABLE = 'responsibility_terms';

export const OrgUnitEntity = new EntitySchema<OrgUnitRow>({
  name: 'OrgUnitDirectoryRow',
  tableName: ORG_UNITS_TABLE,
  columns: {
    unitId: { name: 'unit_id', type: 'text', primary: true },
    kind: { type: 'text' },
    name: { type: 'text' },
    nameVersion: { name: 'name_version', type: 'bigint' },
    parentId: { name: 'parent_id', type: 'text', nullable: true },
    code: { type: 'text', nullable: true },
    unitPath: { name: 'unit_path', type: 'text', array: true },
  },
});

export const ResponsibilityTermEntity = new EntitySchema<ResponsibilityTermRow>({
  name: 'ResponsibilityTermRow',
  tableName: RESPONSIBILITY_TERMS_TABLE,
  columns: {
    unitId: { name: 'unit_id', type: 'text', primary: true },
    role: { type: 'text', primary: true },
    from: { name: 'from_at', type: 'timestamptz', primary: true },
    personId: { name: 'person_id', type: 'text' },
    name: { type: 'text' },
    until: { name: 'until_at', type: 'timestamptz', nullable: true },
  },
});

export const createOrgResponsibilityTables: MigrationInterface = {
  name: 'CreateOrgResponsibility1780000000000',
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ${ORG_UNITS_TABLE} (
        unit_id text PRIMARY KEY,
        kind text NOT NULL,
        name text NOT NULL,
        name_version bigint NOT NULL,
        parent_id text,
        code text,
        unit_path text[] NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX org_unit_directory_path ON ${ORG_UNITS_TABLE} USING gin (unit_path) WITH (fastupdate = off)`);
    await queryRunner.query(`CREATE INDEX org_unit_directory_parent ON ${ORG_UNITS_TABLE} (parent_id)`);
    // attachUnitPath finds the fragments hanging under a unit by their first element.
    await queryRunner.query(`CREATE INDEX org_unit_directory_root ON ${ORG_UNITS_TABLE} ((unit_path[1]))`);
    await queryRunner.query(`
      CREATE TABLE ${RESPONSIBILITY_TERMS_TABLE} (
        unit_id text NOT NULL,
        role text NOT NULL,
        from_at timestamptz NOT NULL,
        person_id text NOT NULL,
        name text NOT NULL,
        until_at timestamptz,
        PRIMARY KEY (unit_id, role, from_at)
      )`);
  },
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${RESPONSIBILITY_TERMS_TABLE}`);
    await queryRunner.query(`DROP TABLE ${ORG_UNITS_TABLE}`);
  },
};
