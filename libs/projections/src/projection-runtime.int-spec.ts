import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { Pool } from 'pg';
import { migrateEventStore, PostgresEventStore, RecordedEvent } from '@app/event-store';
import { databaseTargets, eventually, TestDatabase } from '@app/testing';
import { ProjectionDefinition } from './projection-definition';
import { ProjectionRuntime } from './projection-runtime';
import { streamActivityProjection } from './stream-activity/stream-activity.projection';
import { streamActivityTables, streamActivityTruth } from './testing/random-history';

describe.each(databaseTargets())('projection runtime on $name', (target) => {
  let db: TestDatabase;
  let pool: Pool;
  const runtimes: ProjectionRuntime[] = [];

  beforeAll(async () => {
    db = await target.create();
    pool = db.database.pool;
    await migrateEventStore(db.database);
  });

  afterAll(async () => {
    for (const runtime of runtimes) await runtime.close().catch(() => undefined);
    await db?.dispose();
  });

  /** A store and a runtime of their own, over the suite's database. */
  async function setUp(projections: ProjectionDefinition[], options: { now?: () => Date } = {}) {
    const store = new PostgresEventStore(pool, { notifyOtherProcesses: db.database.mode === 'server', now: options.now });
    const runtime = await ProjectionRuntime.create({ store, pool, projections, pollIntervalMs: 50, now: options.now });
    runtimes.push(runtime);
    return { store, runtime };
  }

  /** Each test uses categories of its own, so the projections of one do not see another's events. */
  const newCategory = (): string => `c${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const stream = (category: string): string => `${category}-${randomUUID()}`;
  const event = (type: string) => ({ type, data: {} });

  async function expectMatchesLog(tables: { streams: string; categories: string }, categories: string[]): Promise<void> {
    const truth = await streamActivityTruth(pool, categories);
    const actual = await streamActivityTables(pool, tables);
    expect(actual.streams.map((r) => [r.stream_id, r.event_count, Number(r.last_version), r.last_event_type])).toEqual(
      truth.streams.map((r) => [r.stream_id, r.event_count, Number(r.last_version), r.last_event_type]),
    );
    expect(actual.categories.map((r) => [r.category, Number(r.event_count), r.stream_count])).toEqual(
      truth.categories.map((r) => [r.category, Number(r.event_count), r.stream_count]),
    );
  }

  describe('an inline projection', () => {
    it('commits with the append: the row is there inside the append transaction, and a rolled-back append leaves no row', async () => {
      const category = newCategory();
      const projection = streamActivityProjection({ name: `inline-${category}`, kind: 'inline', tablePrefix: `in_${category}`, categories: [category] });
      const { store } = await setUp([projection]);
      const kept = stream(category);
      await store.append(kept, [event('TaskAssigned'), event('TaskOpened')]);

      const rolledBack = stream(category);
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await store.append(rolledBack, [event('TaskAssigned')], { client });
        const inside = await client.query(`SELECT event_count FROM "${projection.tables.streams}" WHERE stream_id = $1`, [rolledBack]);
        expect(inside.rows).toEqual([{ event_count: 1 }]);
        await client.query('ROLLBACK');
      } finally {
        client.release();
      }

      const rows = await pool.query(`SELECT stream_id, event_count, last_event_type FROM "${projection.tables.streams}" ORDER BY stream_id`);
      expect(rows.rows).toEqual([{ stream_id: kept, event_count: 2, last_event_type: 'TaskOpened' }]);
      await expectMatchesLog(projection.tables, [category]);
    });

    it('refuses the append when it throws: no event is stored, and the status names the error', async () => {
      const category = newCategory();
      const failing: ProjectionDefinition = {
        name: `inline-failing-${category}`,
        kind: 'inline',
        categories: [category],
        entities: [],
        migrations: [{ name: `Nothing${category}`, up: async () => undefined, down: async () => undefined }],
        apply: async () => {
          throw new Error('read model says no');
        },
      };
      const { store, runtime } = await setUp([failing]);
      const id = stream(category);
      await expect(store.append(id, [event('TaskAssigned')])).rejects.toThrow('read model says no');
      expect(await store.streamVersion(id)).toBe(0);
      const status = await runtime.statusOf(failing.name);
      expect(status).toMatchObject({ kind: 'inline', state: 'running', lastError: { message: 'read model says no', eventType: 'TaskAssigned' } });
    });
  });

  describe('an async projector', () => {
    it('catches up with the log, then follows live appends', async () => {
      const category = newCategory();
      const projection = streamActivityProjection({ name: `async-${category}`, kind: 'async', tablePrefix: `as_${category}`, categories: [category], batchSize: 7 });
      const { store, runtime } = await setUp([projection]);
      for (let i = 0; i < 20; i++) await store.append(stream(category), [event('TaskAssigned'), event('TaskOpened')]);

      await runtime.start(projection.name);
      await eventually(async () => expect((await runtime.statusOf(projection.name)).lagEvents).toBe(0));
      await expectMatchesLog(projection.tables, [category]);

      const live = stream(category);
      await store.append(live, [event('TaskAssigned')]);
      await store.append(live, [event('TaskSubmitted')]);
      await eventually(async () => {
        const rows = await pool.query(`SELECT event_count, last_event_type FROM "${projection.tables.streams}" WHERE stream_id = $1`, [live]);
        expect(rows.rows).toEqual([{ event_count: 2, last_event_type: 'TaskSubmitted' }]);
      });
      await expectMatchesLog(projection.tables, [category]);
      const status = await runtime.statusOf(projection.name);
      expect(status).toMatchObject({ state: 'running', lagEvents: 0, lagSeconds: 0, lastError: null });
      expect(status.checkpoint!.position).toBe((await store.readStream(live)).at(-1)!.position);
      await runtime.stop(projection.name);
      expect((await runtime.statusOf(projection.name)).state).toBe('stopped');
    });

    it('stores its checkpoint in the same transaction as its writes: a batch that fails half-way leaves neither', async () => {
      const category = newCategory();
      let failAfterWriting = true;
      const base = streamActivityProjection({ name: `atomic-${category}`, kind: 'async', tablePrefix: `at_${category}`, categories: [category], batchSize: 50 });
      const projection: typeof base = {
        ...base,
        apply: async (events, context) => {
          await base.apply(events, context);
          // The writes above are done; failing now must take them back along with the checkpoint.
          if (failAfterWriting && events.some((e) => e.type === 'Poison')) throw new Error('crashed after writing');
        },
      };
      const { store, runtime } = await setUp([projection]);
      for (let i = 0; i < 10; i++) await store.append(stream(category), [event('TaskAssigned')]);
      const poisoned = stream(category);
      await store.append(poisoned, [event('Poison')]);
      for (let i = 0; i < 10; i++) await store.append(stream(category), [event('TaskOpened')]);
      const poison = (await store.readStream(poisoned))[0]!;

      await runtime.start(projection.name);
      await eventually(async () => expect((await runtime.statusOf(projection.name)).state).toBe('failed'));
      const failed = await runtime.statusOf(projection.name);
      // Stopped exactly at the poisoned event: everything before it is applied, nothing after.
      expect(failed.lastError).toMatchObject({ position: poison.position, eventId: poison.id, eventType: 'Poison', message: 'crashed after writing' });
      expect(failed.lagEvents).toBe(11);
      const applied = await pool.query<{ n: string }>(`SELECT sum(event_count) AS n FROM "${projection.tables.streams}"`);
      expect(Number(applied.rows[0]!.n)).toBe(10);
      const categories = await pool.query(`SELECT event_count::integer FROM "${projection.tables.categories}"`);
      expect(categories.rows).toEqual([{ event_count: 10 }]);

      // Restarting without a fix stops at the same event again, and nothing is applied twice.
      await runtime.restart(projection.name);
      await eventually(async () => expect((await runtime.statusOf(projection.name)).state).toBe('failed'));
      expect((await runtime.statusOf(projection.name)).lastError?.position).toBe(poison.position);

      failAfterWriting = false; // the fix
      await runtime.restart(projection.name);
      await eventually(async () => expect((await runtime.statusOf(projection.name)).lagEvents).toBe(0));
      const fixed = await runtime.statusOf(projection.name);
      expect(fixed).toMatchObject({ state: 'running', lastError: null });
      await expectMatchesLog(projection.tables, [category]);
      await runtime.stop(projection.name);
    });

    it('resumes after being stopped in the middle of a batch, with no event applied twice and none skipped', async () => {
      const category = newCategory();
      const base = streamActivityProjection({ name: `stopped-${category}`, kind: 'async', tablePrefix: `st_${category}`, categories: [category], batchSize: 10 });
      let batches = 0;
      let holdBatch: (() => void) | undefined;
      let batchHeld: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (batchHeld = resolve));
      const projection: typeof base = {
        ...base,
        apply: async (events, context) => {
          await base.apply(events, context);
          if (++batches === 3) {
            batchHeld();
            await new Promise<void>((resolve) => (holdBatch = resolve));
          }
        },
      };
      const { store, runtime } = await setUp([projection]);
      for (let i = 0; i < 60; i++) await store.append(stream(category), [event('TaskAssigned')]);
      await runtime.start(projection.name);
      await held;
      const stopping = runtime.stop(projection.name); // asked to stop while the third batch is open
      holdBatch!();
      await stopping;
      const stopped = await runtime.statusOf(projection.name);
      expect(stopped.state).toBe('stopped');
      expect(stopped.lagEvents).toBe(30);
      const applied = await pool.query<{ n: string }>(`SELECT sum(event_count) AS n FROM "${projection.tables.streams}"`);
      expect(Number(applied.rows[0]!.n)).toBe(30);

      await runtime.start(projection.name);
      await eventually(async () => expect((await runtime.statusOf(projection.name)).lagEvents).toBe(0));
      await expectMatchesLog(projection.tables, [category]);
      await runtime.stop(projection.name);
    });

    if (target.name === 'postgres-server') {
      it('rolls back a batch whose connection is killed mid-way and carries on, then a new process resumes from its checkpoint: no event twice, none skipped', async () => {
        const category = newCategory();
        const base = streamActivityProjection({ name: `killed-${category}`, kind: 'async', tablePrefix: `ki_${category}`, categories: [category], batchSize: 10 });
        let batches = 0;
        let backendPid: number | undefined;
        let killed: () => void = () => undefined;
        const connectionKilled = new Promise<void>((resolve) => (killed = resolve));
        let batchHeld: () => void = () => undefined;
        const held = new Promise<void>((resolve) => (batchHeld = resolve));
        let killedBatchFailed = false;
        const dying: ProjectionDefinition = {
          ...base,
          apply: async (events, context) => {
            await base.apply(events, context);
            if (++batches === 4) {
              backendPid = (await context.manager.query('SELECT pg_backend_pid() AS pid'))[0].pid;
              batchHeld();
              await connectionKilled;
              try {
                await context.manager.query('SELECT 1');
              } catch (error) {
                killedBatchFailed = true; // the connection is gone, with the batch's writes
                throw error;
              }
            }
          },
        };
        const first = await setUp([dying]);
        for (let i = 0; i < 80; i++) await first.store.append(stream(category), [event('TaskAssigned')]);
        await first.runtime.start(dying.name);
        await held;
        await pool.query('SELECT pg_terminate_backend($1)', [backendPid]);
        killed();
        await eventually(async () => expect((await first.runtime.statusOf(dying.name)).lagEvents).toBe(0));
        expect(killedBatchFailed).toBe(true);
        expect((await first.runtime.statusOf(dying.name)).state).toBe('running');
        await expectMatchesLog(base.tables, [category]);

        // The process goes away; more events come; a new process with the same read model carries on.
        await first.runtime.close();
        for (let i = 0; i < 25; i++) await first.store.append(stream(category), [event('TaskOpened')]);
        const second = await setUp([base]);
        expect((await second.runtime.statusOf(base.name)).lagEvents).toBe(25);
        await second.runtime.start(base.name);
        await eventually(async () => expect((await second.runtime.statusOf(base.name)).lagEvents).toBe(0));
        await expectMatchesLog(base.tables, [category]);
        await second.runtime.stop(base.name);
      });
    }

    it('applies each event once when two processes run the same projector (the checkpoint is compare-and-set)', async () => {
      const category = newCategory();
      const projection = streamActivityProjection({ name: `twins-${category}`, kind: 'async', tablePrefix: `tw_${category}`, categories: [category], batchSize: 5 });
      const first = await setUp([projection]);
      const second = await setUp([projection]);
      for (let i = 0; i < 40; i++) await first.store.append(stream(category), [event('TaskAssigned'), event('TaskOpened')]);
      await Promise.all([first.runtime.start(projection.name), second.runtime.start(projection.name)]);
      for (let i = 0; i < 40; i++) await second.store.append(stream(category), [event('TaskAssigned')]);
      await eventually(async () => expect((await first.runtime.statusOf(projection.name)).lagEvents).toBe(0));
      await expectMatchesLog(projection.tables, [category]);
      await Promise.all([first.runtime.stop(projection.name), second.runtime.stop(projection.name)]);
    });

    it('reports its lag in events and in seconds', async () => {
      const category = newCategory();
      let now = new Date('2026-03-02T08:00:00.000Z');
      const clock = () => now;
      const projection = streamActivityProjection({ name: `lag-${category}`, kind: 'async', tablePrefix: `lg_${category}`, categories: [category] });
      const { store, runtime } = await setUp([projection], { now: clock });
      const idle = await runtime.statusOf(projection.name);
      expect(idle).toMatchObject({ state: 'stopped', lagEvents: 0, lagSeconds: 0, checkpoint: { transactionId: '0', position: 0 } });

      await store.append(stream(category), [event('TaskAssigned'), event('TaskOpened')]);
      now = new Date('2026-03-02T08:00:30.000Z');
      await store.append(stream(category), [event('TaskAssigned')]);
      await store.append(stream('unrelated'), [event('TaskAssigned')]); // another category: not its lag
      now = new Date('2026-03-02T08:01:30.000Z');
      const behind = await runtime.statusOf(projection.name);
      expect(behind).toMatchObject({ state: 'stopped', lagEvents: 3, lagSeconds: 90 });

      await runtime.start(projection.name);
      await eventually(async () => expect(await runtime.statusOf(projection.name)).toMatchObject({ lagEvents: 0, lagSeconds: 0 }));
      await runtime.stop(projection.name);
    });
  });

  it('stops every projector on close and lets go of TypeORM, leaving the pool to its owner and inline projections working', async () => {
    const category = newCategory();
    const projection = streamActivityProjection({ name: `close-${category}`, kind: 'async', tablePrefix: `cl_${category}`, categories: [category] });
    const inline = streamActivityProjection({ name: `close-inline-${category}`, kind: 'inline', tablePrefix: `ci_${category}`, categories: [category] });
    const { store, runtime } = await setUp([projection, inline]);
    await runtime.startAsyncProjectors();
    await delay(20);
    await runtime.close();
    expect(runtime.dataSource.isInitialized).toBe(false);
    expect((await runtime.statusOf(projection.name)).state).toBe('stopped');
    expect((await pool.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }]);
    // An append that comes in while the app drains still keeps the inline read model current.
    await store.append(stream(category), [event('TaskAssigned')]);
    await expectMatchesLog(inline.tables, [category]);
  });

  it('gives TypeORM repositories over the read model on the shared pool', async () => {
    const category = newCategory();
    const projection = streamActivityProjection({ name: `repo-${category}`, kind: 'inline', tablePrefix: `rp_${category}`, categories: [category] });
    const { store, runtime } = await setUp([projection]);
    const id = stream(category);
    await store.append(id, [event('TaskAssigned'), event('TaskOpened'), event('TaskSubmitted')]);
    const repository = runtime.dataSource.getRepository<{ streamId: string; eventCount: number; lastVersion: number; lastEventType: string }>(
      projection.entities[0] as never,
    );
    const row = await repository.findOneByOrFail({ streamId: id });
    expect(row).toMatchObject({ streamId: id, eventCount: 3, lastVersion: 3, lastEventType: 'TaskSubmitted' });
  });
});

export type { RecordedEvent };
