import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { primaryTarget, TestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { createApiTestApp, testConfig } from '../app/api-test-app';

/** Debian's chromium (`apt-get install chromium`); CHROMIUM_PATH names another. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Where the screenshots of each screen are kept (CI keeps the folder as the run's artefacts). */
export const SCREENSHOTS = join(__dirname, '..', '..', 'test-artifacts', 'console');

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}

/** The app listening on a free loopback port; its base URL. */
export async function listen(app: NestExpressApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

/** What a browser suite drives: the real app with the demo data on a database of its own, listening, and Chromium. */
export interface ConsoleRig {
  readonly db: TestDatabase;
  readonly app: NestExpressApplication;
  readonly browser: Browser;
  readonly base: string;
  close(): Promise<void>;
}

/**
 * Starts what a browser suite drives, on `clock` (a fixed instant, so the suite means the same on
 * any day), with `settings` over the demo's; refuses to start without Chromium or the built console.
 */
export async function startConsoleRig(clock: SettableClock, settings: Record<string, string> = {}): Promise<ConsoleRig> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install chromium (or set CHROMIUM_PATH)`);
  if (!existsSync(join(process.cwd(), 'dist', 'console', 'index.html'))) throw new Error('The console is not built: npm run build:console');
  const db = await primaryTarget().create();
  const app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '1000', ...settings }), clock });
  const base = await listen(app);
  const browser = await launchChromium();
  return {
    db,
    app,
    browser,
    base,
    async close() {
      await browser.close();
      await app.close();
      await db.dispose();
    },
  };
}

/** What a page did that it should not: errors in its console, failed requests, requests to other hosts (refused). */
export interface PageWatch {
  readonly problems: string[];
  readonly offHost: string[];
}

/**
 * A browser context as a user at a phone or desk: every request to a host other than the app's
 * is refused and recorded, and console errors, page errors and failed responses are recorded.
 */
export async function openContext(browser: Browser, base: string, viewport = { width: 1366, height: 900 }): Promise<{ context: BrowserContext; page: Page; watch: PageWatch }> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Europe/London', viewport });
  const watch: PageWatch = { problems: [], offHost: [] };
  const origin = new URL(base).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    watch.offHost.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    // Chromium logs every 4xx as a failed load; those are refusals the page shows in words (checked by the tests).
    if (message.type() === 'error' && !/^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) {
      watch.problems.push(`console: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    // A refusal the page shows in words is a 4xx it asked for on purpose; a 5xx never is.
    if (response.status() >= 500) watch.problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  return { context, page, watch };
}

export async function signIn(page: Page, base: string, username: string, path = '/ui/'): Promise<void> {
  await page.goto(`${base}${path}`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('huzhou-demo');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
}

/** Opens a screen from the header menu as a user does: the group's title first, then the screen in it. */
export async function openFromMenu(page: Page, group: string, screen: string): Promise<void> {
  await page.locator('.layout-menu .el-sub-menu__title').filter({ hasText: group }).click();
  await page.getByRole('menuitem', { name: screen }).click();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: Array<{ readonly target: unknown; readonly failureSummary?: string }>;
}

/** axe-core's serious and critical violations on the page as it stands. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  // Judge the page at rest: a fade still running would be measured half transparent.
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
  await page.waitForLoadState('networkidle');
  // A dialog still closing (Element Plus marks it .is-closing until its leave ends) is half gone: its
  // title already unlinked; so is a popper in its leave transition (a date picker's panel after Enter,
  // still role=dialog without a name until Vue removes it).
  await page.waitForFunction(
    () => (globalThis as unknown as { document: { querySelector(selector: string): unknown } }).document.querySelector('.is-closing, [class*="-leave-active"]') === null,
  );
  // Evaluated through the DevTools protocol: the console's CSP (script-src 'self') refuses inline script tags, rightly.
  await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => `${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`).join(', ')}`);
}

/**
 * What a reader on a phone would have to scroll sideways: the page itself when it is wider than the
 * window (`page`), and each table wider than its frame (by class).
 */
export async function sidewaysScrolling(page: Page): Promise<string[]> {
  // Run in the page; this project's TypeScript has no DOM library, hence the narrow shapes.
  interface Box {
    readonly scrollWidth: number;
    readonly clientWidth: number;
    readonly className: string;
    querySelector(selector: string): Box | null;
  }
  return page.evaluate(() => {
    const { document, innerWidth } = globalThis as unknown as { document: { documentElement: Box; querySelectorAll(selector: string): Iterable<Box> }; innerWidth: number };
    return [
      ...(document.documentElement.scrollWidth > innerWidth + 1 ? ['page'] : []),
      ...[...document.querySelectorAll('.el-table')]
        .filter((table) => {
          const frame = table.querySelector('.el-table__body-wrapper .el-scrollbar__wrap');
          return frame !== null && frame.scrollWidth > frame.clientWidth + 1;
        })
        .map((table) => table.className),
    ];
  });
}
