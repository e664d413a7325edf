import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { migrateEventStore, PostgresEventStore } from '@app/event-store';
import { databaseTargets, eventually, TestDatabase } from '@app/testing';
import { ProjectionDefinition } from './projection-definition';
import { ProjectionRuntime, RebuildInProgressError } from './projection-runtime';
import { RebuildProgress } from './projection-status';
import { streamActivityProjection } from './stream-activity/stream-activity.projection';
import { appendRandomHistory, streamActivityTables, streamActivityTruth, tableRows } from './testing/random-history';

describe.each(databaseTargets())('rebuilding a projection on $name', (target) => {
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

  async function setUp(projections: ProjectionDefinition[]) {
    const store = new PostgresEventStore(pool, { notifyOtherProcesses: db.database.mode === 'server' });
    const runtime = await ProjectionRuntime.create({ store, pool, projections, pollIntervalMs: 50 });
    runtimes.push(runtime);
    return { store, runtime };
  }

  const newCategories = (n: number): string[] =>
    Array.from({ length: n }, () => `r${randomUUID().replace(/-/g, '').slice(0, 10)}`);

  async function liveRows(tables: { streams: string; categories: string }) {
    return { streams: await tableRows(pool, tables.streams), categories: await tableRows(pool, tables.categories) };
  }

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

  const eventsIn = async (categories: string[]): Promise<number> =>
    Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM es_events WHERE category = ANY ($1::text[])', [categories])).rows[0]!.n);

  it('rebuilds an inline read model after a long random history into tables equal row for row to the live ones, reporting progress', async () => {
    const categories = newCategories(3);
    const projection = streamActivityProjection({
      name: `inline-${categories[0]}`,
      kind: 'inline',
      tablePrefix: `ri_${categories[0]}`,
      categories,
      rebuildBatchSize: 500,
    });
    const { store, runtime } = await setUp([projection]);
    await appendRandomHistory(store, { categories, events: 4000, streams: 400, seed: 7 });
    await expectMatchesLog(projection.tables, categories);
    const before = await liveRows(projection.tables);
    const indexesOf = async (schemaPattern: string): Promise<string[]> =>
      (
        await pool.query<{ indexname: string; def: string }>(
          `SELECT indexname, regexp_replace(indexdef, ' ON \\S+ ', ' ON ') AS def FROM pg_indexes
            WHERE schemaname LIKE $1 AND tablename = $2 ORDER BY indexname`,
          [schemaPattern, projection.tables.streams],
        )
      ).rows.map((row) => row.def);
    const liveIndexes = await indexesOf('public');
    expect(liveIndexes.some((def) => def.includes('_category'))).toBe(true);

    const progress: RebuildProgress[] = [];
    const states: string[] = [];
    let copyIndexes: Promise<string[]> | undefined;
    const report = await runtime.rebuild(projection.name, {
      onProgress: (p) => {
        progress.push(p);
        if (progress.length === 2) void runtime.statusOf(projection.name).then((s) => states.push(s.state));
        // While the log is applied, the copy has its primary key but not the index only queries use.
        if (p.phase === 'building' && p.eventsApplied > 0 && copyIndexes === undefined) copyIndexes = indexesOf('projection_rebuild_%');
      },
    });
    expect(await copyIndexes).toEqual(liveIndexes.filter((def) => !def.includes('_category')));
    // Built again once the log was applied: the swapped-in table has every index the live one had.
    expect(await indexesOf('public')).toEqual(liveIndexes);

    expect(await liveRows(projection.tables)).toEqual(before);
    expect(report.eventsApplied).toBe(4000);
    expect(report.headPosition).toBe(await store.headPosition());
    expect(progress.map((p) => p.phase).filter((phase, i, all) => all.indexOf(phase) === i)).toEqual(['building', 'swapping', 'done']);
    const building = progress.filter((p) => p.phase === 'building' && p.eventsApplied > 0);
    expect(building.length).toBeGreaterThanOrEqual(8); // one report per batch of 500
    expect(building.map((p) => p.eventsApplied)).toEqual([...building.map((p) => p.eventsApplied)].sort((a, b) => a - b));
    await eventually(() => expect(states).toEqual(['rebuilding']));
    const status = await runtime.statusOf(projection.name);
    expect(status).toMatchObject({ state: 'running', rebuild: { phase: 'done', eventsApplied: 4000 } });
    expect((await runtime.compareWithLive(projection.name)).every((table) => table.equal)).toBe(true);

    // The swapped-in tables are the live ones now: appends keep them current.
    await appendRandomHistory(store, { categories, events: 50, streams: 10, seed: 8 });
    await expectMatchesLog(projection.tables, categories);
    const leftovers = await pool.query("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'projection_rebuild_%'");
    expect(leftovers.rows).toEqual([]);
  });

  it('rebuilds an async read model equal to the live one, and the projector carries on from the copy', async () => {
    const categories = newCategories(4);
    const projection = streamActivityProjection({
      name: `async-${categories[0]}`,
      kind: 'async',
      tablePrefix: `ra_${categories[0]}`,
      categories,
      batchSize: 100,
    });
    const { store, runtime } = await setUp([projection]);
    await runtime.start(projection.name);
    await appendRandomHistory(store, { categories, events: 3000, streams: 250, seed: 11 });
    await eventually(async () => expect((await runtime.statusOf(projection.name)).lagEvents).toBe(0));
    const before = await liveRows(projection.tables);

    const report = await runtime.rebuild(projection.name);
    expect(report.eventsApplied).toBe(3000);
    expect(await liveRows(projection.tables)).toEqual(before);
    expect((await runtime.statusOf(projection.name)).checkpoint).toEqual(report.checkpoint);

    await appendRandomHistory(store, { categories, events: 200, streams: 40, seed: 12 });
    await eventually(async () => expect((await runtime.statusOf(projection.name)).lagEvents).toBe(0));
    expect((await runtime.statusOf(projection.name)).state).toBe('running');
    await expectMatchesLog(projection.tables, categories);
    const comparison = await runtime.compareWithLive(projection.name);
    expect(comparison.map((t) => [t.equal, t.liveRows === t.copyRows])).toEqual([
      [true, true],
      [true, true],
    ]);
    await runtime.stop(projection.name);
  });

  it('rebuilds while appends go on, and after catching up both kinds equal the log and a fresh copy', async () => {
    const categories = newCategories(3);
    const inline = streamActivityProjection({ name: `busy-inline-${categories[0]}`, kind: 'inline', tablePrefix: `bi_${categories[0]}`, categories, rebuildBatchSize: 300 });
    const async = streamActivityProjection({ name: `busy-async-${categories[0]}`, kind: 'async', tablePrefix: `ba_${categories[0]}`, categories, batchSize: 50, rebuildBatchSize: 300 });
    const { store, runtime } = await setUp([inline, async]);
    await runtime.start(async.name);
    await appendRandomHistory(store, { categories, events: 3000, streams: 300, seed: 21 });

    let appending = true;
    let appended = 0;
    const concurrency = db.database.mode === 'server' ? 3 : 1;
    const appender = (async () => {
      let seed = 100;
      while (appending) appended += await appendRandomHistory(store, { categories, events: 20, streams: 30, seed: seed++, concurrency });
    })();
    const [inlineReport, asyncReport] = await Promise.all([runtime.rebuild(inline.name), runtime.rebuild(async.name)]);
    appending = false;
    await appender;
    expect(appended).toBeGreaterThan(0);
    expect(inlineReport.eventsApplied).toBeGreaterThanOrEqual(3000);
    expect(asyncReport.eventsApplied).toBeGreaterThanOrEqual(3000);

    await eventually(async () => expect((await runtime.statusOf(async.name)).lagEvents).toBe(0));
    expect(await eventsIn(categories)).toBe(3000 + appended);
    await expectMatchesLog(inline.tables, categories);
    await expectMatchesLog(async.tables, categories);
    for (const name of [inline.name, async.name]) {
      const comparison = await runtime.compareWithLive(name);
      expect(comparison.every((table) => table.equal)).toBe(true);
    }
    await runtime.stop(async.name);
  });

  it('refuses a second rebuild of the same projection while one runs', async () => {
    const categories = newCategories(1);
    const projection = streamActivityProjection({ name: `twice-${categories[0]}`, kind: 'inline', tablePrefix: `tw_${categories[0]}`, categories });
    const { store, runtime } = await setUp([projection]);
    await appendRandomHistory(store, { categories, events: 200, streams: 20 });
    const first = runtime.rebuild(projection.name);
    await expect(runtime.rebuild(projection.name)).rejects.toBeInstanceOf(RebuildInProgressError);
    await first;
  });

  it('leaves the live tables alone when a rebuild fails, and reports the failure in the status', async () => {
    const categories = newCategories(1);
    const base = streamActivityProjection({ name: `broken-${categories[0]}`, kind: 'inline', tablePrefix: `br_${categories[0]}`, categories, rebuildBatchSize: 50 });
    let refuse = false;
    const projection: typeof base = {
      ...base,
      apply: async (events, context) => {
        if (refuse && context.mode === 'rebuild' && events.some((e) => e.version === 3)) throw new Error('cannot rebuild this');
        await base.apply(events, context);
      },
    };
    const { store, runtime } = await setUp([projection]);
    await appendRandomHistory(store, { categories, events: 300, streams: 20 });
    const before = await liveRows(projection.tables);
    refuse = true;

    const started = runtime.startRebuild(projection.name);
    expect(started).toMatchObject({ projection: projection.name, phase: 'building', eventsApplied: 0 });
    expect(() => runtime.startRebuild(projection.name)).toThrow(RebuildInProgressError);
    await eventually(async () => expect((await runtime.statusOf(projection.name)).rebuild).toMatchObject({ phase: 'failed', error: 'cannot rebuild this' }));
    expect((await runtime.statusOf(projection.name)).state).toBe('running');
    expect(await liveRows(projection.tables)).toEqual(before);
    const leftovers = await pool.query("SELECT nspname FROM pg_namespace WHERE nspname LIKE $1", [`projection_rebuild_broken_${categories[0]}%`]);
    expect(leftovers.rows).toEqual([]);
  });

  it('builds a newly registered inline read model from the events already in the log', async () => {
    const categories = newCategories(2);
    const earlier = await setUp([]);
    await appendRandomHistory(earlier.store, { categories, events: 600, streams: 50, seed: 3 });
    const projection = streamActivityProjection({ name: `late-${categories[0]}`, kind: 'inline', tablePrefix: `la_${categories[0]}`, categories });
    const { runtime } = await setUp([projection]);
    await expectMatchesLog(projection.tables, categories);
    expect((await runtime.statusOf(projection.name)).rebuild).toMatchObject({ phase: 'done', eventsApplied: 600 });
  });

  it('tells a live table that drifted from the log apart from a fresh copy', async () => {
    const categories = newCategories(1);
    const projection = streamActivityProjection({ name: `drift-${categories[0]}`, kind: 'inline', tablePrefix: `dr_${categories[0]}`, categories });
    const { store, runtime } = await setUp([projection]);
    await appendRandomHistory(store, { categories, events: 100, streams: 10 });
    await pool.query(`UPDATE "${projection.tables.streams}" SET event_count = event_count + 1 WHERE stream_id = (SELECT min(stream_id) FROM "${projection.tables.streams}")`);
    const comparison = await runtime.compareWithLive(projection.name);
    expect(comparison.find((t) => t.table === projection.tables.streams)).toMatchObject({ equal: false, onlyLive: 1, onlyCopy: 1 });
    expect(comparison.find((t) => t.table === projection.tables.categories)).toMatchObject({ equal: true });
  });
});
