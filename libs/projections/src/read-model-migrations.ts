import { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { migrationInstance, migrationName, ProjectionDefinition } from './projection-definition';
import { entityManagerOn } from './shared-pool-data-source';
import { quoteIdentifier } from './sql-names';

/**
 * Applies the read model's TypeORM migrations that the live tables do not have yet, each in its
 * own transaction with its ledger row. A transaction-level advisory lock per projection makes a
 * second process wait and then find nothing left to do (on the embedded database there is one
 * process, and the lock is harmless).
 */
export async function migrateReadModel(pool: Pool, dataSource: DataSource, definition: ProjectionDefinition): Promise<string[]> {
  const applied: string[] = [];
  for (const migration of definition.migrations) {
    const name = migrationName(migration);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      try {
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`projection-migrations:${definition.name}`]);
        const { rowCount } = await client.query('SELECT 1 FROM projection_migrations WHERE projection = $1 AND name = $2', [
          definition.name,
          name,
        ]);
        if (rowCount === 0) {
          await runUp(dataSource, client, migration);
          await client.query('INSERT INTO projection_migrations (projection, name) VALUES ($1, $2)', [definition.name, name]);
          applied.push(name);
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw new Error(`Migration ${name} of projection ${definition.name} failed: ${String(error)}`);
      }
    } finally {
      client.release();
    }
  }
  return applied;
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
    for (const migration of definition.migrations) await runUp(dataSource, client, migration);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function runUp(dataSource: DataSource, client: PoolClient, migration: ProjectionDefinition['migrations'][number]): Promise<void> {
  const manager = entityManagerOn(dataSource, client);
  await migrationInstance(migration).up(manager.queryRunner!);
}
