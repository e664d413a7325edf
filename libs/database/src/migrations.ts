import { Pool, PoolClient } from 'pg';

/** One versioned schema change of a component. Versions of a component ascend from 1. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * Applies the migrations of `component` that are not applied yet, each in its own transaction.
 * A session-level advisory lock keeps two processes from migrating at once: the second waits,
 * then finds nothing left to do. (On the embedded database there is one process, and the lock
 * is harmless.)
 */
export async function migrate(pool: Pool, component: string, migrations: readonly Migration[]): Promise<number[]> {
  assertAscending(component, migrations);
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [`migrations:${component}`]);
    try {
      await ensureLedger(client);
      const { rows } = await client.query<{ version: number }>(
        'SELECT version FROM schema_migrations WHERE component = $1',
        [component],
      );
      const applied = new Set(rows.map((row) => row.version));
      const done: number[] = [];
      for (const migration of migrations) {
        if (applied.has(migration.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query(
            'INSERT INTO schema_migrations (component, version, name) VALUES ($1, $2, $3)',
            [component, migration.version, migration.name],
          );
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw new Error(`Migration ${component}#${migration.version} (${migration.name}) failed: ${String(error)}`);
        }
        done.push(migration.version);
      }
      return done;
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [`migrations:${component}`]);
    }
  } finally {
    client.release();
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

function assertAscending(component: string, migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migrations of ${component} must be numbered 1, 2, 3…; found ${migration.version} at ${index + 1}`);
    }
  });
}
