import { Pool, PoolClient } from 'pg';
import { EmbeddedPostgres } from './embedded-postgres';

export type DatabaseMode = 'server' | 'embedded';

/**
 * The one connection pool of a process. On a server it is an ordinary pool; on the embedded
 * database it holds a single connection, because PGlite has one session and interleaved
 * transactions from two connections would run inside each other.
 */
export interface Database {
  readonly pool: Pool;
  readonly mode: DatabaseMode;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Absent: start the embedded database. */
  readonly url?: string;
  /** Embedded data folder; absent keeps the embedded database in memory. */
  readonly dataDir?: string;
  readonly poolSize?: number;
}

export async function createDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url !== undefined) {
    const pool = new Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    pool.on('error', () => undefined); // an idle client's broken socket is replaced on next use
    pool.on('connect', keepBrokenConnectionsFromCrashing);
    return { pool, mode: 'server', close: () => pool.end() };
  }
  const embedded = await EmbeddedPostgres.start(options.dataDir);
  const pool = new Pool({ ...embedded.connection, max: 1 });
  pool.on('error', () => undefined);
  pool.on('connect', keepBrokenConnectionsFromCrashing);
  return {
    pool,
    mode: 'embedded',
    close: async () => {
      await pool.end();
      await embedded.stop();
    },
  };
}

/**
 * A connection that breaks while checked out (its backend terminated, the server restarted) has
 * `pg` emit 'error' on its client once its queries are failed; the pool listens only to idle
 * clients, and an 'error' nobody listens to would end the process. The failed queries already
 * tell their callers, and the broken client is dropped when it is released.
 */
function keepBrokenConnectionsFromCrashing(client: PoolClient): void {
  client.on('error', () => undefined);
}
