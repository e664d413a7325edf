import { Pool, PoolClient } from 'pg';

/**
 * Runs `work` in a transaction on a connection of `pool`, committing when it resolves and
 * rolling back when it throws. A connection that fails meanwhile (the server ends it) fails the
 * work's next query rather than the process, and is released as broken so that the pool does not
 * hand it out again.
 */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  // A checked-out client has no error listener of the pool's; without one a connection dropped
  // between queries would be an uncaught 'error' event.
  const onError = (error: Error): void => {
    broken = error;
  };
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    try {
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError;
      });
      throw error;
    }
  } finally {
    client.removeListener('error', onError);
    client.release(broken);
  }
}
