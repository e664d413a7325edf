import { randomUUID } from 'node:crypto';
import { loadTestEnvironment } from '@app/config';
import { migrate } from '@app/database';
import { eventually, serverTarget, TestDatabase } from '@app/testing';
import { EVENT_STORE_MIGRATIONS } from './event-store.schema';
import { RecordedEvent } from './event.types';
import { PostgresEventStore } from './postgres-event-store';

// Concurrent transactions exist only on a real server (PGlite has one session), so this suite
// needs one; `npm test` under CI refuses to run without it.
const server = serverTarget();

describe('a subscription facing a transaction that commits late (real server)', () => {
  if (server === undefined) {
    it('is only skipped outside CI, when no PostgreSQL server answers', () => {
      expect(loadTestEnvironment().ci).toBe(false);
    });
    return;
  }

  let db: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    db = await server.create();
    await migrate(db.database.pool, 'event-store', EVENT_STORE_MIGRATIONS);
    store = new PostgresEventStore(db.database.pool, { notifyOtherProcesses: true });
  });
  afterAll(async () => db?.dispose());

  it('holds back a later-numbered committed event until the earlier open transaction ends, then delivers both', async () => {
    const seen: RecordedEvent[] = [];
    const subscription = store.subscribe({ pollIntervalMs: 50, handle: async ({ events }) => void seen.push(...events) });
    await subscription.caughtUp();

    const slow = await db.database.pool.connect();
    try {
      await slow.query('BEGIN');
      const held = await store.append(`case-${randomUUID()}`, [{ type: 'Held', data: {} }], { client: slow });
      const quick = await store.append(`case-${randomUUID()}`, [{ type: 'Quick', data: {} }]);
      expect(quick.firstPosition).toBeGreaterThan(held.firstPosition);

      // The quick event is committed and visible to plain reads: a `position > checkpoint`
      // reader would take it now and later pass over the held one.
      expect((await store.readAll()).map((e) => e.type)).toEqual(['Quick']);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(seen).toEqual([]);

      await slow.query('COMMIT');
      store.signalAppended();
    } finally {
      slow.release();
    }
    await eventually(() => expect(seen.map((e) => e.type)).toEqual(['Held', 'Quick']));
    await subscription.stop();
  });

  it('wakes a subscriber in another process through NOTIFY, not only by polling', async () => {
    const other = new PostgresEventStore(db.database.pool, { notifyOtherProcesses: true });
    const seen: string[] = [];
    // A poll interval far longer than the test: only the notification can deliver in time.
    const subscription = other.subscribe({ pollIntervalMs: 60_000, handle: async ({ events }) => void seen.push(...events.map((e) => e.type)) });
    try {
      await subscription.caughtUp();
      await store.append(`case-${randomUUID()}`, [{ type: 'Woken', data: {} }]);
      await eventually(() => expect(seen).toContain('Woken'), 5_000);
    } finally {
      // A failed expectation must not leave the listening connection open (Jest would not exit).
      await subscription.stop();
    }
  });

  it('wakes every subscription of a store on its append with one horizon read between them and one page read each, not again on its own NOTIFY', async () => {
    const statements: string[] = [];
    const pool = db.database.pool;
    const query = pool.query;
    pool.query = function (this: typeof pool, ...args: unknown[]) {
      if (typeof args[0] === 'string') statements.push(args[0]);
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof pool.query;
    const seen = new Map<number, string[]>();
    const subscriptions = Array.from({ length: 6 }, (_, index) =>
      store.subscribe({ pollIntervalMs: 60_000, handle: async ({ events }) => void seen.set(index, [...(seen.get(index) ?? []), ...events.map((e) => e.type)]) }),
    );
    try {
      await Promise.all(subscriptions.map((subscription) => subscription.caughtUp()));
      await new Promise((resolve) => setTimeout(resolve, 200)); // the start-up reads and their NOTIFYs settle
      statements.length = 0;
      await store.append(`case-${randomUUID()}`, [{ type: 'OneWakeUp', data: {} }]);
      await eventually(() => expect([...seen.values()].map((types) => types.at(-1))).toEqual(Array(6).fill('OneWakeUp')), 5_000);
      await new Promise((resolve) => setTimeout(resolve, 300)); // long enough for the store's NOTIFY to come back
      expect(statements.filter((sql) => sql.includes('es_log_horizon()'))).toHaveLength(1);
      expect(statements.filter((sql) => sql.includes('ORDER BY e.transaction_id, e.global_position LIMIT'))).toHaveLength(6);
    } finally {
      pool.query = query;
      await Promise.all(subscriptions.map((subscription) => subscription.stop()));
    }
  });
});
