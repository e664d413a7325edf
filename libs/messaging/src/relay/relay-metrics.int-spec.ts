import { migrate } from '@app/database';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore } from '@app/event-store';
import { primaryTarget, TestDatabase } from '@app/testing';
import { Registry } from 'prom-client';
import { MESSAGING_MIGRATIONS } from '../messaging.schema';
import { registerRelayMetrics, relayLag } from './relay-metrics';

describe('the relay’s lag behind the log', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    db = await primaryTarget().create();
    await migrate(db.database.pool, 'event-store', EVENT_STORE_MIGRATIONS);
    store = new PostgresEventStore(db.database.pool);
  });
  afterAll(async () => db?.dispose());

  const note = (stream: string, n: number) => store.append(stream, Array.from({ length: n }, (_, index) => ({ type: 'Noted', data: { index } })));

  it('is NaN on /metrics before the relay has made its tables, rather than failing the scrape', async () => {
    const registry = new Registry();
    registerRelayMetrics(registry, () => relayLag(db.database.pool), { cacheMs: 0 });
    expect(await registry.metrics()).toMatch(/^relay_lag_events nan$/im);
  });

  it('counts every committed event after the relay’s checkpoint, the whole log before it has published anything, and none once it caught up', async () => {
    await migrate(db.database.pool, 'messaging', MESSAGING_MIGRATIONS);
    await note('case-1', 2);
    await note('task-1', 1);
    const now = new Date(Date.now() + 5000);
    expect(await relayLag(db.database.pool, 'log', now)).toEqual({ events: 3, seconds: expect.any(Number) });
    expect((await relayLag(db.database.pool, 'log', now)).seconds).toBeGreaterThanOrEqual(5);

    await db.database.pool.query(`INSERT INTO relay_checkpoints (relay) VALUES ('log')`);
    expect((await relayLag(db.database.pool)).events).toBe(3);
    // As the relay records a batch the broker acknowledged: the checkpoint moves to its last event.
    await db.database.pool.query(
      `UPDATE relay_checkpoints SET (transaction_id, position) = (SELECT transaction_id, global_position FROM es_events WHERE stream_id = 'case-1' ORDER BY global_position DESC LIMIT 1)`,
    );
    expect((await relayLag(db.database.pool)).events).toBe(1);
    await db.database.pool.query(
      `UPDATE relay_checkpoints SET (transaction_id, position) = (SELECT transaction_id, global_position FROM es_events ORDER BY transaction_id DESC, global_position DESC LIMIT 1)`,
    );
    expect(await relayLag(db.database.pool)).toEqual({ events: 0, seconds: 0 });

    await note('case-2', 4);
    const registry = new Registry();
    registerRelayMetrics(registry, () => relayLag(db.database.pool), { cacheMs: 0 });
    const metrics = await registry.metrics();
    expect(metrics).toMatch(/^relay_lag_events 4$/m);
    expect(metrics).toMatch(/^relay_lag_seconds \d/m);
  });
});
