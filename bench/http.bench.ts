/**
 * Commands over HTTP: a typical command (催办, POST /cases/:id/urge) through the whole app — auth,
 * idempotency key, the engine (load, decide, combined commit with its timers and inline read
 * models), the answer — against a bare route on the same HTTP server that does one INSERT of the
 * same body and answers, in the same run.
 *
 *   npm run bench:http                  full run
 *   BENCH_QUICK=1 npm run bench:http    short run
 *
 * The app runs in this process on a fresh database on the server of DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres) with the demo data (its year of activity, on a
 * settable clock in the demo's 2026-Q4 rounds), listening on loopback. The bare route is mounted
 * on the same Express instance, ahead of the app's middleware: it reads and parses the JSON body
 * and INSERTs it, with an id, into a table of its own through the app's pool. The load comes from a worker thread (its
 * own event loop, so the callers do not queue behind the server's): BENCH_CONCURRENCY callers
 * (default 8), each sending its next request as soon as the last is answered, with keep-alive
 * connections. Each request urges a different case (round robin over 8 per caller, opened and
 * handed over through the API first) with a fresh Idempotency-Key. Runs alternate bare and app after a warm-up of each;
 * every answer must be a success, or the bench fails.
 *
 * Prints one JSON line: commandsPerSec (eventsPerSec), baselinePerSec (the bare route), ratio,
 * p50/p99 ms per request of each, CPU µs per request of this process (server and load) and of
 * the machine (with the database).
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServerTestDatabase, TestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { configureHttpApp, HTTP_APP_OPTIONS } from '../apps/api/src/http/http-app';
import { compileAppTestModule, testConfig } from '../apps/api/src/testing/app-test-module';
import { listen } from '../test/console/console-browser';
import { alternate, RunStats, Side, summarise, warm } from './alternation';
import { cpuMeter, emit, log, positiveInt, QUICK, redact, SERVER_URL } from './bench-support';

const CONCURRENCY = positiveInt(process.env.BENCH_CONCURRENCY, 8);
const ROUNDS = QUICK ? 2 : 4;
const BARE_TABLE = 'bench_http_bare';

interface LoadPlan {
  readonly url: string;
  /** Per request, in turn: the path and its headers (the body is the same for all). */
  readonly targets: ReadonlyArray<{ path: string; headers: Record<string, string> }>;
  readonly body: string;
  readonly concurrency: number;
  readonly seconds: number;
}

/**
 * The load generator, run in a worker thread: `concurrency` callers send requests until the time
 * is up, each with a fresh Idempotency-Key, and report every latency and every failure.
 */
const LOAD_SCRIPT = `
const { parentPort, workerData } = require('node:worker_threads');
const { randomUUID } = require('node:crypto');
const { performance } = require('node:perf_hooks');
(async () => {
  const { url, targets, body, concurrency, seconds } = workerData;
  const latencies = [];
  const failures = [];
  let next = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < deadline) {
      const target = targets[next++ % targets.length];
      const t0 = performance.now();
      const answer = await fetch(url + target.path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), ...target.headers },
        body,
      });
      const text = await answer.text();
      latencies.push(performance.now() - t0);
      if (!answer.ok && failures.length < 5) failures.push(answer.status + ' ' + text.slice(0, 300));
    }
  }));
  parentPort.postMessage({ latencies, failures });
})().catch((error) => parentPort.postMessage({ latencies: [], failures: [String(error && error.stack || error)] }));
`;

async function runLoad(plan: LoadPlan): Promise<RunStats> {
  const cpu = cpuMeter();
  const start = performance.now();
  const { latencies, failures } = await new Promise<{ latencies: number[]; failures: string[] }>((resolve, reject) => {
    const worker = new Worker(LOAD_SCRIPT, { eval: true, workerData: plan });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const seconds = (performance.now() - start) / 1000;
  if (failures.length > 0) throw new Error(`requests failed:\n${failures.join('\n')}`);
  return { events: latencies.length, ops: latencies.length, seconds, eventsPerSec: latencies.length / seconds, latenciesMs: latencies, cpu: cpu() };
}

async function signIn(base: string, username: string): Promise<string> {
  const answer = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password: 'huzhou-demo' }) });
  if (!answer.ok) throw new Error(`sign-in as ${username}: ${answer.status} ${await answer.text()}`);
  return ((await answer.json()) as { accessToken: string }).accessToken;
}

