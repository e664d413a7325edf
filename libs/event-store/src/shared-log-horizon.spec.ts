import type { Pool } from 'pg';
import { SharedLogHorizon } from './log-order';

/** A pool whose horizon reads answer only when the test says, in the order they were asked. */
function heldPool(): { pool: Pool; asked: () => number; answer: (horizon: string) => void } {
  const waiting: Array<(result: { rows: Array<{ horizon: string }> }) => void> = [];
  let asked = 0;
  const pool = {
    query: () => {
      asked += 1;
      return new Promise((resolve) => waiting.push(resolve));
    },
  } as unknown as Pool;
  return { pool, asked: () => asked, answer: (horizon) => waiting.shift()!({ rows: [{ horizon }] }) };
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('the horizon shared by the subscriptions of one store', () => {
  it('given several callers in one turn, when they ask, then one read answers them all', async () => {
    const { pool, asked, answer } = heldPool();
    const horizon = new SharedLogHorizon(pool);
    const answers = Promise.all([horizon.read(), horizon.read(), horizon.read()]);
    await turn();
    expect(asked()).toBe(1);
    answer('17');
    expect(await answers).toEqual(['17', '17', '17']);
  });

  it('given a read under way, when another caller asks, then it gets a read begun after that one ended, shared with those who asked meanwhile', async () => {
    const { pool, asked, answer } = heldPool();
    const horizon = new SharedLogHorizon(pool);
    const first = horizon.read();
    await turn();
    expect(asked()).toBe(1);
    // Asked after the first read began: a commit then may lie past what it sees.
    const later = Promise.all([horizon.read(), horizon.read()]);
    await turn();
    expect(asked()).toBe(1); // no second read while the first is under way
    answer('17');
    expect(await first).toBe('17');
    await turn();
    expect(asked()).toBe(2);
    answer('18');
    expect(await later).toEqual(['18', '18']);
  });

  it('given a read that failed, when the callers sharing it see the error, then the next caller gets a fresh read', async () => {
    const failing = { query: jest.fn().mockRejectedValueOnce(new Error('connection lost')).mockResolvedValue({ rows: [{ horizon: '20' }] }) } as unknown as Pool;
    const horizon = new SharedLogHorizon(failing);
    await expect(Promise.all([horizon.read(), horizon.read()])).rejects.toThrow('connection lost');
    expect(await horizon.read()).toBe('20');
  });
});
