/**
 * Event store speed, measured against a raw-SQL baseline on the same server, in the same run.
 *
 *   npm run bench:store                  full run (about 4 minutes on a 2-core machine)
 *   BENCH_QUICK=1 npm run bench:store    short run (about a minute)
 *
 * Runs on the server of DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres): it
 * creates a fresh database `bench_<random>` there, migrates the store into it, and drops it at the
 * end (also on Ctrl-C). stdout carries one JSON object per measurement and nothing else; progress
 * goes to stderr.
 *
 * Method. The baseline table is a copy of `es_events` (LIKE … INCLUDING ALL: same columns,
 * identity key, unique constraints, subscription index, defaults), written with plain INSERTs
 * through the same pool. Both tables start with the same prefilled rows and fresh statistics.
 * Each measurement warms both sides up, then alternates baseline and store runs (B O, O B, B O, …
 * so that drift such as a growing table or a checkpoint hits both alike) and reports the medians;
 * `ratio` is median(ours) / median(baseline), `pairRatios` the ratio of each adjacent pair.
 * Events are generated before timing and reused, so neither side pays for making them.
 *
 * Fields besides name/eventsPerSec/baselinePerSec/ratio: events and seconds (store side, all
 * timed runs), concurrency, p50Ms/p99Ms per append (pageP50Ms/pageP99Ms per page for the reads)
 * and the baseline's, runs/baselineRuns (each run's events/s), cpuUsPerEvent (CPU µs per event
 * of this process, and of the whole machine — which includes the database when it is local),
 * esEventsSeqScans (sequential scans of es_events during an append measurement, indicative: an
 * append should only probe indexes), target/meetsTarget where the issue sets one.
 *
 * Optional knobs: BENCH_POOL_SIZE (default 10, the app's DATABASE_POOL_SIZE default),
 * BENCH_READ_BATCH (default 1000), BENCH_NOTIFY=0 to run the store without its cross-process NOTIFY
 * (by default it runs as the app does on a server, with NOTIFY), BENCH_ONLY=name,name to run some
 * measurements only, BENCH_COMBINE=off to write every append on its own (BENCH_COMBINE=2: two
 * combined groups written at once); appendsPerGroup says how many appends a group held.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { createDatabase, Database } from '@app/database';
import { EventToAppend, migrateEventStore, PostgresEventStore, timeOrderedEventId } from '@app/event-store';
import { caseStreamId, taskStreamId } from '@app/supervision';
import { alternate, Measurement, RUN_SECONDS, RunStats, runFor, Side, summarise, warm } from './alternation';
import { makeEvent } from './workload';
import {
  cpuMeter,
  databaseUrl,
  emit,
  fmt,
  log,
  median,
  positiveInt,
  QUICK,
  redact,
  round,
  SERVER_URL,
  withAdmin,
} from './bench-support';

const POOL_SIZE = positiveInt(process.env.BENCH_POOL_SIZE, 10);
const READ_BATCH = positiveInt(process.env.BENCH_READ_BATCH, 1000);
const NOTIFY = process.env.BENCH_NOTIFY !== '0';
/** BENCH_COMBINE=off writes every append on its own; a number sets how many combined groups are written at once (default: the store's). */
const COMBINE =
  process.env.BENCH_COMBINE === 'off'
    ? false
    : process.env.BENCH_COMBINE === undefined || process.env.BENCH_COMBINE === ''
      ? undefined
      : { maxInFlight: positiveInt(process.env.BENCH_COMBINE, 1) };
const ONLY = process.env.BENCH_ONLY === undefined || process.env.BENCH_ONLY === '' ? undefined : new Set(process.env.BENCH_ONLY.split(','));
const MEASUREMENTS = ['append-single-c8', 'append-existing-c8', 'append-batch100-c4', 'read-all', 'subscribe-catchup'];
for (const name of ONLY ?? []) {
  if (!MEASUREMENTS.includes(name)) throw new Error(`BENCH_ONLY: unknown measurement ${name}; known: ${MEASUREMENTS.join(', ')}`);
}
const selected = (name: string): boolean => ONLY === undefined || ONLY.has(name);

