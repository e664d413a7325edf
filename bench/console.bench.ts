/**
 * The web console's weight and speed, in Chromium against the real app:
 *
 *   npm run bench:console
 *
 * - initial JavaScript: every script the first screen (登录) loads, gzipped (target ≤ 350 KB);
 * - the ranking page's first contentful paint, and the time until its table shows the counties;
 * - the case board's time until its first rows show (an official's, the subtree of 安吉县);
 * - the case page's time until its steps can be taken (the action buttons shown, enabled);
 * each against the API answering the same data alone (the page's baseline: fetch + JSON),
 * measured in the same run, twice: on the embedded database with the demo data, and on the
 * PostgreSQL server (DATABASE_URL, else 127.0.0.1:5432) with the demo and BENCH_CASES more cases
 * (100,000 by default; 0 skips the phase) opened and handed over (the case workflow's own events,
 * see seedCases), spread over the units of 湖州市, the read models caught up before measuring. Prints one JSON
 * object per measurement. The console must be built (npm run build:console). Loopback only.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Browser } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { EVENT_STORE, EventStore, EventToAppend } from '@app/event-store';
import { CaseCommand, CaseSeverity, caseSettings, caseStreamId, caseWorkflow } from '@app/supervision';
import { createEmbeddedTestDatabase, createServerTestDatabase, TestDatabase } from '@app/testing';
import { decideByDefinition, SettableClock, WorkingDayCalendar } from '@app/workflow';
import { WORKING_DAY_CALENDAR } from '@app/workflow-runtime';
import { OrgDirectory } from '../apps/api/src/org-units/org-directory';
import { createApiTestApp, testConfig } from '../test/app/api-test-app';
import { launchChromium, listen } from '../test/console/console-browser';
import { positiveInt, redact, SERVER_URL } from './bench-support';

const DIST = join(__dirname, '..', 'dist', 'console');
const RUNS = positiveInt(process.env['BENCH_RUNS'], 5);
const SERVER_CASES = process.env['BENCH_CASES'] === '0' ? 0 : positiveInt(process.env['BENCH_CASES'], 100_000);
const SEEDERS = 4;
const CASE = 'demo-2026-q4-major-inspection-case-1';
const ROUND = 'demo-2026-q4-walk-see-compete';
const TARGET_MS = 1000;
const SEVERITIES: readonly CaseSeverity[] = ['low', 'medium', 'high', 'critical'];

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const print = (measurement: Record<string, unknown>): void => console.log(JSON.stringify(measurement));

interface Running {
  readonly db: TestDatabase;
  readonly app: NestExpressApplication;
  readonly clock: SettableClock;
  readonly base: string;
}

/** The app with the demo (and its activity) on `db`, on a Monday of the demo's 2026-Q4 rounds, listening on loopback. */
async function start(db: TestDatabase): Promise<Running> {
  const clock = new SettableClock('2026-11-02T02:00:00.000Z');
  const app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', DEMO_ACTIVITY: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' }), clock });
  return { db, app, clock, base: await listen(app) };
}

async function stop(running: Running): Promise<void> {
  await running.app.close();
  await running.db.dispose();
}

async function signedIn(base: string, username: string): Promise<{ token: string; session: string }> {
  const answer = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password: 'huzhou-demo' }) });
  const login = (await answer.json()) as { accessToken: string; expiresIn: number; user: unknown };
  return { token: login.accessToken, session: JSON.stringify({ token: login.accessToken, expiresAt: Date.now() + login.expiresIn * 1000, user: login.user }) };
}

