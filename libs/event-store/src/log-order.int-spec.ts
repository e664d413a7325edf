import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { migrate } from '@app/database';
import { databaseTargets, eventually, serverTarget, TestDatabase, withDatabaseName } from '@app/testing';
import { START } from './event.types';
import { EVENT_STORE_MIGRATIONS } from './event-store.schema';
import { ensureLogOrder } from './log-order';
import { PostgresEventStore } from './postgres-event-store';

const BILLION = 1_000_000_000n;

describe.each(databaseTargets())('the log order on $name', (target) => {
  let db: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    db = await target.create();
    await migrate(db.database.pool, 'event-store', EVENT_STORE_MIGRATIONS);
    store = new PostgresEventStore(db.database.pool, { notifyOtherProcesses: target.name === 'postgres-server' });
  });
  afterAll(async () => db?.dispose());

  const delivered = async (from = START): Promise<string[]> => {
    const seen: string[] = [];
    const subscription = store.subscribe({ from, handle: async ({ events }) => void seen.push(...events.map((event) => event.type)) });
    await subscription.caughtUp();
    await subscription.stop();
    return seen;
  };

  it('refuses an append in a transaction that wrote before it joined the log, and takes it once the transaction joined first', async () => {
    const client = await db.database.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_current_xact_id()');
      await expect(store.append(`late-${randomUUID()}`, [{ type: 'WroteFirst', data: {} }], { client })).rejects.toMatchObject({ code: '55000' });
      await client.query('ROLLBACK');

      await client.query('BEGIN');
      await store.joinLog(client);
      await client.query('SELECT pg_current_xact_id()');
      await store.append(`early-${randomUUID()}`, [{ type: 'JoinedFirst', data: {} }], { client });
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    expect(await delivered()).toContain('JoinedFirst');
  });

  it('after a restore leaves stored ids ahead of the server, orders every new event after the stored events and checkpoints, and repairs once', async () => {
    const restored = `restored-${randomUUID()}`;
    await store.append(restored, [{ type: 'BeforeRestore1', data: {} }, { type: 'BeforeRestore2', data: {} }]);
    // A reader's checkpoint from the old cluster: a horizon past its last event.
    const { rows } = await db.database.pool.query<{ horizon: string }>('SELECT es_log_horizon()::text AS horizon');
    const checkpoint = { transactionId: (BigInt(rows[0]!.horizon) + 2n * BILLION).toString(), position: 0 };
    await db.database.pool.query('CREATE TABLE reader_checkpoints (name text PRIMARY KEY, transaction_id xid8 NOT NULL)');
    await db.database.pool.query(`INSERT INTO reader_checkpoints VALUES ('reader', $1::text::xid8)`, [checkpoint.transactionId]);
    // What a dump of a cluster a billion transactions ahead brings along.
    await db.database.pool.query(`UPDATE es_events SET transaction_id = (transaction_id::text::numeric + ${BILLION})::text::xid8`);
    expect(await delivered()).toEqual([]);

    const repair = await ensureLogOrder(db.database.pool);
    expect(repair).toMatchObject({ repaired: true, order: { highestStored: checkpoint.transactionId } });
    expect(repair).not.toHaveProperty('positionsMovedTo');
    expect(await ensureLogOrder(db.database.pool)).toEqual({ repaired: false });

    await store.append(restored, [{ type: 'AfterRestore', data: {} }]);
    await store.append(`new-${randomUUID()}`, [{ type: 'NewStream', data: {} }]);
    const all = await delivered();
    expect(all.slice(-4)).toEqual(['BeforeRestore1', 'BeforeRestore2', 'AfterRestore', 'NewStream']);
    expect(await delivered(checkpoint)).toEqual(['AfterRestore', 'NewStream']);
    await db.database.pool.query('DROP TABLE reader_checkpoints');
  });

  it('after a promoted logical replica left the position sequence behind the stored positions, moves it past them once', async () => {
    const stream = `replica-${randomUUID()}`;
    const appended = await store.append(stream, [{ type: 'Replicated1', data: {} }, { type: 'Replicated2', data: {} }]);
    await db.database.pool.query(`SELECT setval(pg_get_serial_sequence('es_events', 'global_position'), 1, false)`);
    expect(await ensureLogOrder(db.database.pool)).toEqual({ repaired: true, positionsMovedTo: appended.lastPosition });
    expect(await ensureLogOrder(db.database.pool)).toEqual({ repaired: false });
    const next = await store.append(stream, [{ type: 'AfterPromotion', data: {} }]);
    expect(next.firstPosition).toBe(appended.lastPosition + 1);
  });
});

