import { Migration, runMigrations } from '@app/database';
import { START } from '@app/event-store';
import { Pool, PoolClient } from 'pg';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { CheckpointStore } from './checkpoint-store';
import { forgetKafkaOffsets } from './kafka-projector';
import { migrationInstance, migrationName, ProjectionDefinition, ReadModelMigration } from './projection-definition';
import { ReadModelTable } from './read-model-table';
import { entityManagerOn } from './shared-pool-data-source';
import { quoteIdentifier } from './sql-names';

// The tables of a read model differ in their row types; a migration only reads their descriptions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyTable = ReadModelTable<any>;

/**
 * A read model's migration written from its table descriptions ({@link ReadModelTable}): the DDL is
 * the tables' own, so the migration, the entities and the writes cannot disagree.
 */
export class TableMigration implements MigrationInterface {
  constructor(
    readonly name: string,
    readonly tables: readonly AnyTable[],
    /** The statements `up` runs, with unqualified names. */
    readonly statements: readonly string[],
    /**
     * The read model's tables are new and empty after it: the runtime rebuilds the read model from
     * the log (its checkpoint goes back to the start in the migration's transaction).
     */
    readonly rebuildsFromLog: boolean,
    /** Names of migrations an earlier runner recorded that together made what this one makes. */
    readonly replaces: readonly string[],
  ) {}

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of this.statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...this.tables].reverse()) await queryRunner.query(`DROP TABLE ${table.name}`);
  }
}

export interface TableMigrationOptions {
  /**
   * Legacy ledger names (TypeORM migrations recorded in `projection_migrations`) that together
   * made these tables as described: a database with all of them is recognised as migrated.
   */
  readonly replaces?: readonly string[];
}

/** Creates the tables as described, with their indexes. */
export function createTables(name: string, tables: readonly AnyTable[], options: TableMigrationOptions = {}): TableMigration {
  return new TableMigration(name, tables, tables.flatMap((table) => table.createStatements()), false, options.replaces ?? [name]);
}

/**
 * A new version of a read model's tables: drops them where they are (in the schema being migrated,
 * never one further down the search path) and creates them as now described. The runtime then
 * rebuilds the read model from the log: the way a read model changes its shape.
 */
export function recreateTables(name: string, tables: readonly AnyTable[]): TableMigration {
  const drops = [...tables].reverse().map(
    (table) => `DO $$ BEGIN EXECUTE format('DROP TABLE IF EXISTS %I.%I', current_schema(), ${quoteLiteral(table.name)}); END $$`,
  );
  return new TableMigration(name, tables, [...drops, ...tables.flatMap((table) => table.createStatements())], true, [name]);
}

/** The TypeORM entities of the tables, for a definition's `entities`. */
export function tableEntities(tables: readonly AnyTable[]): ProjectionDefinition['entities'] {
  return tables.map((table) => table.entity);
}

/** The tables a definition's migrations create, by name (the last description of each). */
export function describedTables(definition: ProjectionDefinition): AnyTable[] {
  const tables = new Map<string, AnyTable>();
  for (const migration of definition.migrations) {
    if (migration instanceof TableMigration) for (const table of migration.tables) tables.set(table.name, table);
  }
  return [...tables.values()];
}

/** The ledger component of a read model's migrations. */
export function readModelComponent(projection: string): string {
  return `read-model:${projection}`;
}

/**
 * Brings a read model's live tables up to date through the one migration runner: its migrations
 * are versions 1, 2, 3… of the component `read-model:<name>` in `schema_migrations`. A database
 * whose read models were migrated by the earlier TypeORM runner is recognised through that
 * runner's ledger (`projection_migrations`), so nothing applied then runs again. A migration that
 * recreates the tables moves the checkpoint back to the start, in its own transaction, so the
 * read model is rebuilt from the log. Returns the names of the migrations applied now.
 */
export async function migrateReadModel(pool: Pool, dataSource: DataSource, definition: ProjectionDefinition): Promise<string[]> {
  const checkpoints = new CheckpointStore(pool);
  const migrations = definition.migrations.map((migration, index): Migration => {
    const instance = migrationInstance(migration);
    return {
      version: index + 1,
      name: migrationName(migration),
      appliedEarlier: (client) => recordedByEarlierRunner(client, definition.name, replacedNames(migration)),
      run: async (client) => {
        await instance.up(entityManagerOn(dataSource, client).queryRunner!);
        if (instance instanceof TableMigration && instance.rebuildsFromLog) {
          await checkpoints.replace(client, definition.name, START, false);
          await forgetKafkaOffsets(client, definition.name);
        }
      },
    };
  });
  const { applied } = await runMigrations(pool, readModelComponent(definition.name), migrations);
  return applied.map((version) => migrations[version - 1]!.name);
}

/**
 * Creates the read model's tables from nothing in `schema` (which must exist and be empty): every
 * migration runs, in one transaction, with the schema first on the search path so that the
 * migrations' unqualified names land there. Used to build a copy beside the live tables.
 */
export async function migrateReadModelInto(client: PoolClient, dataSource: DataSource, definition: ProjectionDefinition, schema: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL search_path TO ${quoteIdentifier(schema)}, public`);
    for (const migration of definition.migrations) await migrationInstance(migration).up(entityManagerOn(dataSource, client).queryRunner!);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

function replacedNames(migration: ReadModelMigration): readonly string[] {
  const instance = migrationInstance(migration);
  return instance instanceof TableMigration ? instance.replaces : [migrationName(migration)];
}

/** Whether the TypeORM runner's ledger, where there is one, lists every one of `names` for the projection. */
async function recordedByEarlierRunner(client: PoolClient, projection: string, names: readonly string[]): Promise<boolean> {
  const { rows } = await client.query<{ present: boolean }>(`SELECT to_regclass('projection_migrations') IS NOT NULL AS present`);
  if (rows[0]?.present !== true || names.length === 0) return false;
  const found = await client.query<{ n: number }>(
    'SELECT count(DISTINCT name)::int AS n FROM projection_migrations WHERE projection = $1 AND name = ANY ($2::text[])',
    [projection, [...names]],
  );
  return found.rows[0]!.n === new Set(names).size;
}

function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
