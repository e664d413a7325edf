import { migrate } from '@app/database';
import { migrateEventStore, PostgresEventStore } from '@app/event-store';
import { describedTables, PROJECTION_RUNTIME_MIGRATIONS, ProjectionDefinition, ProjectionRuntime, ReadModelTable, streamActivityProjection } from '@app/projections';
import { databaseTargets, TestDatabase } from '@app/testing';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { supervisionProjections } from './index';

/** How the catalogue spells the types the descriptions use. */
const CATALOGUE_TYPE: Readonly<Record<string, string>> = { timestamptz: 'timestamp with time zone' };
const catalogueType = (sqlType: string): string => {
  const array = sqlType.endsWith('[]');
  const base = array ? sqlType.slice(0, -2) : sqlType;
  return `${CATALOGUE_TYPE[base] ?? base}${array ? '[]' : ''}`;
};

interface CatalogueColumn {
  readonly name: string;
  readonly type: string;
  readonly notNull: boolean;
}

describe.each(databaseTargets())('read-model tables on $name', (target) => {
  let db: TestDatabase;
  let runtime: ProjectionRuntime;
  let tablesBefore: Set<string>;
  const definitions: ProjectionDefinition[] = [...supervisionProjections(), streamActivityProjection({ kind: 'async', tablePrefix: 'activity_check' })];

  beforeAll(async () => {
    db = await target.create();
    await migrateEventStore(db.database);
    await migrate(db.database.pool, 'projections', PROJECTION_RUNTIME_MIGRATIONS);
    tablesBefore = new Set(await tables());
    runtime = await ProjectionRuntime.create({ store: new PostgresEventStore(db.database.pool, { notifyOtherProcesses: false }), pool: db.database.pool, projections: definitions });
  });

  afterAll(async () => {
    await runtime?.close();
    await db?.dispose();
  });

  async function tables(): Promise<string[]> {
    const { rows } = await db.database.pool.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY 1`,
    );
    return rows.map((row) => row.name);
  }

  async function catalogue(table: string): Promise<{ columns: CatalogueColumn[]; primaryKey: string[]; indexes: string[] }> {
    const pool = db.database.pool;
    const columns = await pool.query<CatalogueColumn>(
      `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS "notNull"
         FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
      [table],
    );
    const primaryKey = await pool.query<{ name: string }>(
      `SELECT a.attname AS name FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
         JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
        WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY k.n`,
      [table],
    );
    const indexes = await pool.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE i.indrelid = $1::regclass AND NOT i.indisprimary ORDER BY 1`,
      [table],
    );
    return { columns: columns.rows, primaryKey: primaryKey.rows.map((row) => row.name), indexes: indexes.rows.map((row) => row.name) };
  }

  const described = (): ReadModelTable<unknown>[] => definitions.flatMap((definition) => describedTables(definition));

  it('the read models’ migrations make exactly the tables their definitions describe', async () => {
    const made = (await tables()).filter((name) => !tablesBefore.has(name));
    expect(made).toEqual(described().map((table) => table.name).sort());
  });

  it('every table has the columns, types, nullability, primary key and indexes of its description', async () => {
    for (const table of described()) {
      const expected = {
        table: table.name,
        columns: table.columns.map((column) => ({ name: column.name, type: catalogueType(column.sqlType), notNull: !column.nullable })),
        primaryKey: [...table.primaryKey],
        indexes: table.indexes.map((index) => index.name).sort(),
      };
      expect({ table: table.name, ...(await catalogue(table.name)) }).toEqual(expected);
    }
  });

  it('every entity TypeORM reads and writes through matches its table in the database, column for column', async () => {
    const driver = runtime.dataSource.driver as PostgresDriver;
    for (const definition of definitions) {
      for (const entity of definition.entities) {
        const metadata = runtime.dataSource.getMetadata(entity);
        const fromEntity = metadata.columns.map((column) => ({
          name: column.databaseName,
          type: `${driver.normalizeType(column)}${column.isArray ? '[]' : ''}`,
          notNull: !column.isNullable,
        }));
        const { columns, primaryKey } = await catalogue(metadata.tableName);
        expect({ table: metadata.tableName, columns: fromEntity, primaryKey: metadata.primaryColumns.map((column) => column.databaseName) }).toEqual({
          table: metadata.tableName,
          columns,
          primaryKey,
        });
      }
    }
  });
});
