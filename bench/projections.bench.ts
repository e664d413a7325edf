/**
 * Projection speed: how fast a read model is rebuilt from zero, against reading the same log with
 * a subscription that applies nothing (the floor any rebuild stands on), in the same run.
 *
 *   npm run bench:projections                 full run: 1,000,000 events
 *   BENCH_QUICK=1 npm run bench:projections   short run: 100,000 events
 *
 * Runs on the server of DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres): it
 * creates a fresh database `bench_proj_<random>` there, fills its log through the event store
 * (appends of 25 events to streams in five categories, four appenders), and drops it at the end
 * (also on Ctrl-C). stdout carries one JSON object per measurement and nothing else; progress
 * goes to stderr.
 *
 * Method. Each read model in READ_MODELS is registered as an async projection that is never
 * started, so the log is filled without it; each timed run is a full `rebuild` (build beside,
 * swap in). Baseline runs read the whole log through `store.subscribe` with the rebuild's batch
 * size and a handler that does nothing. Runs alternate B O, O B, … and medians are reported;
 * `ratio` is median(rebuild) / median(read only). After the last run the rebuilt tables are
 * checked against the log (per-category event counts) so a fast wrong rebuild cannot pass.
 *
 * Fields besides name/eventsPerSec/baselinePerSec/ratio: events (per run), seconds (median run),
 * runs/baselineRuns (events/s of each run), batchSize, cpuUsPerEvent (this process, and the whole
 * machine — which includes the database when it is local), target/meetsTarget.
 *
 * Optional knobs: BENCH_EVENTS (events in the log), BENCH_ROUNDS (runs per side, default 3 full
 * and 1 quick), BENCH_REBUILD_BATCH (default: the read model's own), BENCH_ONLY=name,name.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { createDatabase, Database } from '@app/database';
import { EventToAppend, migrateEventStore, PostgresEventStore } from '@app/event-store';
import { ProjectionDefinition, ProjectionRuntime, streamActivityProjection } from '@app/projections';
import { cpuMeter, cpuPerEvent, databaseUrl, emit, fmt, log, median, positiveInt, QUICK, redact, round, SERVER_URL, withAdmin } from './bench-support';

const EVENTS = positiveInt(process.env.BENCH_EVENTS, QUICK ? 100_000 : 1_000_000);
const ROUNDS = positiveInt(process.env.BENCH_ROUNDS, QUICK ? 1 : 3);
const REBUILD_BATCH = process.env.BENCH_REBUILD_BATCH === undefined ? undefined : positiveInt(process.env.BENCH_REBUILD_BATCH, 2000);
const TARGET_EVENTS_PER_SEC = 30_000;
const EVENTS_PER_APPEND = 25;
const APPENDS_PER_STREAM = 2;
const CATEGORIES = ['task', 'case', 'round', 'orgunit', 'inspection'];

/**
 * The read models measured. Adding one: give it a name, a factory for its definition (as an
 * async projection), and a check that its rebuilt tables agree with the log.
 */
interface BenchReadModel {
  readonly name: string;
  definition(): ProjectionDefinition;
  check(pool: Pool, events: number): Promise<void>;
}

const READ_MODELS: readonly BenchReadModel[] = [
  {
    name: 'stream-activity',
    definition: () => streamActivityProjection({ name: 'stream-activity', kind: 'async', rebuildBatchSize: REBUILD_BATCH }),
    async check(pool, events) {
      const { rows } = await pool.query<{ events: string; streams: string }>(
        'SELECT sum(event_count) AS events, sum(stream_count) AS streams FROM stream_activity_categories',
      );
      const expectedStreams = events / (EVENTS_PER_APPEND * APPENDS_PER_STREAM);
      if (Number(rows[0]!.events) !== events || Number(rows[0]!.streams) !== expectedStreams) {
        throw new Error(`stream-activity after rebuild: ${JSON.stringify(rows[0])}, expected ${events} events in ${expectedStreams} streams`);
      }
    },
  },
];

const ONLY = process.env.BENCH_ONLY === undefined || process.env.BENCH_ONLY === '' ? undefined : new Set(process.env.BENCH_ONLY.split(','));
for (const name of ONLY ?? []) {
  if (!READ_MODELS.some((model) => model.name === name)) {
    throw new Error(`BENCH_ONLY: unknown read model ${name}; known: ${READ_MODELS.map((m) => m.name).join(', ')}`);
  }
}

interface Run {
  readonly events: number;
  readonly seconds: number;
  readonly eventsPerSec: number;
  readonly cpu: { clientUs: number; machineUs: number };
}

// ---------------------------------------------------------------------------------------------
// The log: realistic events (~300 bytes of data, full metadata), built before appending.

const ACTORS = Array.from({ length: 50 }, () => randomUUID());
const TYPES = ['TaskAssigned', 'TaskOpened', 'ItemScored', 'FindingRecorded', 'TaskSubmitted', 'CaseUrged'];
const EVENT_RING: EventToAppend[] = Array.from({ length: 1024 }, (_, i) => ({
  type: TYPES[i % TYPES.length]!,
  data: {
    taskId: randomUUID(),
    itemCode: `R-${(i % 40) + 1}.${(i % 7) + 1}`,
    score: i % 6,
    maxScore: 5,
    comment: 'Handrail on the east stairwell loose at the second landing; photo attached.',
    evidence: [{ kind: 'photo', ref: `evidence/${randomBytes(4).toString('hex')}.jpg` }],
    observedAt: '2026-05-14T09:30:00.000Z',
  },
  metadata: { actorId: ACTORS[i % ACTORS.length]!, correlationId: randomUUID(), commandId: randomUUID() },
}));

