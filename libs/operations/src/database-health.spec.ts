import { Database } from '@app/database';
import { DatabaseHealth } from './database-health';

function databaseAnswering(query: () => Promise<unknown>): Database {
  return { mode: 'server', pool: { query } as unknown as Database['pool'], close: async () => undefined };
}

describe('DatabaseHealth', () => {
  it('is up when SELECT 1 answers', async () => {
    const health = new DatabaseHealth(databaseAnswering(async () => ({ rows: [{ '?column?': 1 }] })));
    await expect(health.check()).resolves.toEqual({ status: 'up', mode: 'server' });
  });

  it('is down with the reason when the query fails', async () => {
    const health = new DatabaseHealth(databaseAnswering(async () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'))));
    await expect(health.check()).resolves.toEqual({ status: 'down', mode: 'server', reason: 'connect ECONNREFUSED 127.0.0.1:5432' });
  });

  it('is down when the database does not answer in time', async () => {
    const health = new DatabaseHealth(databaseAnswering(() => new Promise(() => undefined)));
    await expect(health.check(30)).resolves.toMatchObject({ status: 'down', reason: 'no answer to SELECT 1 within 30 ms' });
  });
});