/** Seconds per timed run, runs per side, warm-up seconds per side. */
const APPEND_ROUNDS = QUICK ? 3 : 4;
const READ_ROUNDS = 3;
/** read-all and subscribe-catchup read the whole log; it is topped up to at least this many events. */
const MIN_LOG_EVENTS = 100_000;
/** Events in both tables before the first measurement. */
const PREFILL_EVENTS = QUICK ? 5_000 : 20_000;
/** In quick mode the reads stop after this many events (the log may be longer). */
const MAX_READ_EVENTS = QUICK ? 100_000 : Number.POSITIVE_INFINITY;

const BASELINE_TABLE = 'bench_raw_events';
const RAW_COLUMNS =
  'stream_id, stream_version, category, event_id, event_type, schema_version, data, metadata, content_digest, chain_hash, recorded_at';
const RAW_COLUMN_COUNT = 11;


/** The parameters of one baseline row: what a plain insert would send for the same event. */
function rawRow(streamId: string, version: number, event: EventToAppend, recordedAt: Date): unknown[] {
  return [
    streamId,
    version,
    categoryOf(streamId),
    timeOrderedEventId(),
    event.type,
    1,
    JSON.stringify(event.data),
    JSON.stringify(event.metadata),
    randomBytes(32),
    randomBytes(32),
    recordedAt,
  ];
}

function categoryOf(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash === -1 ? streamId : streamId.slice(0, dash);
}

const SINGLE_INSERT = `INSERT INTO ${BASELINE_TABLE} (${RAW_COLUMNS}) VALUES (${placeholders(0)}) RETURNING global_position`;

/**
 * The store keeps its append statements prepared per connection (as the app does on a server), so
 * the baseline does too: both sides skip parsing and planning alike.
 */
function singleInsert(values: unknown[]): { name: string; text: string; values: unknown[] } {
  return { name: 'raw-insert-1', text: SINGLE_INSERT, values };
}

function multiInsert(rows: number): string {
  const values = Array.from({ length: rows }, (_, i) => `(${placeholders(i * RAW_COLUMN_COUNT)})`).join(', ');
  return `INSERT INTO ${BASELINE_TABLE} (${RAW_COLUMNS}) VALUES ${values} RETURNING global_position`;
}

function placeholders(offset: number): string {
  return Array.from({ length: RAW_COLUMN_COUNT }, (_, i) => `$${offset + i + 1}`).join(', ');
}

// ---------------------------------------------------------------------------------------------
// Measurements (timing: see alternation.ts).

async function appendSingle(store: PostgresEventStore, pool: Pool, common: Record<string, unknown>): Promise<Measurement> {
  const concurrency = 8;
  let n = 0;
  const ours: Side = {
    run: (seconds) =>
      runFor(concurrency, seconds, async () => {
        const sequence = n++;
        await store.append(taskStreamId(randomUUID()), [makeEvent(sequence)], { expectedVersion: 'no-stream' });
        return 1;
      }),
  };
  const baseline: Side = {
    run: (seconds) =>
      runFor(concurrency, seconds, async () => {
        const sequence = n++;
        await pool.query(singleInsert(rawRow(taskStreamId(randomUUID()), 1, makeEvent(sequence), new Date())));
        return 1;
      }),
  };
  const runs = await alternate('append-single-c8', APPEND_ROUNDS, baseline, ours, () => warm(baseline, ours));
  const floor = await commitFloor(pool, 'no-stream');
  return againstTarget(summarise('append-single-c8', runs, { concurrency, eventsPerAppend: 1, expectedVersion: 'no-stream', ...common }), floor, concurrency);
}

