/**
 * Projection speed: how fast each read model is rebuilt from zero, against reading the same events
 * with a subscription that applies nothing (the floor any rebuild stands on), in the same run; and
 * how long the read models take to answer the questions people ask, at that size.
 *
 *   npm run bench:projections                 full run: about 1,000,000 events
 *   BENCH_QUICK=1 npm run bench:projections   short run: about 100,000 events
 *
 * Runs on the server of DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres): it
 * creates a fresh database `bench_proj_<random>` there, fills its log through the event store with
 * a generated supervision history (bench/supervision-history.ts: org trees with secretaries
 * replaced, tasks, cases with warnings, escalations and splits, scored rounds; and, a little under
 * a fifth of the log, 书记领办项目, duty-review rounds, backward villages, cadre monitoring and
 * village indicator reports over the same org trees), and drops it at the end (also on Ctrl-C).
 * stdout carries one JSON object per measurement and nothing else; progress goes to stderr.
 *
 * Rebuilds. Each read model is registered on its own runtime (inline ones are built from the log
 * as the runtime starts); each timed run is a full `rebuild` (build beside, swap in). Baseline
 * runs read the events of the read model's categories and types through `store.subscribe` with
 * the rebuild's batch size and a handler that does nothing. Runs alternate B O, O B, … and medians
 * are reported; `ratio` is median(rebuild) / median(read only); `eventsPerSec` counts the events
 * the read model takes (its categories), `logEventsPerSec` the whole log over the same time.
 * After the runs the rebuilt tables are checked against the generated history (row counts), so
 * a fast wrong rebuild cannot pass. Target: 50,000 events/s for every read model.
 *
 * Queries. With every read model built, each query runs BENCH_QUERIES times (default 300 full,
 * 100 quick) on random subjects after a warm-up: `query-ranking` (a round's ranking, now),
 * `query-ranking-as-of`, `query-chain` (a case's responsibility chain with per-step people),
 * `query-case-board` (a county's subtree, red warnings), `query-task-board` (a county's subtree),
 * `query-unit-lists` (三张清单 of a county). p50/p99 in ms; target p99 ≤ 5 ms.
 *
 * Optional knobs: BENCH_EVENTS, BENCH_ROUNDS (runs per side, default 3 full and 1 quick),
 * BENCH_QUERIES, BENCH_ONLY=name,name (read models to rebuild), BENCH_KEEP=1 (keep the database,
 * to look at query plans), BENCH_QUERY_DATABASE=<a kept database> (only the queries, against that
 * database as a run with the same BENCH_EVENTS left it: the generated history is the same).
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { createDatabase } from '@app/database';
import { migrateEventStore, PostgresEventStore } from '@app/event-store';
import { ProjectionDefinition, ProjectionRuntime, streamActivityProjection } from '@app/projections';
import {
  backwardVillagesProjection,
  cadresProjection,
  caseBoardProjection,
  caseBoardQuery,
  chainQuery,
  dutyReviewsProjection,
  orgResponsibilityProjection,
  projectBoardProjection,
  rankingProjection,
  rankingQuery,
  taskBoardProjection,
  taskBoardQuery,
  unitListsQuery,
  villageIndicatorsProjection,
  WorkingDayClock,
} from '@app/read-models';
import { loadChinaCalendar } from '@app/workflow';
import {
  cpuMeter,
  cpuPerEvent,
  CpuSpent,
  databaseUrl,
  emit,
  fmt,
  log,
  median,
  percentile,
  positiveInt,
  QUICK,
  redact,
  round,
  SERVER_URL,
  withScratchDatabase,
} from './bench-support';
import { SupervisionHistory, supervisionHistory } from './supervision-history';

const EVENTS = positiveInt(process.env.BENCH_EVENTS, QUICK ? 100_000 : 1_000_000);
const ROUNDS = positiveInt(process.env.BENCH_ROUNDS, QUICK ? 1 : 3);
const QUERIES = positiveInt(process.env.BENCH_QUERIES, QUICK ? 100 : 300);
const REBUILD_TARGET = 50_000;
const QUERY_P99_TARGET_MS = 5;
const APPENDERS = 4;

/** The read models measured: a factory for the definition, and a check of the rebuilt tables against the generated history. */
interface BenchReadModel {
  readonly name: string;
  definition(): ProjectionDefinition;
  check(pool: Pool, history: SupervisionHistory): Promise<void>;
}

