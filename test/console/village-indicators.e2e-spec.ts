import { Browser } from 'playwright-core';
import { SettableClock } from '@app/workflow';
import { ConsoleRig, openContext, screenshot, seriousAccessibilityViolations, signIn, startConsoleRig } from './console-browser';

const TIMEOUT_MS = 120_000;

/**
 * 村级指标 in real Chromium against the app with the demo data: 安吉县's official reports 余村's
 * year through the form, corrects it with a reason, and the leaders read the city's 大屏. Each
 * screen is checked with axe-core and screenshotted (test-artifacts/console).
 */
describe('village indicators in the web console (Chromium)', () => {
  let rig: ConsoleRig;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    rig = await startConsoleRig(new SettableClock('2026-12-01T02:00:00.000Z'));
    ({ browser, base } = rig);
  }, TIMEOUT_MS);

  afterAll(async () => rig?.close(), TIMEOUT_MS);

  it(
    '安吉县 reports 余村’s year on 村级指标 and corrects it with a reason; the county’s roll-up and the city’s 大屏 show it',
    async () => {
      const { context, page, watch } = await openContext(browser, base);
      await signIn(page, base, 'official.anji', '/ui/indicators?unit=anji-tianhuangping-yucun');
      await page.getByRole('heading', { name: '村级指标' }).waitFor();
      await page.getByText('尚未报送').waitFor();
      await page.getByRole('button', { name: '报送指标' }).click();
      const form = page.getByRole('dialog', { name: '报送村级指标' });
      await form.locator('#indicator-period').fill('2026');
      await form.getByText('先锋示范村', { exact: true }).click();
      await form.locator('#operating-income').fill('520000');
      await form.locator('#total-income').fill('300000');
      await form.locator('#paired-enterprises').fill('安吉示例竹业有限公司\n湖州示例纺织有限公司');
      await form.locator('#first-secretary').fill('胡第一书记');
      await form.getByRole('button', { name: '确定报送' }).click();
      await form.getByText(/指标报送不完整或前后矛盾/).waitFor(); // refused in words: total below operating income
      await form.locator('#total-income').fill('1200000');
      await form.getByRole('button', { name: '确定报送' }).click();
      await page.getByText('2026年指标已报送').waitFor();
      const row = page.locator('.village-periods tbody tr').filter({ hasText: '2026年' }).first();
      await row.getByText('先锋示范村').waitFor();
      await row.getByText('达标', { exact: true }).waitFor();
      await screenshot(page, 'indicators-village');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await row.getByRole('button', { name: '更正' }).click();
      const correction = page.getByRole('dialog', { name: '更正2026年指标' });
      await correction.locator('#operating-income').fill('290000');
      await correction.getByRole('button', { name: '确定更正' }).click();
      await correction.getByText('更正须说明理由。').waitFor();
      await correction.locator('#correction-reason').fill('经营性收入口径调整');
      await correction.getByRole('button', { name: '确定更正' }).click();
      await page.getByText('2026年指标已更正').waitFor();
      await row.getByText('第2版').waitFor();
      await row.getByText('未达标').waitFor();

      await page.goto(`${base}/ui/indicators?unit=anji`);
      const township = page.locator('.indicator-lines tbody tr').filter({ hasText: '天荒坪镇' });
      await township.getByText('1/1').waitFor();
      await township.getByText('100.0%').first().waitFor();
      await screenshot(page, 'indicators-county');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      expect(watch).toEqual({ problems: [], offHost: [] });
      await context.close();

      const leader = await openContext(browser, base, { width: 1920, height: 1080 });
      await signIn(leader.page, base, 'viewer', '/ui/indicators');
      await leader.page.getByRole('button', { name: '大屏展示' }).click();
      await leader.page.waitForURL(/\/ui\/screen\/indicators/);
      await leader.page.getByRole('heading', { name: '村级指标大屏' }).waitFor();
      const anji = leader.page.locator('.card').filter({ hasText: '安吉县' });
      await anji.getByText('先锋示范村 1').waitFor();
      await leader.page.getByText('2026年 · 已报送 1/').waitFor();
      await screenshot(leader.page, 'indicators-screen');
      expect(await seriousAccessibilityViolations(leader.page)).toEqual([]);
      expect(leader.watch).toEqual({ problems: [], offHost: [] });
      await leader.context.close();
    },
    TIMEOUT_MS,
  );
});