async function appendExisting(store: PostgresEventStore, pool: Pool, common: Record<string, unknown>): Promise<Measurement> {
  const concurrency = 8;
  const streamsPerCaller = 32;
  // Each caller owns its streams and keeps their versions; the store's streams start with one event.
  const ourStreams = Array.from({ length: concurrency }, () =>
    Array.from({ length: streamsPerCaller }, () => ({ id: caseStreamId(randomUUID()), version: 0 })),
  );
  const rawStreams = Array.from({ length: concurrency }, () =>
    Array.from({ length: streamsPerCaller }, () => ({ id: caseStreamId(randomUUID()), version: 0 })),
  );
  let n = 0;
  for (const stream of ourStreams.flat()) {
    const result = await store.append(stream.id, [makeEvent(n++)], { expectedVersion: 'no-stream' });
    stream.version = result.nextVersion;
  }
  for (const stream of rawStreams.flat()) {
    stream.version += 1;
    await pool.query(singleInsert(rawRow(stream.id, stream.version, makeEvent(n++), new Date())));
  }
  const cursor = new Array<number>(concurrency).fill(0);
  const ours: Side = {
    run: (seconds) =>
      runFor(concurrency, seconds, async (caller) => {
        const stream = ourStreams[caller]![cursor[caller]++ % streamsPerCaller]!;
        const result = await store.append(stream.id, [makeEvent(n++)], { expectedVersion: stream.version });
        stream.version = result.nextVersion;
        return 1;
      }),
  };
  const baseline: Side = {
    run: (seconds) =>
      runFor(concurrency, seconds, async (caller) => {
        const stream = rawStreams[caller]![cursor[caller]++ % streamsPerCaller]!;
        await pool.query(singleInsert(rawRow(stream.id, stream.version + 1, makeEvent(n++), new Date())));
        stream.version += 1;
        return 1;
      }),
  };
  const runs = await alternate('append-existing-c8', APPEND_ROUNDS, baseline, ours, () => warm(baseline, ours));
  const floor = await commitFloor(pool, 'exact');
  const m = summarise('append-existing-c8', runs, { concurrency, eventsPerAppend: 1, expectedVersion: 'exact', streamsPerCaller, ...common });
  return againstTarget(m, floor, concurrency);
}

/** The target of the closed-loop append lines: 2.0× the baseline's tx/s, p99 no worse than 2× the baseline's. */
const APPEND_TARGET_RATIO = 2.0;

/**
 * The least time a durable commit takes here: one caller alone appending one-row INSERTs to the
 * baseline table (one round trip and one WAL flush each), median of a timed run in this run.
 */
async function commitFloor(pool: Pool, kind: 'no-stream' | 'exact'): Promise<{ p50Ms: number; perSec: number }> {
  let n = 0;
  const stream = caseStreamId(randomUUID());
  const run = await runFor(1, RUN_SECONDS, async () => {
    n += 1;
    const streamId = kind === 'no-stream' ? taskStreamId(randomUUID()) : stream;
    await pool.query(singleInsert(rawRow(streamId, kind === 'no-stream' ? 1 : n, makeEvent(n), new Date())));
    return 1;
  });
  return { p50Ms: median(run.latenciesMs), perSec: run.eventsPerSec };
}

/**
 * The line against its target, with the ceiling any durable store meets at this concurrency:
 * a closed-loop caller starts its next append only when the last one is committed, and no commit
 * returns sooner than the commit floor, so `concurrency` callers finish at most
 * concurrency / floor appends a second, however many appends share a commit.
 * `ceilingToBaseline` below the target ratio means the target is past that ceiling on this machine.
 */
function againstTarget(m: Measurement, floor: { p50Ms: number; perSec: number }, concurrency: number): Measurement {
  const ceiling = (concurrency * 1000) / floor.p50Ms;
  const p99 = m.p99Ms as number;
  const baselineP99 = m.baselineP99Ms as number;
  return {
    ...m,
    target: `${APPEND_TARGET_RATIO}× baseline, p99 ≤ 2× baseline p99`,
    meetsTarget: (m.ratio ?? 0) >= APPEND_TARGET_RATIO && p99 <= 2 * baselineP99,
    commitFloorMs: round(floor.p50Ms, 3),
    loneCommitsPerSec: round(floor.perSec),
    closedLoopCeilingPerSec: round(ceiling),
    ceilingToBaseline: m.baselinePerSec === null ? null : round(ceiling / m.baselinePerSec, 3),
    ratioOfCeiling: round(m.eventsPerSec / ceiling, 3),
  };
}