// Concurrent transactions need a real server: PGlite has one session.
const server = serverTarget();
(server === undefined ? describe.skip : describe)('the log horizon on a real server', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let otherDatabase: string;

  beforeAll(async () => {
    db = await server!.create();
    await migrate(db.database.pool, 'event-store', EVENT_STORE_MIGRATIONS);
    store = new PostgresEventStore(db.database.pool, { notifyOtherProcesses: true });
    otherDatabase = `other_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    await db.database.pool.query(`CREATE DATABASE ${otherDatabase}`);
  });
  afterAll(async () => {
    await db?.database.pool.query(`DROP DATABASE IF EXISTS ${otherDatabase} WITH (FORCE)`);
    await db?.dispose();
  });

  /** A session with a transaction open that has taken an id and does nothing more. */
  const idle = async (database: 'this' | 'other'): Promise<Client> => {
    const client = new Client({ connectionString: database === 'this' ? db.url : withDatabaseName(db.url!, otherDatabase) });
    await client.connect();
    await client.query('BEGIN');
    await client.query('SELECT pg_current_xact_id()');
    return client;
  };

  it.each(['this', 'other'] as const)('a transaction holding an id in %s database holds no subscriber back', async (database) => {
    const seen: string[] = [];
    const subscription = store.subscribe({ pollIntervalMs: 50, handle: async ({ events }) => void seen.push(...events.map((event) => event.type)) });
    await subscription.caughtUp();
    const report = await idle(database);
    try {
      await store.append(`flowing-${randomUUID()}`, [{ type: `WhileIdleIn-${database}`, data: {} }]);
      await eventually(() => expect(seen).toContain(`WhileIdleIn-${database}`), 5_000);
      await store.append(`flowing-${randomUUID()}`, [{ type: `StillFlowing-${database}`, data: {} }]);
      await subscription.caughtUp();
      expect(seen).toContain(`StillFlowing-${database}`);
    } finally {
      await report.query('ROLLBACK');
      await report.end();
      await subscription.stop();
    }
  });

  it('an append still running beside an idle transaction holds subscribers back until it commits, and is then delivered before what followed', async () => {
    const seen: string[] = [];
    const subscription = store.subscribe({ pollIntervalMs: 50, handle: async ({ events }) => void seen.push(...events.map((event) => event.type)) });
    await subscription.caughtUp();
    const report = await idle('this');
    const slow = await db.database.pool.connect();
    try {
      await slow.query('BEGIN');
      await store.append(`held-${randomUUID()}`, [{ type: 'Held', data: {} }], { client: slow });
      await store.append(`quick-${randomUUID()}`, [{ type: 'Quick', data: {} }]);
      await new Promise((pause) => setTimeout(pause, 300));
      expect(seen).not.toContain('Quick');
      await slow.query('COMMIT');
      store.signalAppended();
      await eventually(() => expect(seen.slice(-2)).toEqual(['Held', 'Quick']), 5_000);
    } finally {
      slow.release();
      await report.query('ROLLBACK');
      await report.end();
      await subscription.stop();
    }
  });

  it('while the order is being repaired no append runs, and every append after the repair orders after it', async () => {
    const client = await db.database.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(1163086919, 1)');
      let appended = false;
      const append = store.append(`waits-${randomUUID()}`, [{ type: 'WaitedForRepair', data: {} }]).then(() => (appended = true));
      await new Promise((pause) => setTimeout(pause, 300));
      expect(appended).toBe(false);
      await client.query('COMMIT');
      await append;
    } finally {
      client.release();
    }
  });
});