/** The responsible units of the demo's cases still with their units, as the admin's case board lists them. */
async function unitsWithCases(base: string, token: string): Promise<string[]> {
  const units = new Set<string>();
  for (const status of ['assigned', 'signed', 'in-progress']) {
    const answer = await fetch(`${base}/cases?status=${status}&limit=200`, { headers: { Authorization: `Bearer ${token}` } });
    if (!answer.ok) throw new Error(`case board: ${answer.status} ${await answer.text()}`);
    for (const item of ((await answer.json()) as { items: Array<{ responsibleUnitId: string }> }).items) units.add(item.responsibleUnitId);
  }
  return [...units];
}

/** Opens and hands over (立项, 交办) `count` cases through the API, spread over `units`; their ids. */
async function openCases(base: string, token: string, units: readonly string[], count: number): Promise<string[]> {
  const post = async (path: string, body: unknown): Promise<{ id: string }> => {
    const answer = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify(body),
    });
    if (!answer.ok) throw new Error(`${path}: ${answer.status} ${await answer.text()}`);
    return (await answer.json()) as { id: string };
  };
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { id: caseId } = await post('/cases', {
      title: `基层治理督查问题 ${i + 1}`,
      description: '村务公开栏内容未按季度更新，群众反映办事指南缺失。',
      severity: 'medium',
      responsibleUnitId: units[i % units.length],
      dueWorkingDays: 10,
    });
    await post(`/cases/${encodeURIComponent(caseId)}/assign`, {});
    ids.push(caseId);
  }
  return ids;
}

/**
 * The bare route, mounted ahead of the app's own middleware: the JSON body read and parsed, one
 * INSERT through the app's pool, the row's id back as JSON.
 */
function addBareRoute(app: NestExpressApplication, db: TestDatabase): void {
  app.use('/bench/bare', (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const id = randomUUID();
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
      db.database.pool.query(`INSERT INTO ${BARE_TABLE} (id, body, at) VALUES ($1, $2, now())`, [id, JSON.stringify(body)]).then(
        () => response.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id })),
        (error: unknown) => response.writeHead(500, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: String(error) })),
      );
    });
  });
}

/** The app as the tests and `main.ts` configure it, with the bare route in front. */
async function startApp(db: TestDatabase, clock: SettableClock): Promise<NestExpressApplication> {
  const moduleRef = await compileAppTestModule(db.database, { config: testConfig({ DEMO: 'true', DEMO_ACTIVITY: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' }), clock });
  const app = moduleRef.createNestApplication<NestExpressApplication>({ ...HTTP_APP_OPTIONS, logger: ['error', 'fatal'] });
  addBareRoute(app, db);
  configureHttpApp(app);
  await app.init();
  return app;
}

async function main(): Promise<void> {
  log(`${QUICK ? 'quick' : 'full'} run; server ${redact(SERVER_URL)}; ${CONCURRENCY} callers`);
  const db = await createServerTestDatabase(SERVER_URL);
  let app: NestExpressApplication | undefined;
  try {
    await db.database.pool.query(`CREATE TABLE ${BARE_TABLE} (id uuid PRIMARY KEY, body jsonb NOT NULL, at timestamptz NOT NULL)`);
    const clock = new SettableClock('2026-11-02T02:00:00.000Z');
    app = await startApp(db, clock);
    const base = await listen(app);
    const token = await signIn(base, 'admin');
    const units = await unitsWithCases(base, token);
    if (units.length === 0) throw new Error('the demo has no case with its unit');
    const cases = await openCases(base, token, units, CONCURRENCY * 8);
    log(`urging ${cases.length} cases, opened and handed over to ${units.length} units, in turn`);
    const body = JSON.stringify({ message: '请于本周内反馈整改进展，并上传现场照片。' });
    const plan = (targets: LoadPlan['targets'], seconds: number): LoadPlan => ({ url: base, targets, body, concurrency: CONCURRENCY, seconds });
    const ours: Side = { run: (seconds) => runLoad(plan(cases.map((id) => ({ path: `/cases/${encodeURIComponent(id)}/urge`, headers: { Authorization: `Bearer ${token}` } })), seconds)) };
    const bare: Side = { run: (seconds) => runLoad(plan([{ path: '/bench/bare', headers: {} }], seconds)) };
    const runs = await alternate('command-urge', ROUNDS, bare, ours, () => warm(bare, ours));
    const measurement = summarise('command-urge', runs, { concurrency: CONCURRENCY, command: 'POST /cases/:id/urge', baseline: 'POST /bench/bare (one INSERT)', cases: cases.length });
    emit({ ...measurement, commandsPerSec: measurement.eventsPerSec });
  } finally {
    await app?.close().catch(() => undefined);
    await db.dispose();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