async function appendBatch(store: PostgresEventStore, pool: Pool, common: Record<string, unknown>): Promise<Measurement> {
  const concurrency = 4;
  const batch = 100;
  const target = 50_000;
  const sql = multiInsert(batch);
  let n = 0;
  const ours: Side = {
    run: (seconds) =>
      runFor(concurrency, seconds, async () => {
        const events = Array.from({ length: batch }, () => makeEvent(n++));
        await store.append(`inspection-${randomUUID()}`, events, { expectedVersion: 'no-stream' });
        return batch;
      }),
  };
  const baseline: Side = {
    run: (seconds) =>
      runFor(concurrency, seconds, async () => {
        const streamId = `inspection-${randomUUID()}`;
        const recordedAt = new Date();
        const params = Array.from({ length: batch }, (_, i) => rawRow(streamId, i + 1, makeEvent(n++), recordedAt)).flat();
        await pool.query({ name: `raw-insert-${batch}`, text: sql, values: params });
        return batch;
      }),
  };
  const runs = await alternate('append-batch100-c4', APPEND_ROUNDS, baseline, ours, () => warm(baseline, ours));
  const m = summarise('append-batch100-c4', runs, { concurrency, eventsPerAppend: batch, expectedVersion: 'no-stream', ...common });
  return { ...m, target: '1.5× baseline', meetsTarget: (m.ratio ?? 0) >= 1.5, eventsPerSecFloor: target, meetsFloor: m.eventsPerSec >= target };
}

/** Raw paging over es_events: what any reader of the table pays, without mapping rows to events. */
async function rawPaging(pool: Pool, limitEvents: number): Promise<RunStats> {
  const latenciesMs: number[] = [];
  let after = '0';
  let events = 0;
  const cpu = cpuMeter();
  const start = performance.now();
  while (events < limitEvents) {
    const t0 = performance.now();
    const { rows } = await pool.query<{ global_position: string }>(
      'SELECT * FROM es_events WHERE global_position > $1 ORDER BY global_position LIMIT $2',
      [after, Math.min(READ_BATCH, limitEvents - events)],
    );
    latenciesMs.push(performance.now() - t0);
    if (rows.length === 0) break;
    events += rows.length;
    after = rows[rows.length - 1]!.global_position;
  }
  const seconds = (performance.now() - start) / 1000;
  return { events, ops: latenciesMs.length, seconds, eventsPerSec: events / seconds, latenciesMs, cpu: cpu() };
}