async function fillLog(store: PostgresEventStore, events: number): Promise<void> {
  const streams = Math.ceil(events / (EVENTS_PER_APPEND * APPENDS_PER_STREAM));
  let next = 0;
  let appended = 0;
  const started = performance.now();
  const appender = async (): Promise<void> => {
    for (let stream = next++; stream < streams; stream = next++) {
      const streamId = `${CATEGORIES[stream % CATEGORIES.length]}-${randomUUID()}`;
      for (let a = 0; a < APPENDS_PER_STREAM; a++) {
        // Fresh ids per append (the ring's payloads are reused; ids must not be).
        const batch = Array.from({ length: EVENTS_PER_APPEND }, (_, i) => EVENT_RING[(stream * 7 + a * EVENTS_PER_APPEND + i) % EVENT_RING.length]!);
        await store.append(streamId, batch);
        appended += batch.length;
        if (appended % 100_000 === 0) log(`  ${fmt(appended)} events appended (${fmt(appended / ((performance.now() - started) / 1000))}/s)`);
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, appender));
}

// ---------------------------------------------------------------------------------------------
// Runs.

async function rebuildRun(runtime: ProjectionRuntime, name: string): Promise<Run> {
  const cpu = cpuMeter();
  const start = performance.now();
  const report = await runtime.rebuild(name);
  const seconds = (performance.now() - start) / 1000;
  return { events: report.eventsApplied, seconds, eventsPerSec: report.eventsApplied / seconds, cpu: cpu() };
}

async function readOnlyRun(store: PostgresEventStore, batchSize: number): Promise<Run> {
  let events = 0;
  const cpu = cpuMeter();
  const start = performance.now();
  const subscription = store.subscribe({ batchSize, handle: async (batch) => void (events += batch.events.length) });
  await Promise.race([subscription.caughtUp(), subscription.done]);
  const seconds = (performance.now() - start) / 1000;
  await subscription.stop();
  await subscription.done;
  return { events, seconds, eventsPerSec: events / seconds, cpu: cpu() };
}

async function measure(model: BenchReadModel, store: PostgresEventStore, pool: Pool, common: Record<string, unknown>): Promise<void> {
  const definition = model.definition();
  const runtime = await ProjectionRuntime.create({ store, projections: [definition] });
  const batchSize = definition.rebuildBatchSize ?? 2000;
  try {
    const runs = { baseline: [] as Run[], ours: [] as Run[] };
    for (let round = 0; round < ROUNDS; round++) {
      const order: Array<'baseline' | 'ours'> = round % 2 === 0 ? ['baseline', 'ours'] : ['ours', 'baseline'];
      for (const side of order) {
        const run = side === 'baseline' ? await readOnlyRun(store, batchSize) : await rebuildRun(runtime, definition.name);
        if (run.events !== EVENTS) throw new Error(`${side} run of ${model.name} saw ${run.events} events, expected ${EVENTS}`);
        runs[side].push(run);
        log(`rebuild-${model.name} round ${round + 1}/${ROUNDS} ${side.padEnd(8)} ${fmt(run.eventsPerSec)} events/s (${run.seconds.toFixed(1)} s)`);
      }
    }
    await model.check(pool, EVENTS);
    const ours = median(runs.ours.map((r) => r.eventsPerSec));
    const base = median(runs.baseline.map((r) => r.eventsPerSec));
    emit({
      name: `rebuild-${model.name}`,
      eventsPerSec: round(ours),
      baselinePerSec: round(base),
      ratio: round(ours / base, 3),
      events: EVENTS,
      seconds: round(median(runs.ours.map((r) => r.seconds)), 2),
      runs: runs.ours.map((r) => round(r.eventsPerSec)),
      baselineRuns: runs.baseline.map((r) => round(r.eventsPerSec)),
      batchSize,
      cpuUsPerEvent: cpuPerEvent(runs.ours),
      baselineCpuUsPerEvent: cpuPerEvent(runs.baseline),
      target: TARGET_EVENTS_PER_SEC,
      meetsTarget: ours >= TARGET_EVENTS_PER_SEC,
      ...common,
    });
  } finally {
    await runtime.close();
  }
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const name = `bench_proj_${randomBytes(4).toString('hex')}`;
  const started = performance.now();
  log(`${QUICK ? 'quick' : 'full'} run; server ${redact(SERVER_URL)}; database ${name}; ${fmt(EVENTS)} events; ${ROUNDS} round(s)`);
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
    log(`${signal}: stopping, dropping ${name}`);
    void drop().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    database = await createDatabase({ url: databaseUrl(name), poolSize: 8 });
    await migrateEventStore(database);
    const store = new PostgresEventStore(database.pool);
    log(`filling the log with ${fmt(EVENTS)} events`);
    const fillStart = performance.now();
    await fillLog(store, EVENTS);
    log(`log filled in ${((performance.now() - fillStart) / 1000).toFixed(1)} s`);
    await database.pool.query('VACUUM ANALYZE es_events');
    const { rows } = await database.pool.query<{ server_version: string }>('SHOW server_version');
    const common = { quick: QUICK, pg: { version: rows[0]!.server_version }, eventsPerStream: EVENTS_PER_APPEND * APPENDS_PER_STREAM };
    for (const model of READ_MODELS) {
      if (ONLY !== undefined && !ONLY.has(model.name)) continue;
      await measure(model, store, database.pool, common);
    }
  } finally {
    await drop();
    log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers (as in store.bench.ts).

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
