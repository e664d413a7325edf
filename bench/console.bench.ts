/**
 * The web console's weight and speed, in Chromium against the real app with the demo data on the
 * embedded database:
 *
 *   npm run bench:console
 *
 * - initial JavaScript: every script the first screen (登录) loads, gzipped (target ≤ 350 KB);
 * - the ranking page's first contentful paint, and the time until its table shows the counties;
 * - the case page's time until its steps can be taken (the action buttons shown, enabled);
 * each against the API answering the same data alone (the page's baseline: fetch + JSON),
 * measured in the same run. Prints one JSON object per measurement. The console must be built
 * (npm run build:console). Loopback only.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createEmbeddedTestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { createApiTestApp, testConfig } from '../test/app/api-test-app';
import { launchChromium, listen } from '../test/console/console-browser';

const DIST = join(__dirname, '..', 'dist', 'console');
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const CASE = 'demo-2026-q4-major-inspection-case-1';
const ROUND = 'demo-2026-q4-walk-see-compete';

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const print = (measurement: Record<string, unknown>): void => console.log(JSON.stringify(measurement));

async function main(): Promise<void> {
  const db = await createEmbeddedTestDatabase();
  const app = await createApiTestApp(db.database, {
    config: testConfig({ DEMO: 'true', DEMO_ACTIVITY: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' }),
    clock: new SettableClock('2026-11-02T02:00:00.000Z'),
  });
  const base = await listen(app);
  const browser = await launchChromium();
  try {
    const login = (await (await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'official.anji', password: 'huzhou-demo' }) })).json()) as {
      accessToken: string;
      expiresIn: number;
      user: unknown;
    };
    const session = JSON.stringify({ token: login.accessToken, expiresAt: Date.now() + login.expiresIn * 1000, user: login.user });

    // Initial JavaScript: what the login screen loads.
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

    const context = await browser.newContext({ locale: 'zh-CN' });
    await context.addInitScript(
      (stored: string) => (globalThis as unknown as { sessionStorage: { setItem(key: string, value: string): void } }).sessionStorage.setItem('supervision.session', stored),
      session,
    );
    const page = await context.newPage();
    const api = async (path: string): Promise<number> => {
      const started = performance.now();
      await (await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${login.accessToken}` } })).json();
      return performance.now() - started;
    };

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
    print({ name: 'console-ranking-first-contentful-paint', runs: RUNS, medianMs: median(rankingPaint), targetMs: 1000 });
    print({ name: 'console-ranking-table-shown', runs: RUNS, medianMs: median(rankingTable), apiAloneMs: median(rankingApi), ratio: median(rankingTable) / median(rankingApi) });

    const caseReady: number[] = [];
    const caseApi: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await page.goto(`${base}/ui/cases/${CASE}`);
      await page.getByRole('button', { name: '报送进展' }).waitFor();
      caseReady.push(await page.evaluate(() => performance.now()));
      caseApi.push((await api(`/cases/${CASE}`)) + (await api(`/cases/${CASE}/chain`)));
    }
    print({ name: 'console-case-page-interactive', runs: RUNS, medianMs: median(caseReady), apiAloneMs: median(caseApi), ratio: median(caseReady) / median(caseApi), targetMs: 1000 });
    await context.close();
  } finally {
    await browser.close();
    await app.close();
    await db.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