async function readAll(store: PostgresEventStore, pool: Pool, total: number, common: Record<string, unknown>): Promise<Measurement> {
  const limit = Math.min(total, MAX_READ_EVENTS);
  const ours: Side = {
    run: async () => {
      const latenciesMs: number[] = [];
      let after = 0;
      let events = 0;
      const cpu = cpuMeter();
      const start = performance.now();
      while (events < limit) {
        const t0 = performance.now();
        const page = await store.readAll({ after, limit: Math.min(READ_BATCH, limit - events) });
        latenciesMs.push(performance.now() - t0);
        if (page.length === 0) break;
        events += page.length;
        after = page[page.length - 1]!.position;
      }
      const seconds = (performance.now() - start) / 1000;
      return { events, ops: latenciesMs.length, seconds, eventsPerSec: events / seconds, latenciesMs, cpu: cpu() };
    },
  };
  const baseline: Side = { run: () => rawPaging(pool, limit) };
  const runs = await alternate('read-all', READ_ROUNDS, baseline, ours, () => warm(baseline, ours));
  for (const r of [...runs.ours, ...runs.baseline]) {
    if (r.events !== limit) throw new Error(`read-all read ${r.events} events, expected ${limit}`);
  }
  const m = summarise('read-all', runs, { batchSize: READ_BATCH, logEvents: total, ...common });
  // The physical limit of reading these rows: the server streaming them out with COPY, the client
  // only counting them (no parsing into values, let alone events).
  const copies: number[] = [];
  for (let round = 0; round < READ_ROUNDS; round++) {
    const copied = await copyOut(pool, limit);
    if (copied.rows !== limit) throw new Error(`COPY read ${copied.rows} rows, expected ${limit}`);
    copies.push(copied.rows / copied.seconds);
    log(`read-all COPY round ${round + 1}/${READ_ROUNDS} ${fmt(copies[round]!)} rows/s`);
  }
  const copyBaselinePerSec = median(copies);
  const target = 0.8;
  return {
    ...renameLatency(m, 'page'),
    copyBaselinePerSec: round(copyBaselinePerSec),
    copyRuns: copies.map((r) => round(r)),
    ratioToCopy: round(m.eventsPerSec / copyBaselinePerSec, 3),
    targetRatioToCopy: target,
    meetsTarget: m.eventsPerSec / copyBaselinePerSec >= target,
  };
}

/** `COPY (SELECT … the first `limit` events in log order) TO STDOUT`, rows counted as they stream in. */
async function copyOut(pool: Pool, limit: number): Promise<{ rows: number; seconds: number }> {
  const client = await pool.connect();
  try {
    const start = performance.now();
    const stream = client.query(copyTo(`COPY (SELECT * FROM es_events ORDER BY global_position LIMIT ${limit}) TO STDOUT`));
    let rows = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) rows++;
    }
    return { rows, seconds: (performance.now() - start) / 1000 };
  } finally {
    client.release();
  }
}

async function subscribeCatchup(store: PostgresEventStore, pool: Pool, total: number, common: Record<string, unknown>): Promise<Measurement> {
  const limit = Math.min(total, MAX_READ_EVENTS);
  const ours: Side = {
    run: async () => {
      const latenciesMs: number[] = [];
      let events = 0;
      let last = performance.now();
      let reachedLimit: () => void = () => undefined;
      const limitReached = new Promise<void>((resolve) => (reachedLimit = resolve));
      const cpu = cpuMeter();
      const start = performance.now();
      const subscription = store.subscribe({
        batchSize: READ_BATCH,
        handle: async (batch) => {
          const now = performance.now();
          latenciesMs.push(now - last); // time to fetch this page (the handler itself does nothing)
          last = now;
          events += batch.events.length;
          if (events >= limit) reachedLimit();
        },
      });
      // The head is reached when the subscription has caught up (or, in quick mode, the cap).
      await Promise.race([subscription.caughtUp(), limitReached, subscription.done]);
      const seconds = (performance.now() - start) / 1000;
      await subscription.stop();
      await subscription.done;
      return { events, ops: latenciesMs.length, seconds, eventsPerSec: events / seconds, latenciesMs, cpu: cpu() };
    },
  };
  const baseline: Side = { run: () => rawPaging(pool, limit) };
  const runs = await alternate('subscribe-catchup', READ_ROUNDS, baseline, ours, () => warm(baseline, ours));
  for (const r of runs.ours) {
    if (r.events < limit) throw new Error(`subscription delivered ${r.events} events, expected ${limit}`);
  }
  const m = summarise('subscribe-catchup', runs, { batchSize: READ_BATCH, logEvents: total, ...common });
  return renameLatency(m, 'page');
}

/** For reads the latencies are per page, not per event. */
function renameLatency(m: Measurement, unit: string): Measurement {
  const { p50Ms, p99Ms, baselineP50Ms, baselineP99Ms, ...rest } = m;
  return {
    ...rest,
    name: m.name,
    eventsPerSec: m.eventsPerSec,
    baselinePerSec: m.baselinePerSec,
    ratio: m.ratio,
    [`${unit}P50Ms`]: p50Ms,
    [`${unit}P99Ms`]: p99Ms,
    [`baseline${cap(unit)}P50Ms`]: baselineP50Ms,
    [`baseline${cap(unit)}P99Ms`]: baselineP99Ms,
  };
}

