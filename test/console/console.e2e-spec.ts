import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Browser } from 'playwright-core';
import { primaryTarget, TestDatabase } from '@app/testing';
import { createApiTestApp, testConfig } from '../app/api-test-app';
import { CHROMIUM_PATH, launchChromium, listen, openContext, screenshot, seriousAccessibilityViolations, signIn } from './console-browser';

const DEMO_CASE = 'demo-2026-q4-major-inspection-case-1';
const TIMEOUT_MS = 120_000;

/**
 * The web console in real Chromium against the real app with the demo data: each role signs in
 * and does its job through the screens. Every screen is checked with axe-core (no serious or
 * critical violations), screenshotted (test-artifacts/console), and watched for console errors,
 * failed responses and requests to other hosts.
 */
describe('the web console in Chromium', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install chromium (or set CHROMIUM_PATH)`);
    if (!existsSync(join(process.cwd(), 'dist', 'console', 'index.html'))) throw new Error('The console is not built: npm run build:console');
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', DEMO_ACTIVITY: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' }) });
    base = await listen(app);
    browser = await launchChromium();
  }, TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await db?.dispose();
  }, TIMEOUT_MS);

  it(
    'sends a browser at / to the console, which asks who is there (登录) in Chinese',
    async () => {
      const { context, page, watch } = await openContext(browser, base);
      await page.goto(`${base}/`);
      await page.waitForURL(/\/ui\/login/);
      await page.getByRole('heading', { name: '督查督办工作台' }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByText('请输入用户名和密码。').waitFor();
      await page.locator('#username').fill('official.anji');
      await page.locator('#password').fill('wrong-password');
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByText('用户名或密码不正确，请核对后重新输入。').waitFor();
      await screenshot(page, 'login');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      expect(watch).toEqual({ problems: [], offHost: [] });
      await context.close();
    },
    TIMEOUT_MS,
  );

  it(
    'an official of 安吉县 finds the case waiting on the workbench, reports progress on it, and sees the step on its timeline and its chain',
    async () => {
      const { context, page, watch } = await openContext(browser, base);
      await signIn(page, base, 'official.anji');
      await page.getByRole('heading', { name: '工作台' }).waitFor();
      const waiting = page.locator('.waiting');
      await waiting.getByRole('link', { name: '农村生活污水治理设施运维不到位' }).waitFor();
      await screenshot(page, 'workbench-official');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await waiting.getByRole('link', { name: '农村生活污水治理设施运维不到位' }).click();
      await page.waitForURL(new RegExp(`/ui/cases/${DEMO_CASE}$`));
      await page.getByRole('heading', { name: '办理记录' }).waitFor();
      await page.getByLabel('责任链').getByText('安吉县').waitFor();
      expect(await page.getByRole('button', { name: '签收' }).count()).toBe(0); // signed already: not offered again
      await page.getByRole('button', { name: '报送进展' }).click();
      await page.getByRole('button', { name: '确定报送进展' }).click();
      await page.getByText('请填写办理情况。').waitFor(); // nothing sent without the report
      await page.locator('#action-text').fill('天荒坪镇、溪龙乡已完成终端排查');
      await page.getByRole('button', { name: '确定报送进展' }).click();
      await page.getByText('办理情况：天荒坪镇、溪龙乡已完成终端排查').waitFor();
      await screenshot(page, 'case-official');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      expect(watch).toEqual({ problems: [], offHost: [] });
      await context.close();
    },
    TIMEOUT_MS,
  );

  it(
    'an inspector urges the case from the case page; the official sees the urge on its timeline',
    async () => {
      const { context, page, watch } = await openContext(browser, base);
      await signIn(page, base, 'inspector.wuxing', `/ui/cases/${DEMO_CASE}`);
      await page.getByRole('button', { name: '催办' }).click();
      await page.locator('#action-text').fill('请于本周内报送整改方案');
      await page.getByRole('button', { name: '确定催办' }).click();
      await page.getByText('催办内容：请于本周内报送整改方案').waitFor();
      expect(watch).toEqual({ problems: [], offHost: [] });
      await context.close();
    },
    TIMEOUT_MS,
  );

  it(
    'an official of 南浔区 sees nothing of 安吉县: not on the board, and its case page is refused in words',
    async () => {
      const { context, page, watch } = await openContext(browser, base, { width: 390, height: 844 });
      await signIn(page, base, 'official.nanxun', '/ui/cases');
      await page.getByRole('heading', { name: '督办案件' }).waitFor();
      await page.locator('.board').getByRole('link', { name: '荻港村河道保洁不及时' }).waitFor();
      expect(await page.locator('.board').getByRole('link', { name: '农村生活污水治理设施运维不到位' }).count()).toBe(0);
      await screenshot(page, 'case-board-phone');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await page.goto(`${base}/ui/cases/${DEMO_CASE}`);
      await page.getByText('该事项不在您所在单位及下级单位的管辖范围内。').waitFor();
      expect(watch).toEqual({ problems: [], offHost: [] });
      await context.close();
    },
    TIMEOUT_MS,
  );
});