async function count(pool: Pool, sql: string): Promise<number> {
  return Number((await pool.query<{ n: string }>(sql)).rows[0]!.n);
}

function expectCount(what: string, actual: number, expected: number): void {
  if (actual !== expected) throw new Error(`${what}: ${actual} rows after the rebuild, expected ${expected}`);
}

const READ_MODELS: readonly BenchReadModel[] = [
  {
    name: 'county-ranking',
    definition: rankingProjection,
    async check(pool, history) {
      // The ranking keeps every round planned, the duty-review ones too.
      expectCount('ranking_rounds', await count(pool, 'SELECT count(*) AS n FROM ranking_rounds'), history.rounds);
      expectCount('ranking_cases', await count(pool, 'SELECT count(*) AS n FROM ranking_cases'), history.caseIds.length);
    },
  },
  {
    name: 'case-board',
    definition: caseBoardProjection,
    async check(pool, history) {
      expectCount('case_board', await count(pool, 'SELECT count(*) AS n FROM case_board'), history.caseIds.length);
      expectCount('case_board_early_events', await count(pool, 'SELECT count(*) AS n FROM case_board_early_events'), 0);
    },
  },
  {
    name: 'task-board',
    definition: taskBoardProjection,
    async check(pool, history) {
      expectCount('task_board', await count(pool, 'SELECT count(*) AS n FROM task_board'), history.taskStreams);
    },
  },
  {
    name: 'org-responsibility',
    definition: orgResponsibilityProjection,
    async check(pool, history) {
      expectCount('org_unit_directory', await count(pool, 'SELECT count(*) AS n FROM org_unit_directory'), history.units);
    },
  },
  {
    name: 'stream-activity',
    definition: () => streamActivityProjection({ name: 'stream-activity', kind: 'async' }),
    async check(pool, history) {
      expectCount('stream_activity_streams', await count(pool, 'SELECT count(*) AS n FROM stream_activity_streams'), history.streams.length);
    },
  },
  {
    name: 'project-board',
    definition: projectBoardProjection,
    async check(pool, { programmes }) {
      expectCount('project_board', await count(pool, 'SELECT count(*) AS n FROM project_board'), programmes.projects);
      expectCount('project_board evaluated', await count(pool, "SELECT count(*) AS n FROM project_board WHERE status = 'evaluated'"), programmes.evaluatedProjects);
      expectCount('project_board_early_events', await count(pool, 'SELECT count(*) AS n FROM project_board_early_events'), 0);
    },
  },
  {
    name: 'duty-reviews',
    definition: dutyReviewsProjection,
    async check(pool, { programmes }) {
      expectCount('duty_reviews', await count(pool, 'SELECT count(*) AS n FROM duty_reviews'), programmes.dutyReviews);
      expectCount('duty_review_ratings', await count(pool, 'SELECT count(*) AS n FROM duty_review_ratings'), programmes.dutyRatings);
      // Every duty-review round is published: planned and published columns both set.
      const rounds = 'SELECT count(*) AS n FROM duty_review_rounds WHERE planned_at IS NOT NULL AND results IS NOT NULL';
      expectCount('duty_review_rounds', await count(pool, rounds), programmes.dutyReviewRounds);
    },
  },
  {
    name: 'backward-villages',
    definition: backwardVillagesProjection,
    async check(pool, { programmes }) {
      expectCount('backward_villages', await count(pool, 'SELECT count(*) AS n FROM backward_villages'), programmes.listings);
      expectCount('backward_villages delisted', await count(pool, "SELECT count(*) AS n FROM backward_villages WHERE status = 'delisted'"), programmes.delistedListings);
      expectCount('backward_villages_early_events', await count(pool, 'SELECT count(*) AS n FROM backward_villages_early_events'), 0);
    },
  },
  {
    name: 'cadre-records',
    definition: cadresProjection,
    async check(pool, { programmes }) {
      expectCount('cadre_records', await count(pool, 'SELECT count(*) AS n FROM cadre_records'), programmes.cadreRecords);
    },
  },
  {
    name: 'village-indicators',
    definition: villageIndicatorsProjection,
    async check(pool, { programmes }) {
      expectCount('village_indicator_reports', await count(pool, 'SELECT count(*) AS n FROM village_indicator_reports'), programmes.indicatorReports);
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
  readonly cpu: CpuSpent;
}

// ---------------------------------------------------------------------------------------------
// The log.

async function fillLog(store: PostgresEventStore, history: SupervisionHistory): Promise<void> {
  let next = 0;
  let appended = 0;
  let reported = 0;
  const started = performance.now();
  const appender = async (): Promise<void> => {
    for (let index = next++; index < history.streams.length; index = next++) {
      const [streamId, events] = history.streams[index]!;
      await store.append(streamId, events, { expectedVersion: 'no-stream' });
      appended += events.length;
      if (appended - reported >= 100_000) {
        reported = appended;
        log(`  ${fmt(appended)} events appended (${fmt(appended / ((performance.now() - started) / 1000))}/s)`);
      }
    }
  };
  await Promise.all(Array.from({ length: APPENDERS }, appender));
}

// ---------------------------------------------------------------------------------------------
// Rebuild runs.

async function rebuildRun(runtime: ProjectionRuntime, name: string): Promise<Run> {
  const cpu = cpuMeter();
  const start = performance.now();
  const report = await runtime.rebuild(name);
  const seconds = (performance.now() - start) / 1000;
  return { events: report.eventsApplied, seconds, eventsPerSec: report.eventsApplied / seconds, cpu: cpu() };
}

async function readOnlyRun(store: PostgresEventStore, definition: ProjectionDefinition, batchSize: number): Promise<Run> {
  let events = 0;
  const cpu = cpuMeter();
  const start = performance.now();
  const subscription = store.subscribe({
    batchSize,
    ...(definition.categories === undefined ? {} : { categories: definition.categories }),
    ...(definition.types === undefined ? {} : { types: definition.types }),
    handle: async (batch) => void (events += batch.events.length),
  });
  await Promise.race([subscription.caughtUp(), subscription.done]);
  const seconds = (performance.now() - start) / 1000;
  await subscription.stop();
  await subscription.done;
  return { events, seconds, eventsPerSec: events / seconds, cpu: cpu() };
}

async function measureRebuild(model: BenchReadModel, store: PostgresEventStore, pool: Pool, history: SupervisionHistory, common: Record<string, unknown>): Promise<void> {
  const definition = model.definition();
  const createStart = performance.now();
  const runtime = await ProjectionRuntime.create({ store, pool, projections: [definition] });
  if (definition.kind === 'inline') log(`${model.name}: built from the log at start-up in ${((performance.now() - createStart) / 1000).toFixed(1)} s`);
  const batchSize = definition.rebuildBatchSize ?? 2000;
  try {
    const runs = { baseline: [] as Run[], ours: [] as Run[] };
    for (let attempt = 0; attempt < ROUNDS; attempt++) {
      const order: Array<'baseline' | 'ours'> = attempt % 2 === 0 ? ['baseline', 'ours'] : ['ours', 'baseline'];
      for (const side of order) {
        const run = side === 'baseline' ? await readOnlyRun(store, definition, batchSize) : await rebuildRun(runtime, definition.name);
        runs[side].push(run);
        log(`rebuild-${model.name} round ${attempt + 1}/${ROUNDS} ${side.padEnd(8)} ${fmt(run.eventsPerSec)} events/s (${fmt(run.events)} events, ${run.seconds.toFixed(1)} s)`);
      }
    }
    const applied = runs.ours[0]!.events;
    if (runs.ours.some((run) => run.events !== applied) || runs.baseline.some((run) => run.events !== applied)) {
      throw new Error(`rebuild-${model.name}: runs saw different numbers of events (${runs.ours.map((r) => r.events)} vs ${runs.baseline.map((r) => r.events)})`);
    }
    await model.check(pool, history);
    const ours = median(runs.ours.map((r) => r.eventsPerSec));
    const base = median(runs.baseline.map((r) => r.eventsPerSec));
    const seconds = median(runs.ours.map((r) => r.seconds));
    emit({
      name: `rebuild-${model.name}`,
      eventsPerSec: round(ours),
      baselinePerSec: round(base),
      ratio: round(ours / base, 3),
      events: applied,
      logEvents: history.events,
      logEventsPerSec: round(history.events / seconds),
      seconds: round(seconds, 2),
      runs: runs.ours.map((r) => round(r.eventsPerSec)),
      baselineRuns: runs.baseline.map((r) => round(r.eventsPerSec)),
      batchSize,
      kind: definition.kind,
      cpuUsPerEvent: cpuPerEvent(runs.ours),
      baselineCpuUsPerEvent: cpuPerEvent(runs.baseline),
      target: REBUILD_TARGET,
      meetsTarget: ours >= REBUILD_TARGET,
      ...common,
    });
  } finally {
    await runtime.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Query latency.

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** What the queries ask about, taken from the generated history: ids and instants, not the history. */
type QuerySubjects = Pick<SupervisionHistory, 'rankedRoundIds' | 'scoringInstants' | 'caseIds' | 'countyIds' | 'events'>;

function querySubjectsOf(history: SupervisionHistory): QuerySubjects {
  const { rankedRoundIds, scoringInstants, caseIds, countyIds, events } = history;
  return { rankedRoundIds, scoringInstants, caseIds, countyIds, events };
}

async function measureQueries(store: PostgresEventStore, pool: Pool, history: QuerySubjects, common: Record<string, unknown>): Promise<void> {
  // The generated history is garbage by now; collected here (npm run gives --expose-gc), not in the middle of the timings.
  (globalThis as { gc?: () => void }).gc?.();
  // 三张清单 also lists the projects a unit's secretary leads (the project board, one of READ_MODELS).
  const runtime = await ProjectionRuntime.create({ store, pool, projections: READ_MODELS.map((model) => model.definition()) });
  try {
    for (const status of await runtime.status()) {
      if (status.kind === 'async' && status.lagEvents > 0) throw new Error(`${status.name} is ${status.lagEvents} events behind; rebuild it first`);
    }
    const db = runtime.reader;
    const clock: WorkingDayClock = { now: new Date('2026-06-01T02:00:00.000Z'), calendar: loadChinaCalendar() };
    const ranking = rankingQuery(runtime);
    const random = seeded(42);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const queries: Array<[name: string, run: () => Promise<unknown>]> = [
      ['query-ranking', () => ranking.rankingOf(pick(history.rankedRoundIds))],
      [
        'query-ranking-as-of',
        () => {
          const roundId = pick(history.rankedRoundIds);
          return ranking.rankingOf(roundId, history.scoringInstants.get(roundId));
        },
      ],
      ['query-chain', () => chainQuery(db, pick(history.caseIds), clock)],
      ['query-case-board', () => caseBoardQuery(db, { within: [pick(history.countyIds)], warning: 'red', limit: 50 }, clock)],
      ['query-task-board', () => taskBoardQuery(db, { within: [pick(history.countyIds)], limit: 50 }, clock.calendar)],
      ['query-unit-lists', () => unitListsQuery(db, pick(history.countyIds), clock)],
    ];
    for (const [name, run] of queries) {
      for (let warm = 0; warm < 10; warm++) await run();
      const latencies: number[] = [];
      const started = performance.now();
      for (let n = 0; n < QUERIES; n++) {
        const start = performance.now();
        const answer = await run();
        latencies.push(performance.now() - start);
        if (answer === undefined) throw new Error(`${name}: no answer for a subject from the history`);
      }
      const p99 = percentile(latencies, 0.99);
      log(`${name}: p50 ${percentile(latencies, 0.5).toFixed(2)} ms, p99 ${p99.toFixed(2)} ms`);
      emit({
        name,
        queriesPerSec: round(QUERIES / ((performance.now() - started) / 1000)),
        p50Ms: round(percentile(latencies, 0.5), 2),
        p99Ms: round(p99, 2),
        maxMs: round(Math.max(...latencies), 2),
        queries: QUERIES,
        logEvents: history.events,
        targetP99Ms: QUERY_P99_TARGET_MS,
        meetsTarget: p99 <= QUERY_P99_TARGET_MS,
        ...common,
      });
    }
  } finally {
    await runtime.close();
  }
}

// ---------------------------------------------------------------------------------------------

/** Only the queries, against a database an earlier run kept (BENCH_KEEP=1) with the same BENCH_EVENTS. */
async function queriesOnly(name: string): Promise<void> {
  const history = querySubjectsOf(supervisionHistory(EVENTS));
  log(`queries only, on ${name} (${fmt(history.events)} events generated to pick subjects from)`);
  const database = await createDatabase({ url: databaseUrl(name), poolSize: 8 });
  try {
    const store = new PostgresEventStore(database.pool);
    const logged = Number((await database.pool.query<{ n: string }>('SELECT count(*) AS n FROM es_events')).rows[0]!.n);
    if (logged !== history.events) throw new Error(`${name} holds ${logged} events, the history ${history.events}: set BENCH_EVENTS as the run that kept it`);
    const { rows } = await database.pool.query<{ server_version: string }>('SHOW server_version');
    await measureQueries(store, database.pool, history, { quick: QUICK, pg: { version: rows[0]!.server_version }, reused: true });
  } finally {
    await database.close();
  }
}

async function main(): Promise<void> {
  const reuse = process.env.BENCH_QUERY_DATABASE;
  if (reuse !== undefined && reuse !== '') return queriesOnly(reuse);
  const name = `bench_proj_${randomBytes(4).toString('hex')}`;
  const started = performance.now();
  try {
    await withScratchDatabase(name, 8, async (database) => {
      await migrateEventStore(database);
      const store = new PostgresEventStore(database.pool);
      const { subjects, common } = await fillAndRebuild(name, store, database.pool);
      if (ONLY === undefined) {
        await database.pool.query('ANALYZE');
        await measureQueries(store, database.pool, subjects, common);
      }
    });
  } finally {
    log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

/**
 * Generates the history, fills the log with it and times the rebuilds. Only the query subjects
 * are handed back: the history itself (some hundreds of MB) is let go before the queries, which
 * a process holding it would otherwise time together with its longer young-generation collections.
 */
async function fillAndRebuild(name: string, store: PostgresEventStore, pool: Pool): Promise<{ subjects: QuerySubjects; common: Record<string, unknown> }> {
  const history = supervisionHistory(EVENTS);
  log(
    `${QUICK ? 'quick' : 'full'} run; server ${redact(SERVER_URL)}; database ${name}; ${fmt(history.events)} events in ${fmt(history.streams.length)} streams ` +
      `(${fmt(history.caseIds.length)} cases, ${fmt(history.taskStreams)} tasks, ${fmt(history.rankedRoundIds.length)} ranked rounds, ` +
      `${fmt(history.programmes.projects)} projects, ${fmt(history.programmes.dutyReviews)} duty reviews, ${fmt(history.programmes.listings)} backward-village listings, ` +
      `${fmt(history.programmes.cadreRecords)} cadre records, ${fmt(history.programmes.indicatorReports)} indicator reports); ${ROUNDS} round(s)`,
  );
  const fillStart = performance.now();
  await fillLog(store, history);
  log(`log filled in ${((performance.now() - fillStart) / 1000).toFixed(1)} s`);
  await pool.query('VACUUM ANALYZE es_events');
  const { rows } = await pool.query<{ server_version: string }>('SHOW server_version');
  const common = { quick: QUICK, pg: { version: rows[0]!.server_version } };
  for (const model of READ_MODELS) {
    if (ONLY !== undefined && !ONLY.has(model.name)) continue;
    await measureRebuild(model, store, pool, history, common);
  }
  return { subjects: querySubjectsOf(history), common };
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