/**
 * Gives both tables the same starting rows (the store's log and its copy in the baseline table) and
 * fresh statistics, so that neither side is measured on an empty table. This runs on a pool of its
 * own that is closed afterwards: a pooled connection caches the plans of es_append's statements,
 * and plans made while es_events was nearly empty stay in use (see `seqScans`).
 */
async function prefill(pool: Pool, events: number): Promise<void> {
  const store = new PostgresEventStore(pool);
  await topUp(store, pool, events);
  await pool.query(`INSERT INTO ${BASELINE_TABLE} (${RAW_COLUMNS}) SELECT ${RAW_COLUMNS} FROM es_events ORDER BY global_position`);
  await pool.query(`ANALYZE es_events; ANALYZE es_streams; ANALYZE ${BASELINE_TABLE}`);
}

/**
 * Sequential scans of es_events so far, from the statistics views. Backends publish their counts
 * at most about once a second, so this waits a little first; the figure is indicative.
 */
async function seqScans(pool: Pool): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const { rows } = await pool.query<{ n: string | null }>(`SELECT seq_scan AS n FROM pg_stat_user_tables WHERE relname = 'es_events'`);
  return Number(rows[0]?.n ?? 0);
}

/** Appends 100-event batches until the log holds at least `min` events. */
async function topUp(store: PostgresEventStore, pool: Pool, min: number): Promise<number> {
  let total = await logSize(pool);
  if (total >= min) return total;
  log(`topping the log up from ${total} to ${min} events`);
  let n = 0;
  while (total < min) {
    await Promise.all(
      Array.from({ length: 4 }, () =>
        store.append(`inspection-${randomUUID()}`, Array.from({ length: 100 }, () => makeEvent(n++)), { expectedVersion: 'no-stream' }),
      ),
    );
    total += 400;
  }
  return logSize(pool);
}

async function logSize(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM es_events');
  return Number(rows[0]!.n);
}

// ---------------------------------------------------------------------------------------------
// Set-up and tear-down.

async function createBaselineTable(pool: Pool): Promise<void> {
  // A copy of es_events' DDL: columns, identity primary key, the defaults (transaction_id), the
  // unique constraints on event_id and (stream_id, stream_version) and the subscription index.
  await pool.query(`CREATE TABLE ${BASELINE_TABLE} (LIKE es_events INCLUDING ALL)`);
  const { rows } = await pool.query<{ tablename: string; def: string }>(
    `SELECT tablename, regexp_replace(regexp_replace(indexdef, 'INDEX \\S+ ON', 'INDEX ON'), '${BASELINE_TABLE}', 'es_events') AS def
       FROM pg_indexes WHERE tablename IN ('es_events', '${BASELINE_TABLE}') ORDER BY def`,
  );
  const defs = (table: string) => rows.filter((r) => r.tablename === table).map((r) => r.def).join('\n');
  if (defs('es_events') !== defs(BASELINE_TABLE)) {
    throw new Error(`baseline indexes differ from es_events:\n${defs('es_events')}\n---\n${defs(BASELINE_TABLE)}`);
  }
  log(`baseline table ${BASELINE_TABLE} has the indexes of es_events:\n    ${defs(BASELINE_TABLE).split('\n').join('\n    ')}`);
}

async function serverSettings(pool: Pool): Promise<Record<string, string>> {
  const { rows } = await pool.query<{ name: string; setting: string }>(
    `SELECT name, setting FROM pg_settings
      WHERE name IN ('server_version', 'synchronous_commit', 'fsync', 'wal_sync_method', 'shared_buffers', 'autovacuum', 'commit_delay', 'max_wal_size')`,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.setting]));
}