/** The initial JavaScript: what the login screen loads, gzipped as served files would be. */
async function initialJavaScript(browser: Browser, base: string): Promise<void> {
  const first = await browser.newPage();
  await first.goto(`${base}/ui/login`, { waitUntil: 'networkidle' });
  const scripts: string[] = await first.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.endsWith('.js')),
  );
  await first.close();
  const gzipped = scripts.reduce((sum, url) => sum + gzipSync(readFileSync(join(DIST, new URL(url).pathname.replace(/^\/ui\//, '')))).length, 0);
  print({ name: 'console-initial-js', scripts: scripts.length, gzippedBytes: gzipped, targetBytes: 350 * 1024, ratio: gzipped / (350 * 1024) });
}

/** The screens' timings on the running app (`setup` names the data behind it), each beside the API alone. */
async function measureScreens(browser: Browser, base: string, setup: string): Promise<void> {
  const { token, session } = await signedIn(base, 'official.anji');
  const context = await browser.newContext({ locale: 'zh-CN' });
  await context.addInitScript(
    (stored: string) => (globalThis as unknown as { sessionStorage: { setItem(key: string, value: string): void } }).sessionStorage.setItem('supervision.session', stored),
    session,
  );
  const page = await context.newPage();
  const api = async (path: string): Promise<number> => {
    const started = performance.now();
    await (await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` } })).json();
    return performance.now() - started;
  };
  // One visit first, so every measured run meets warm caches alike (the browser's, the database's).
  await page.goto(`${base}/ui/ranking?round=${ROUND}`);
  await page.locator('.ranking-table tbody tr').first().waitFor();

  const rankingPaint: number[] = [];
  const rankingTable: number[] = [];
  const rankingApi: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(`${base}/ui/ranking?round=${ROUND}`);
    await page.locator('.ranking-table tbody tr').first().waitFor();
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      shown: performance.now(),
    }));
    rankingPaint.push(timing.paint);
    rankingTable.push(timing.shown);
    rankingApi.push(await api(`/rounds/${ROUND}/ranking`));
  }
  print({ name: 'console-ranking-first-contentful-paint', setup, runs: RUNS, medianMs: median(rankingPaint), targetMs: TARGET_MS });
  print({ name: 'console-ranking-table-shown', setup, runs: RUNS, medianMs: median(rankingTable), apiAloneMs: median(rankingApi), ratio: median(rankingTable) / median(rankingApi) });

  const boardShown: number[] = [];
  const boardApi: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(`${base}/ui/cases`);
    await page.locator('.board tbody tr a').first().waitFor();
    boardShown.push(await page.evaluate(() => performance.now()));
    boardApi.push(await api('/cases?limit=50'));
  }
  print({ name: 'console-case-board-shown', setup, runs: RUNS, medianMs: median(boardShown), apiAloneMs: median(boardApi), ratio: median(boardShown) / median(boardApi), targetMs: TARGET_MS });

  const caseReady: number[] = [];
  const caseApi: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(`${base}/ui/cases/${CASE}`);
    await page.getByRole('button', { name: '报送进展' }).waitFor();
    caseReady.push(await page.evaluate(() => performance.now()));
    caseApi.push((await api(`/cases/${CASE}`)) + (await api(`/cases/${CASE}/chain`)));
  }
  print({ name: 'console-case-page-interactive', setup, runs: RUNS, medianMs: median(caseReady), apiAloneMs: median(caseApi), ratio: median(caseReady) / median(caseApi), targetMs: TARGET_MS });
  await context.close();
}

/** The units of the demo's tree below the city, for cases to be spread over. */
async function unitsBelowCity(base: string, token: string): Promise<string[]> {
  interface Node {
    readonly id: string;
    readonly kind: string;
    readonly children: Node[];
  }
  const tree = (await (await fetch(`${base}/org-units`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { units: Node[] };
  const units: string[] = [];
  const walk = (node: Node): void => {
    if (node.kind !== 'city') units.push(node.id);
    node.children.forEach(walk);
  };
  tree.units.forEach(walk);
  return units;
}

/**
 * `count` cases opened directly by the admin and handed over (交办), spread over the units: the
 * events the case workflow decides for 立项 and 交办 (its own decider, with the app's calendar and
 * settings, stamped as the engine stamps them), appended a hundred cases to a transaction so the
 * inline read models are written with them. The engine is left out only for speed (through the use
 * cases this machine opens about 100 cases a second); it would also schedule their warning timers,
 * which no page reads.
 */
async function seedCases(running: Running, count: number): Promise<void> {
  const { token } = await signedIn(running.base, 'admin');
  const units = await unitsBelowCity(running.base, token);
  const directory = (await running.app.get(OrgDirectory).fresh()).orgTree();
  const store = running.app.get<EventStore>(EVENT_STORE);
  const context = { actor: { userId: 'admin', roles: ['admin'] }, now: running.clock.now(), calendar: running.app.get<WorkingDayCalendar>(WORKING_DAY_CALENDAR), settings: caseSettings() };
  const started = performance.now();
  const casesOf = (first: number, last: number) =>
    Array.from({ length: last - first }, (_, offset) => {
      const n = first + offset;
      const caseId = `bench-${n + 1}`;
      const unitId = units[n % units.length]!;
      const open: CaseCommand = {
        type: 'OpenCase',
        caseId,
        title: `批量督办事项 ${n + 1}`,
        description: '基准测试数据',
        severity: SEVERITIES[n % SEVERITIES.length]!,
        source: { kind: 'direct' },
        responsibleUnitId: unitId,
        unitChain: directory.chain(unitId).map((unit) => unit.id),
        dueWorkingDays: 5 + (n % 20),
      };
      const opened = decideByDefinition(caseWorkflow, caseWorkflow.initialState(), open, context);
      const assigned = decideByDefinition(caseWorkflow, opened.reduce(caseWorkflow.evolve, caseWorkflow.initialState()), { type: 'AssignCase' }, context);
      const stamped = (events: readonly { type: string; data: object }[], commandType: string): EventToAppend[] => {
        const commandId = randomUUID();
        return events.map((event) => ({
          id: randomUUID(),
          type: event.type,
          data: event.data,
          metadata: { actorId: 'admin', commandId, commandType, correlationId: commandId, causationId: commandId, orgUnitId: unitId, workflow: 'case', workflowVersion: caseWorkflow.version },
        }));
      };
      return { streamId: caseStreamId(caseId), events: [...stamped(opened, 'OpenCase'), ...stamped(assigned, 'AssignCase')] };
    });
  const BATCH = 100;
  let next = 0;
  const writer = async (): Promise<void> => {
    for (let first = (next += BATCH) - BATCH; first < count; first = (next += BATCH) - BATCH) {
      const batch = casesOf(first, Math.min(count, first + BATCH));
      await store.transaction(async (transaction) => {
        for (const { streamId, events } of batch) await transaction.append(streamId, events, { expectedVersion: 0 });
      });
      if ((first + BATCH) % 10_000 === 0) console.error(`seeded ${first + BATCH} cases (${Math.round((first + BATCH) / ((performance.now() - started) / 1000))}/s)`);
    }
  };
  await Promise.all(Array.from({ length: SEEDERS }, writer));
  console.error(`seeded ${count} cases in ${Math.round((performance.now() - started) / 1000)} s over ${units.length} units`);
}

/** Waits until every read model has applied the whole log. */
async function readModelsCaughtUp(base: string): Promise<void> {
  const { token } = await signedIn(base, 'admin');
  for (;;) {
    const { items } = (await (await fetch(`${base}/admin/projections`, { headers: { Authorization: `Bearer ${token}` } })).json()) as { items: Array<{ lagEvents: number }> };
    if (items.every((item) => item.lagEvents === 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    const embedded = await start(await createEmbeddedTestDatabase());
    try {
      await initialJavaScript(browser, embedded.base);
      await measureScreens(browser, embedded.base, 'embedded database, demo data');
    } finally {
      await stop(embedded);
    }
    if (SERVER_CASES > 0) {
      const server = await start(await createServerTestDatabase(SERVER_URL));
      try {
        await seedCases(server, SERVER_CASES);
        await readModelsCaughtUp(server.base);
        await measureScreens(browser, server.base, `PostgreSQL server ${redact(SERVER_URL)}, demo data and ${SERVER_CASES} more cases`);
      } finally {
        await stop(server);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
