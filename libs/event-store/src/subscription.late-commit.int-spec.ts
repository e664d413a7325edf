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
});