async function main(): Promise<void> {
  const name = `bench_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const started = performance.now();
  log(`${QUICK ? 'quick' : 'full'} run; server ${redact(SERVER_URL)}; database ${name}; pool ${POOL_SIZE}; read batch ${READ_BATCH}; notify ${NOTIFY}`);
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  let database: Database | undefined;
  let dropped: Promise<void> | undefined;
  const drop = (): Promise<void> =>
    (dropped ??= (async () => {
      await database?.close().catch(() => undefined);
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      log(`dropped ${name}`);
    })());
  const interrupted = (signal: string) => {
    interruptedBy = signal;
    log(`${signal}: stopping, dropping ${name}`);
    drop().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const setup = await createDatabase({ url: databaseUrl(name), poolSize: 4 });
    try {
      await migrateEventStore(setup);
      await createBaselineTable(setup.pool);
      log(`prefilling both tables with ${PREFILL_EVENTS} events`);
      await prefill(setup.pool, PREFILL_EVENTS);
    } finally {
      await setup.close();
    }
    database = await createDatabase({ url: databaseUrl(name), poolSize: POOL_SIZE });
    const pool = database.pool;
    const settings = await serverSettings(pool);
    log(`server settings: ${JSON.stringify(settings)}`);
    const store = new PostgresEventStore(pool, { notifyOtherProcesses: NOTIFY, preparedStatements: true, combineAppends: COMBINE });
    const sample = makeEvent(0);
    const payloadBytes = JSON.stringify(sample.data).length;
    const metadataBytes = JSON.stringify(sample.metadata).length;
    log(`event: ${payloadBytes} bytes of data, ${metadataBytes} bytes of metadata`);
    const common = {
      quick: QUICK,
      poolSize: POOL_SIZE,
      notify: NOTIFY,
      payloadBytes,
      metadataBytes,
      pg: {
        version: settings.server_version,
        synchronous_commit: settings.synchronous_commit,
        fsync: settings.fsync,
      },
    };

    // Every append measurement also says how many sequential scans of es_events ran during it:
    // appends should only ever probe indexes, so anything above 0 means a plan went wrong.
    const appendMeasurements: Array<[string, typeof appendSingle]> = [
      ['append-single-c8', appendSingle],
      ['append-existing-c8', appendExisting],
      ['append-batch100-c4', appendBatch],
    ];
    for (const [measurement, run] of appendMeasurements) {
      if (!selected(measurement)) continue;
      const before = await seqScans(pool);
      const combinedBefore = store.combining().appends;
      const result = await run(store, pool, common);
      const combined = store.combining().appends;
      const groups = combined.groups - combinedBefore.groups;
      const scans = (await seqScans(pool)) - before;
      if (scans > 0) log(`WARNING: ${scans} sequential scans of es_events during ${measurement}`);
      emit({
        ...result,
        combine: COMBINE ?? 'default',
        appendsPerGroup: groups === 0 ? null : round((combined.members - combinedBefore.members) / groups, 2),
        esEventsSeqScans: scans,
      });
    }
    if (!selected('read-all') && !selected('subscribe-catchup')) return;

    const total = await topUp(store, pool, MIN_LOG_EVENTS);
    log(`the log holds ${total} events (baseline table: ${await countRaw(pool)} rows); reading ${Math.min(total, MAX_READ_EVENTS)} per run`);
    await pool.query('VACUUM ANALYZE es_events'); // autovacuum may be off: give both sides a settled table
    if (selected('read-all')) emit(await readAll(store, pool, total, common));
    if (selected('subscribe-catchup')) emit(await subscribeCatchup(store, pool, total, common));
  } finally {
    await drop();
    log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

async function countRaw(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${BASELINE_TABLE}`);
  return Number(rows[0]!.n);
}

// ---------------------------------------------------------------------------------------------
// Small helpers.

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Set when a signal stops the run: the measurements then fail on the closed pool, which is no news. */
let interruptedBy: string | undefined;

main().catch((error: unknown) => {
  if (interruptedBy !== undefined) return;
  process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
