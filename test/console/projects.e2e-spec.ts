import { Browser } from 'playwright-core';
import { SettableClock } from '@app/workflow';
import { ConsoleRig, openContext, screenshot, seriousAccessibilityViolations, signIn, startConsoleRig } from './console-browser';

const TIMEOUT_MS = 120_000;

/** A PNG's signature and some bytes: evidence the API takes as a photo. */
const SITE_PHOTO = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('碳汇项目现场照片')]);

/**
 * 书记领办项目 in real Chromium: a village official launches a project for the village (its
 * secretary leads it), reports progress with a photo, reaches a milestone, and an inspector gives
 * the year-end grade; the unit lists of the county show it. Every screen checked with axe-core and
 * watched for console errors and requests to other hosts.
 */
describe('书记领办项目 in the web console', () => {
  let rig: ConsoleRig;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    rig = await startConsoleRig(new SettableClock('2026-11-02T02:00:00.000Z'));
    ({ browser, base } = rig);
  }, TIMEOUT_MS);

  afterAll(async () => rig?.close(), TIMEOUT_MS);

  it(
    'a village official launches a project, reports progress with a photo and reaches a milestone; an inspector grades it; the county’s lists show it',
    async () => {
      const official = await openContext(browser, base);
      await signIn(official.page, base, 'official.yucun', '/ui/projects');
      await official.page.getByRole('heading', { name: '书记领办项目' }).waitFor();
      await official.page.getByRole('button', { name: '立项' }).click();
      const launch = official.page.getByRole('dialog', { name: '书记领办项目立项' });
      await launch.getByRole('button', { name: '确定立项' }).click();
      await launch.getByText('请填写项目名称；请填写项目目标；节点 1：请填写节点内容；节点 1：请选择完成时限').waitFor();
      await launch.locator('#plan-year').fill('2026');
      await launch.locator('#plan-title').fill('余村竹林碳汇共富项目');
      await launch.locator('#plan-goal').fill('村集体经营性收入年增 20%');
      await launch.locator('#milestone-title-0').fill('碳汇交易首单落地');
      await launch.locator('#milestone-due-0').fill('2026-11-30');
      await launch.locator('#milestone-due-0').press('Enter');
      await launch.getByRole('button', { name: '添加节点' }).click();
      await launch.locator('#milestone-title-1').fill('年度收益分配到户');
      await launch.locator('#milestone-due-1').fill('2026-12-25');
      await launch.locator('#milestone-due-1').press('Enter');
      await screenshot(official.page, 'project-launch');
      expect(await seriousAccessibilityViolations(official.page)).toEqual([]);
      await launch.getByRole('button', { name: '确定立项' }).click();
      await official.page.waitForURL(/\/ui\/projects\/[0-9a-f-]+$/);
      await official.page.getByRole('heading', { name: '余村竹林碳汇共富项目' }).waitFor();

      await official.page.getByRole('button', { name: '报送推进情况' }).click();
      const report = official.page.getByRole('dialog', { name: '报送推进情况' });
      await report.locator('#project-text').fill('与省碳汇平台签订意向协议');
      await report.locator('#project-evidence').setInputFiles({ name: '签约现场.png', mimeType: 'image/png', buffer: SITE_PHOTO });
      await report.getByText('签约现场.png').waitFor();
      await report.getByRole('button', { name: '确定' }).click();
      await official.page.getByText('第 1 次报送 · 项目整体').waitFor();
      await official.page.getByText('与省碳汇平台签订意向协议').waitFor();

      await official.page.getByRole('button', { name: '节点完成' }).click();
      const complete = official.page.getByRole('dialog', { name: '节点完成' });
      await complete.locator('#project-text').fill('首单交易完成，收益 12 万元');
      await complete.getByRole('button', { name: '确定' }).click();
      await official.page.getByText(/按期完成（/).waitFor();
      await screenshot(official.page, 'project-page');
      expect(await seriousAccessibilityViolations(official.page)).toEqual([]);
      const projectUrl = official.page.url();

      const inspector = await openContext(browser, base);
      await signIn(inspector.page, base, 'inspector.wuxing', new URL(projectUrl).pathname);
      await inspector.page.getByRole('button', { name: '年终评价' }).click();
      const evaluate = inspector.page.getByRole('dialog', { name: '年终评价' });
      await evaluate.getByText('较好', { exact: true }).click();
      await evaluate.locator('#project-text').fill('首单落地，收益分配待完成');
      await evaluate.getByRole('button', { name: '确定' }).click();
      await inspector.page.getByText('年终评价：较好').waitFor();

      const county = await openContext(browser, base);
      await signIn(county.page, base, 'official.anji', '/ui/units?unit=anji');
      await county.page.getByRole('tab', { name: '任务清单' }).click();
      await county.page.locator('.projects').getByRole('link', { name: '余村竹林碳汇共富项目' }).waitFor();
      await county.page.getByText('书记领办项目（推进中 0 个，亮牌 0 个，已评价 1 个）').waitFor();
      expect(await seriousAccessibilityViolations(county.page)).toEqual([]);
      for (const watched of [official, inspector, county]) expect(watched.watch).toEqual({ problems: [], offHost: [] });
      for (const watched of [official, inspector, county]) await watched.context.close();
    },
    TIMEOUT_MS,
  );
});
