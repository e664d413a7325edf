import { Pool, PoolClient } from 'pg';
import { assertAscending, Migration, MigrationReport } from './migrations';

/**
 * The one migration runner of the process, for every component alike: the event store, auth,
 * workflow, audit, idempotency, the projection runtime and each read model (component
 * `read-model:<name>`). Applies the migrations of `component` that the ledger `schema_migrations`
 * does not have yet, in version order, each in its own transaction together with its ledger row.
 * A version the ledger lacks but that {@link Migration.appliedEarlier} recognises is recorded
 * without running. A session-level advisory lock per component keeps two processes from migrating
 * it at once: the second waits, then finds nothing left to do. (On the embedded database there is
 * one process, and the lock is harmless.)
 */
export async function runMigrations(pool: Pool, component: string, migrations: readonly Migration[]): Promise<MigrationReport> {
  assertAscending(component, migrations);
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [`migrations:${component}`]);
    try {
      await ensureLedger(client);
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations WHERE component = $1', [component]);
      const recorded = new Set(rows.map((row) => row.version));
      const report: MigrationReport = { applied: [], adopted: [] };
      for (const migration of migrations) {
        if (recorded.has(migration.version)) continue;
        const outcome = await applyOne(client, component, migration);
        report[outcome].push(migration.version);
      }
      return report;
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`migrations:${component}`]);
    }
  } finally {
    client.release();
  }
}

/** {@link runMigrations}, answering the versions applied now (empty when already up to date). */
export async function migrate(pool: Pool, component: string, migrations: readonly Migration[]): Promise<number[]> {
  return (await runMigrations(pool, component, migrations)).applied;
}

async function applyOne(client: PoolClient, component: string, migration: Migration): Promise<'applied' | 'adopted'> {
  await client.query('BEGIN');
  try {
    const earlier = migration.appliedEarlier !== undefined && (await migration.appliedEarlier(client));
    if (!earlier) {
      if ('sql' in migration) await client.query(migration.sql);
      else await migration.run(client);
    }
    await client.query('INSERT INTO schema_migrations (component, version, name) VALUES ($1, $2, $3)', [component, migration.version, migration.name]);
    await client.query('COMMIT');
    return earlier ? 'adopted' : 'applied';
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw new Error(`Migration ${component}#${migration.version} (${migration.name}) failed: ${String(error)}`, { cause: error });
  }
}

async function ensureLedger(client: PoolClient): Promise<void> {
  // Two processes may both find the table missing; the loser of the race sees a unique violation
  // on the catalogue, which IF NOT EXISTS does not cover, so that error is swallowed here.
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      component text NOT NULL,
      version integer NOT NULL,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (component, version)
    )`);
  } catch (error) {
    // 23505 unique_violation, 42710 duplicate_object, 42P07 duplicate_table: another process won.
    if (!['23505', '42710', '42P07'].includes((error as { code?: string }).code ?? '')) throw error;
  }
}
