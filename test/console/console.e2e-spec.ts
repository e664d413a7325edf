import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { caseStreamId } from '@app/supervision';
import { SettableClock } from '@app/workflow';
import { verifyExportCommand } from '../../apps/api/src/offline-verification';
import { ConsoleRig, openContext, openFromMenu, screenshot, seriousAccessibilityViolations, sidewaysScrolling, signIn, startConsoleRig } from './console-browser';

const DEMO_CASE = 'demo-2026-q4-major-inspection-case-1';
const TIMEOUT_MS = 120_000;

/**
 * The web console in real Chromium against the real app with the demo data: each role signs in
 * and does its job through the screens. Every screen is checked with axe-core (no serious or
 * critical violations), screenshotted (test-artifacts/console), and watched for console errors,
 * failed responses and requests to other hosts.
 */
/** A PNG's signature and some bytes: evidence the API takes as a photo. */
const SITE_PHOTO = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('终端排查现场照片')]);

describe('the web console in Chromium', () => {
  let rig: ConsoleRig;
  let app: NestExpressApplication;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    // A Monday in the demo's 2026-Q4 rounds, so the suite means the same on any day it runs.
    rig = await startConsoleRig(new SettableClock('2026-11-02T02:00:00.000Z'), { DEMO_ACTIVITY: 'true' });
    ({ app, browser, base } = rig);
  }, TIMEOUT_MS);

  afterAll(async () => rig?.close(), TIMEOUT_MS);

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
      // A photo of the site as evidence: put in as it is chosen, sent by hash with the report.
      await page.locator('#action-evidence').setInputFiles({ name: '终端排查.png', mimeType: 'image/png', buffer: SITE_PHOTO });
      await page.getByRole('dialog').getByText('终端排查.png').waitFor();
      await page.getByRole('button', { name: '确定报送进展' }).click();
      await page.getByText('办理情况：天荒坪镇、溪龙乡已完成终端排查').waitFor();
      const [photo] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /终端排查\.png/ }).click()]);
      expect(photo.suggestedFilename()).toBe('终端排查.png');
      expect(readFileSync(await photo.path()).equals(SITE_PHOTO)).toBe(true);
      await screenshot(page, 'case-official');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      expect(watch).toEqual({ problems: [], offHost: [] });
      await context.close();
    },
    TIMEOUT_MS,
  );

  it(
    'the official of 安吉县 splits the case to 孝丰镇 with the unit picker: the child is opened and handed over at once',
    async () => {
      const { context, page, watch } = await openContext(browser, base);
      await signIn(page, base, 'official.anji', `/ui/cases/${DEMO_CASE}`);
      await page.getByRole('button', { name: '分解', exact: true }).click();
      await page.getByRole('button', { name: '确定分解' }).click();
      await page.getByText(/第 1 个下级案件：请选择单位并填写标题和办理时限/).waitFor();
      await page.getByRole('dialog').locator('.el-select').first().click();
      await page.locator('.el-tree-node__content').filter({ hasText: /^孝丰镇$/ }).click();
      await page.locator('#child-title-0').fill('孝丰镇污水终端运维整改');
      await page.locator('#child-days-0').fill('3');
      await page.getByRole('button', { name: '确定分解' }).click();
      await page.getByText('分解成功').waitFor();
      const child = page.locator('.children').getByRole('link', { name: '孝丰镇污水终端运维整改' });
      await child.waitFor();
      await child.click();
      await page.getByRole('heading', { name: '孝丰镇污水终端运维整改' }).waitFor();
      await page.locator('.case-tags').getByText('已交办').waitFor();
      await page.getByText('（沿用上级案件的描述）').waitFor();
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
    'a case from start to end through the screens: an inspector scores a task and records a finding, an admin opens a case from it, the official signs, reports and submits, the inspector verifies',
    async () => {
      const taskId = await walkSeeCompeteTaskFor('anji', ['inspector.wuxing']);

      const inspector = await openContext(browser, base, { width: 390, height: 844 });
      await signIn(inspector.page, base, 'inspector.wuxing', '/ui/tasks');
      await inspector.page.getByRole('heading', { name: '督查任务' }).waitFor();
      await inspector.page.locator(`a[href="/ui/tasks/${taskId}"]`).waitFor();
      expect(await sidewaysScrolling(inspector.page)).toEqual([]); // the board's secondary columns folded into the first at phone width, the menu scrolling on its own
      await inspector.page.locator(`a[href="/ui/tasks/${taskId}"]`).click();
      await inspector.page.getByRole('button', { name: '开始督查' }).click();
      await inspector.page.getByRole('heading', { name: /评分表/ }).waitFor();
      await inspector.page.getByRole('button', { name: '保存评分' }).waitFor();
      await fillScore(inspector.page, '组织建设得分', '11');
      expect(await inspector.page.getByLabel('组织建设得分').inputValue()).toBe('10.0'); // held to the item's maximum
      await fillScore(inspector.page, '组织建设得分', '9');
      await fillScore(inspector.page, '问题整改得分', '8');
      await inspector.page.getByText('加权得分（已评项）：84').waitFor();
      await inspector.page.getByRole('button', { name: '保存评分' }).click();
      await inspector.page.getByText('评分已保存').waitFor();
      await inspector.page.getByRole('button', { name: '记录问题' }).click();
      await inspector.page.locator('#finding-title').fill('村级河道保洁台账缺失');
      await inspector.page.locator('#finding-description').fill('抽查三个村，河道保洁记录不全');
      await inspector.page.getByRole('button', { name: '确定记录' }).click();
      await inspector.page.getByText('问题已记录').waitFor();
      await inspector.page.getByText('村级河道保洁台账缺失').waitFor();
      await inspector.page.locator('.finding').getByText('督查员（吴兴区）').waitFor(); // who recorded it, by name
      await inspector.page.getByRole('dialog', { name: '记录问题' }).waitFor({ state: 'hidden' });
      expect(await sidewaysScrolling(inspector.page)).toEqual([]); // the score sheet fits a phone
      await screenshot(inspector.page, 'task-inspector-phone');
      expect(await seriousAccessibilityViolations(inspector.page)).toEqual([]);
      await inspector.page.getByRole('button', { name: '提交任务' }).click();
      await inspector.page.getByText('提交任务成功').waitFor();
      await inspector.page.locator('.task-facts').getByText(/^督查员（吴兴区），/).waitFor(); // 提交: who and when
      expect(inspector.watch).toEqual({ problems: [], offHost: [] });

      const admin = await openContext(browser, base);
      await signIn(admin.page, base, 'admin', `/ui/tasks/${taskId}`);
      await admin.page.getByRole('button', { name: '立项督办' }).click();
      await admin.page.getByRole('button', { name: '确定立项' }).click();
      await admin.page.waitForURL(/\/ui\/cases\/[^/]+$/);
      const caseUrl = admin.page.url();
      await admin.page.getByRole('button', { name: '交办' }).click();
      await admin.page.getByRole('button', { name: '确定交办' }).click();
      await admin.page.getByText('交办成功').waitFor();
      await admin.page.getByText('村级河道保洁台账缺失').first().waitFor();
      expect(admin.watch).toEqual({ problems: [], offHost: [] });

      const official = await openContext(browser, base);
      await signIn(official.page, base, 'official.anji', new URL(caseUrl).pathname);
      for (const [button, text] of [
        ['签收', undefined],
        ['报送进展', '已组织各村补齐保洁台账'],
        ['反馈办结', '三个村台账已补齐，建立月度检查制度'],
      ] as const) {
        await official.page.getByRole('button', { name: button, exact: true }).click();
        if (text !== undefined) await official.page.locator('#action-text').fill(text);
        await official.page.getByRole('button', { name: `确定${button}` }).click();
        await official.page.getByText(`${button}成功`).waitFor();
      }
      await official.page.getByText('办理情况：三个村台账已补齐，建立月度检查制度').waitFor();
      expect(official.watch).toEqual({ problems: [], offHost: [] });

      await inspector.page.goto(caseUrl);
      await inspector.page.getByRole('button', { name: '复核通过' }).click();
      await inspector.page.locator('#action-text').fill('整改到位');
      await inspector.page.getByRole('button', { name: '确定复核通过' }).click();
      await inspector.page.getByText('复核通过成功').waitFor();
      await inspector.page.locator('.case-tags').getByText('已办结').waitFor();
      expect(await sidewaysScrolling(inspector.page)).toEqual([]);
      await screenshot(inspector.page, 'case-closed-phone');
      expect(inspector.watch).toEqual({ problems: [], offHost: [] });
      for (const context of [inspector.context, admin.context, official.context]) await context.close();
    },
    TIMEOUT_MS,
  );

  it(
    'a leader reads the ranking of a published 走看赛 round: chart and table with movement, the method and inputs hash, a county’s trend, the Excel download and the 大屏',
    async () => {
      const { context, page, watch } = await openContext(browser, base);
      await signIn(page, base, 'viewer', '/ui/ranking?round=demo-2026-q4-walk-see-compete');
      await page.getByRole('heading', { name: /2026年第四季度走看赛/ }).waitFor();
      await page.getByText(/已发布结果（第 1 版/).waitFor();
      const table = page.locator('.ranking-table');
      await table.getByText('德清县').waitFor();
      const firstRow = await table.locator('tbody tr').first().innerText();
      expect(firstRow).toContain('德清县');
      expect(firstRow).toMatch(/↑1/); // second in the third quarter, first in the fourth
      await page.getByRole('img', { name: /各区县得分柱状图/ }).waitFor();
      await page.getByRole('img', { name: /历轮名次与得分折线图/ }).waitFor();
      await screenshot(page, 'ranking');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Excel' }).click()]);
      expect(download.suggestedFilename()).toBe('区县比看-2026年第四季度走看赛.xlsx');
      const file = await download.path();
      expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK'); // an xlsx is a zip

      await page.getByRole('button', { name: '大屏展示' }).click();
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.locator('.screen-table').getByText('德清县').waitFor();
      await screenshot(page, 'ranking-screen-1920x1080');
      expect(watch).toEqual({ problems: [], offHost: [] });
      await context.close();
    },
    TIMEOUT_MS,
  );

  it(
    'an auditor filters the trail to one case’s record chain, opens a case’s whole record chain, exports the CSV and runs the integrity check, told in words',
    async () => {
      const { context, page, watch } = await openContext(browser, base);
      // A checkpoint signed over the log as it stands (where timers run, the engine issues them on its own).
      const admin = (await request(app.getHttpServer()).post('/auth/login').send({ username: 'admin', password: 'huzhou-demo' }).expect(200)).body.accessToken;
      await request(app.getHttpServer()).post('/audit/checkpoints').set('Authorization', `Bearer ${admin}`).expect(200);
      await signIn(page, base, 'auditor', '/ui/audit');
      await page.getByRole('heading', { name: '审计留痕' }).waitFor();
      await page.getByRole('button', { name: '开始校验' }).click();
      await page.getByText('校验通过：日志完整，未发现篡改').waitFor();
      await page.getByText(/共核对 \d+ 条记录/).waitFor();
      await page.getByText(/由日志重算的默克尔树根与.*签发的检查点（\d+ 条记录）一致/).waitFor();
      const [checkpointFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载最新检查点' }).click()]);
      expect(checkpointFile.suggestedFilename()).toBe('检查点.json');
      const checkpointPath = join(tmpdir(), `console-checkpoint-${process.pid}.json`);
      await checkpointFile.saveAs(checkpointPath);

      await page.locator('#audit-stream').fill(caseStreamId(DEMO_CASE));
      await page.getByRole('button', { name: '查询' }).click();
      const trail = page.locator('.trail');
      await trail.getByText('签收').waitFor();
      await trail.getByText('安吉县督查联络员（official.anji）').first().waitFor();
      expect(await trail.getByText('分派督查任务').count()).toBe(0); // only the case's own record chain
      await screenshot(page, 'audit');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await trail.getByRole('button', { name: caseStreamId(DEMO_CASE) }).first().click();
      await page.getByText('第 1 条 · 立项').waitFor();
      await page.locator('.el-drawer').getByText('督查员（吴兴区）（inspector.wuxing）').first().waitFor();
      await page.keyboard.press('Escape');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
      expect(download.suggestedFilename()).toBe('审计留痕.csv');
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv.split('\n').length).toBeGreaterThan(3);
      expect(csv).toContain(caseStreamId(DEMO_CASE));
      expect(csv).not.toContain('round-demo');
      // The same records for programs, checked offline as an auditor would: the whole trail against the checkpoint.
      await page.locator('#audit-stream').fill('');
      await page.getByRole('button', { name: '查询' }).click();
      const [lines] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 JSON Lines' }).click()]);
      expect(lines.suggestedFilename()).toBe('审计留痕.jsonl');
      const key = JSON.parse(readFileSync(checkpointPath, 'utf8')).verifierKey as string;
      const checked = await verifyExportCommand(['--trail', await lines.path(), '--checkpoint', checkpointPath, '--key', key]);
      expect({ code: checked.code, report: JSON.parse(checked.output) }).toMatchObject({ code: 0, report: { ok: true, checkpoint: { matches: true } } });
      expect(watch).toEqual({ problems: [], offHost: [] });
      await context.close();
    },
    TIMEOUT_MS,
  );

  it(
    'an admin rebuilds the case board from the log on 系统管理 and watches it finish',
    async () => {
      const { context, page, watch } = await openContext(browser, base);
      await signIn(page, base, 'admin', '/ui/admin');
      const row = page.locator('.projections tbody tr').filter({ hasText: '督办案件看板' });
      await row.waitFor();
      await row.getByRole('button', { name: '重建' }).click();
      await page.getByText('已开始重建，期间查询照常').waitFor();
      await row.getByText(/已完成 · 已重放 \d+ 条/).waitFor();
      await screenshot(page, 'admin-projections');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // The admin sees every screen; at 1366 px the header holds them without scrolling sideways.
      const menu = page.locator('.layout-menu');
      expect(await menu.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      expect(await menu.locator('.el-sub-menu__title').allInnerTexts()).toEqual(['督查督办', '比看考评', '强村固基', '系统']);
      await openFromMenu(page, '系统', '用户管理');
      await page.waitForURL(/\/ui\/users$/);
      await screenshot(page, 'admin-menu-group');
      expect(watch).toEqual({ problems: [], offHost: [] });
      await context.close();
    },
    TIMEOUT_MS,
  );

  it(
    'an admin plans a 走看赛 round with its rubric, starts it and assigns a task, the inspector picker showing who is recused and why',
    async () => {
      const { context, page, watch } = await openContext(browser, base);
      await signIn(page, base, 'admin', '/ui/rounds');
      await page.getByRole('button', { name: '新建轮次' }).click();
      await page.getByRole('button', { name: '创建轮次' }).click();
      await page.getByText(/请填写轮次名称；期次格式如 2026-Q3；请选择起止日期；第 1 项：请填写编号和名称/).waitFor();
      await page.locator('#round-title').fill('2026年第四季度走看赛（补充）');
      await page.locator('#round-period').fill('2026-Q4');
      await page.getByPlaceholder('开始').fill('2026-11-01');
      await page.getByPlaceholder('结束').fill('2026-12-31');
      await page.getByPlaceholder('结束').press('Enter');
      await page.getByRole('dialog').locator('.el-select:has([aria-label="督查范围"])').click();
      for (const county of ['德清县', '安吉县']) await page.locator('.el-select-dropdown__item').filter({ hasText: new RegExp(`^${county}$`) }).click();
      await page.getByRole('dialog').getByRole('heading', { name: '新建督查轮次' }).click();
      await page.getByLabel('第 1 项编号').fill('rectification');
      await page.getByLabel('第 1 项名称').fill('问题整改');
      await page.getByRole('button', { name: '添加评分项' }).click();
      await page.getByLabel('第 2 项编号').fill('innovation');
      await page.getByLabel('第 2 项名称').fill('创新亮点');
      await page.getByLabel('第 1 项权重（%）').fill('60');
      await page.getByLabel('第 2 项权重（%）').fill('30');
      await page.getByLabel('第 2 项权重（%）').blur();
      await page.getByText('各项权重合计 90%，应为 100%').waitFor();
      await page.getByLabel('第 2 项权重（%）').fill('40');
      await page.getByLabel('第 2 项权重（%）').blur();
      expect(await page.getByText(/各项权重合计/).count()).toBe(0);
      await screenshot(page, 'round-plan');
      await page.getByRole('button', { name: '创建轮次' }).click();
      await page.waitForURL(/\/ui\/rounds\/[^/]+$/);
      await page.getByRole('heading', { name: '2026年第四季度走看赛（补充）' }).waitFor();
      await page.getByText('创新亮点').waitFor();
      await page.getByRole('button', { name: '启动轮次' }).click();
      await page.getByText('启动轮次成功').waitFor();

      await page.getByRole('button', { name: '分派任务' }).click();
      await page.getByRole('dialog').locator('.el-select:has([aria-label="被督查单位"])').click();
      await page.locator('.el-tree-node__content').filter({ hasText: /^安吉县$/ }).click();
      await page.getByRole('dialog').locator('.el-select:has([aria-label="督查员"])').click();
      const recused = page.locator('.el-select-dropdown__item').filter({ hasText: '督查员（安吉县）（须回避本区县）' });
      await recused.waitFor();
      expect(await recused.getAttribute('class')).toContain('is-disabled');
      await page.locator('.el-select-dropdown__item').filter({ hasText: /^督查员（吴兴区）$/ }).click();
      await page.getByRole('dialog').getByRole('heading', { name: '分派督查任务' }).click();
      await page.getByRole('button', { name: '确定分派' }).click();
      await page.getByText('任务已分派').waitFor();
      await page.locator('.round-tasks').getByRole('link', { name: '安吉县' }).waitFor();
      await screenshot(page, 'round');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      expect(watch).toEqual({ problems: [], offHost: [] });
      await context.close();
    },
    TIMEOUT_MS,
  );

  it(
    'the official of 安吉县 reads the 三张清单 of the county: its units with their people, its open problems, its tasks',
    async () => {
      const { context, page, watch } = await openContext(browser, base);
      await signIn(page, base, 'official.anji', '/ui/units');
      await page.getByText(/安吉县（区县）及下级：在办问题 \d+ 个/).waitFor();
      await page.locator('.responsibilities').getByText('天荒坪镇').waitFor();
      await page.getByRole('tab', { name: '问题清单' }).click();
      await page.locator('.problems').getByRole('link', { name: '农村生活污水治理设施运维不到位' }).waitFor();
      await page.getByRole('tab', { name: '任务清单' }).click();
      await page.locator('.tasks').getByRole('link', { name: '安吉县' }).first().waitFor();
      await page.locator('.tasks').getByText(/督查员（/).first().waitFor(); // inspectors by name
      await screenshot(page, 'unit-lists');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
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
      expect(await sidewaysScrolling(page)).toEqual([]);
      await page.locator('.board').getByText(/荻港村 · /).first().waitFor(); // unit, status and severity under the title
      await screenshot(page, 'case-board-phone');
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await page.goto(`${base}/ui/cases/${DEMO_CASE}`);
      await page.getByText('该事项不在您所在单位及下级单位的管辖范围内。').waitFor();
      expect(watch).toEqual({ problems: [], offHost: [] });
      await context.close();
    },
    TIMEOUT_MS,
  );

  it(
    'an official asks for more time twice; the admin turns the first request down and grants the second; the admin sends the finished work back (复核退回): each with its words on the timeline',
    async () => {
      const admin = await apiAs('admin');
      const caseId = (await admin.post('/cases', { title: '村道破损未及时修复', description: '灵峰街道村道两处破损', severity: 'medium', responsibleUnitId: 'anji', dueWorkingDays: 5 }).expect(201)).body.id as string;
      await admin.post(`/cases/${caseId}/assign`, {}).expect(200);
      await (await apiAs('official.anji')).post(`/cases/${caseId}/sign`, {}).expect(200);
      const page = `/ui/cases/${caseId}`;

      const official = await openContext(browser, base, { width: 390, height: 844 });
      await signIn(official.page, base, 'official.anji', page);
      const askForTime = async (days: string, reason: string): Promise<void> => {
        await official.page.getByRole('button', { name: '申请延期', exact: true }).click();
        await official.page.locator('#extension-days').fill(days);
        await official.page.locator('#action-text').fill(reason);
        await official.page.getByRole('button', { name: '确定申请延期' }).click();
        await official.page.getByText('申请延期成功').waitFor();
      };
      await askForTime('10', '需协调交通部门统一施工');
      await official.page.getByText('10 个工作日，理由：需协调交通部门统一施工').waitFor(); // 待审批延期
      expect(await official.page.getByRole('button', { name: '批准延期' }).count()).toBe(0); // only admins answer

      const office = await openContext(browser, base);
      await signIn(office.page, base, 'admin', page);
      await office.page.getByRole('button', { name: '驳回延期', exact: true }).click();
      await office.page.locator('#action-text').fill('工程量小，按原期限完成');
      await office.page.getByRole('button', { name: '确定驳回延期' }).click();
      await office.page.getByText('驳回延期成功').waitFor();
      await office.page.getByText('理由：工程量小，按原期限完成').waitFor();
      expect(await office.page.getByText('待审批延期').count()).toBe(0);

      await official.page.reload();
      await official.page.getByRole('button', { name: '申请延期', exact: true }).click();
      await official.page.locator('#extension-days').fill('3'); // three working days from today fall before the deadline
      await official.page.locator('#action-text').fill('雨季无法施工');
      await official.page.getByRole('button', { name: '确定申请延期' }).click();
      await official.page.getByText('新的办理时限须晚于现有期限。').waitFor(); // refused in words, the form kept open
      await official.page.getByRole('button', { name: '取消' }).click();
      await askForTime('8', '雨季无法施工，需顺延');
      await office.page.reload();
      await office.page.getByRole('button', { name: '批准延期', exact: true }).click();
      await office.page.locator('#action-text').fill('同意顺延');
      await office.page.getByRole('button', { name: '确定批准延期' }).click();
      await office.page.getByText('批准延期成功').waitFor();
      await office.page.getByText('意见：同意顺延').waitFor();
      await office.page.getByText('办理期限：2026-11-12').first().waitFor(); // eight working days from the approval on Monday 2026-11-02
      await office.page.locator('.case-facts').getByText('2026年11月12日（交办时限 5 个工作日，已延期 1 次）').waitFor();

      const unit = await apiAs('official.anji');
      await unit.post(`/cases/${caseId}/progress`, { report: '已安排施工队' }).expect(200);
      await unit.post(`/cases/${caseId}/submit`, { report: '两处破损已修复' }).expect(200);
      await office.page.reload();
      await office.page.getByRole('button', { name: '复核退回', exact: true }).click();
      await office.page.locator('#action-text').fill('修复质量不达标，请返工');
      await office.page.getByRole('button', { name: '确定复核退回' }).click();
      await office.page.getByText('复核退回成功').waitFor();
      await office.page.getByRole('dialog', { name: '复核退回' }).waitFor({ state: 'hidden' });
      await office.page.locator('.case-tags').getByText('办理中').waitFor();
      await screenshot(office.page, 'case-extension-and-rejection');
      expect(await seriousAccessibilityViolations(office.page)).toEqual([]);

      await official.page.reload();
      await official.page.getByText('理由：修复质量不达标，请返工').waitFor();
      await official.page.getByRole('button', { name: '反馈办结', exact: true }).waitFor(); // the work is theirs again
      expect(await sidewaysScrolling(official.page)).toEqual([]);
      for (const watched of [official, office]) expect(watched.watch).toEqual({ problems: [], offHost: [] });
      for (const watched of [official, office]) await watched.context.close();
    },
    TIMEOUT_MS,
  );

  it(
    'an admin opens an account on 用户管理; its owner sets their own password at first sign-in; the admin disables it and the open session ends at its next step',
    async () => {
      const admin = await openContext(browser, base);
      await signIn(admin.page, base, 'admin', '/ui/users');
      await admin.page.getByRole('heading', { name: '用户管理' }).waitFor();
      await admin.page.locator('.accounts').getByText('official.yucun').waitFor();
      await admin.page.getByRole('button', { name: '开通账号' }).click();
      await admin.page.locator('#new-username').fill('chen.jing');
      await admin.page.locator('#new-display-name').fill('陈静（德清县督查员）');
      await admin.page.getByRole('dialog', { name: '开通账号' }).getByText('督查员', { exact: true }).click();
      await admin.page.locator('#new-password').fill('short');
      await admin.page.getByRole('button', { name: '确定开通' }).click();
      await admin.page.getByText(/密码强度不足/).waitFor(); // refused in words, nothing opened
      await admin.page.locator('#new-password').fill('Deqing-given-2026');
      await admin.page.getByRole('button', { name: '确定开通' }).click();
      await admin.page.getByText('联络员和督查员账号须指定所属单位。').waitFor();
      await admin.page.getByRole('dialog', { name: '开通账号' }).locator('.el-select').first().click();
      await admin.page.keyboard.type('德清');
      await admin.page.locator('.el-tree-node__content').filter({ hasText: /^德清县$/ }).click();
      await admin.page.getByRole('button', { name: '确定开通' }).click();
      await admin.page.getByText('账号 chen.jing 已开通，本人首次登录时须修改密码').waitFor();
      await admin.page.locator('.accounts').getByText('待本人改密码').waitFor();
      await admin.page.getByRole('dialog', { name: '开通账号' }).waitFor({ state: 'hidden' });
      await screenshot(admin.page, 'users');
      expect(await seriousAccessibilityViolations(admin.page)).toEqual([]);

      const owner = await openContext(browser, base, { width: 390, height: 844 });
      await owner.page.goto(`${base}/ui/login`);
      await owner.page.locator('#username').fill('chen.jing');
      await owner.page.locator('#password').fill('Deqing-given-2026');
      await owner.page.getByRole('button', { name: '登录' }).click();
      await owner.page.getByText('密码由管理员设置，请先修改为您自己的密码后再登录。').waitFor();
      await owner.page.locator('#new-password').fill('Chen-own-2026-deqing');
      await owner.page.locator('#confirm-password').fill('Chen-own-2026-deqing');
      await screenshot(owner.page, 'login-password-change-phone');
      expect(await seriousAccessibilityViolations(owner.page)).toEqual([]);
      await owner.page.getByRole('button', { name: '设置新密码并登录' }).click();
      await owner.page.waitForURL((url) => !url.pathname.endsWith('/login'));
      await owner.page.getByText('陈静（德清县督查员）').first().waitFor();

      const row = admin.page.locator('.accounts tbody tr').filter({ hasText: 'chen.jing' });
      await admin.page.reload();
      await row.getByText('启用').waitFor();
      expect(await row.getByText('待本人改密码').count()).toBe(0);
      await row.getByRole('button', { name: '停用' }).click();
      await admin.page.locator('#disable-reason').fill('借调结束');
      await admin.page.getByRole('button', { name: '确定停用' }).click();
      await admin.page.getByText('停用成功').waitFor();
      await row.getByText('已停用').waitFor();

      await openFromMenu(owner.page, '督查督办', '督查任务');
      await owner.page.waitForURL(/\/ui\/login/); // the session ended at once
      await owner.page.locator('#username').fill('chen.jing');
      await owner.page.locator('#password').fill('Chen-own-2026-deqing');
      await owner.page.getByRole('button', { name: '登录' }).click();
      await owner.page.getByText('该账号已停用；如需恢复，请联系管理员。').waitFor();
      for (const watched of [admin, owner]) expect(watched.watch).toEqual({ problems: [], offHost: [] });
      for (const watched of [admin, owner]) await watched.context.close();
    },
    TIMEOUT_MS,
  );

  it(
    'an official sees 交办 and 催办 under 通知 with the unread count, opens one to its case, and marks the rest read; an admin sees how they were sent',
    async () => {
      const admin = await apiAs('admin');
      const opened = await admin
        .post('/cases', { title: '余村垃圾分类设施破损', description: '两处分类亭破损未修复', severity: 'medium', responsibleUnitId: 'anji-tianhuangping-yucun', dueWorkingDays: 5 })
        .expect(201);
      const caseId = opened.body.id as string;
      await admin.post(`/cases/${caseId}/assign`, {}).expect(200);
      await admin.post(`/cases/${caseId}/urge`, { message: '请本周内修复' }).expect(200);

      const official = await openContext(browser, base, { width: 390, height: 844 });
      await signIn(official.page, base, 'official.yucun', '/ui/');
      const badge = official.page.getByRole('link', { name: /^通知，\d+ 条未读$/ });
      await badge.waitFor();
      await badge.click();
      await official.page.getByRole('heading', { name: '通知' }).waitFor();
      const urged = official.page.getByRole('button', { name: /【催办】余村：余村垃圾分类设施破损/ });
      await urged.waitFor();
      await official.page.getByText('案件「余村垃圾分类设施破损」第 1 次催办余村：请本周内修复').waitFor();
      await official.page.getByRole('button', { name: /【交办】余村：余村垃圾分类设施破损/ }).waitFor();
      await screenshot(official.page, 'notifications-phone');
      expect(await seriousAccessibilityViolations(official.page)).toEqual([]);
      expect(await sidewaysScrolling(official.page)).toEqual([]);
      await urged.click();
      await official.page.waitForURL(new RegExp(`/ui/cases/${caseId}$`));
      await official.page.getByText('余村垃圾分类设施破损').first().waitFor();
      await official.page.goBack();
      await official.page.getByRole('button', { name: '全部标为已读' }).click();
      await official.page.getByText(/已将 \d+ 条通知标为已读|没有未读通知/).waitFor();
      await official.page.getByRole('link', { name: '通知', exact: true }).waitFor();

      const watcher = await openContext(browser, base);
      await signIn(watcher.page, base, 'admin', '/ui/notifications');
      await watcher.page.getByRole('tab', { name: '发送状态' }).click();
      await watcher.page.locator('.outbox').getByText('【催办】余村：余村垃圾分类设施破损').first().waitFor();
      await watcher.page.locator('.outbox').getByText('已送达').first().waitFor();
      await screenshot(watcher.page, 'notifications-outbox');
      expect(await seriousAccessibilityViolations(watcher.page)).toEqual([]);
      for (const watched of [official, watcher]) expect(watched.watch).toEqual({ problems: [], offHost: [] });
      for (const watched of [official, watcher]) await watched.context.close();
    },
    TIMEOUT_MS,
  );

  it(
    '述职评议考核: the admin plans it with its panel and submits 安吉县’s duty report with evidence, an inspector of the panel rates it, the 安吉 inspector is shown recused, and the published results mark 安吉县 for follow-up',
    async () => {
      const admin = await apiAs('admin');
      const office = await openContext(browser, base);
      await signIn(office.page, base, 'admin', '/ui/rounds');
      await office.page.getByRole('button', { name: '新建轮次' }).click();
      await office.page.getByRole('radiogroup', { name: '轮次类型' }).getByText('述职评议考核').click();
      expect(await office.page.getByLabel('第 1 项编号').count()).toBe(0); // no rubric: reports are rated on the scale
      await office.page.locator('#round-title').fill('2026年度区县委书记述职评议（控制台）');
      await office.page.locator('#round-period').fill('2026');
      await office.page.getByPlaceholder('开始').fill('2026-11-02');
      await office.page.getByPlaceholder('结束').fill('2026-11-30');
      await office.page.getByPlaceholder('结束').press('Enter');
      await office.page.getByRole('dialog').locator('.el-select:has([aria-label="督查范围"])').click();
      for (const county of ['吴兴区', '安吉县']) await office.page.locator('.el-select-dropdown__item').filter({ hasText: new RegExp(`^${county}$`) }).click();
      await office.page.getByRole('dialog').getByRole('heading', { name: '新建督查轮次' }).click();
      await office.page.getByRole('button', { name: '创建轮次' }).click();
      await office.page.getByText('请选择评议组成员').waitFor();
      await office.page.getByRole('dialog').locator('.el-select:has([aria-label="评议组成员"])').click();
      for (const inspector of ['督查员（吴兴区）', '督查员（安吉县）']) await office.page.locator('.el-select-dropdown__item').filter({ hasText: inspector }).click();
      await office.page.getByRole('dialog').getByRole('heading', { name: '新建督查轮次' }).click();
      await screenshot(office.page, 'duty-review-plan');
      await office.page.getByRole('button', { name: '创建轮次' }).click();
      await office.page.waitForURL(/\/ui\/rounds\/[^/]+$/);
      const roundId = office.page.url().split('/').pop()!;
      await office.page.getByText('“一般”“差”评价占 33.3% 及以上').waitFor();
      await office.page.getByRole('button', { name: '启动轮次' }).click();
      await office.page.getByText('启动轮次成功').waitFor();
      await office.page.getByRole('link', { name: '进入述职评议：各单位述职、评议与结果' }).click();
      await office.page.getByRole('heading', { name: '2026年度区县委书记述职评议（控制台）' }).waitFor();
      await office.page.locator('.duty-reviews').getByText('待述职').first().waitFor();
      await office.page.locator('.duty-reviews').getByRole('link', { name: '安吉县' }).click();
      await office.page.getByRole('heading', { name: '安吉县 · 述职评议' }).waitFor();
      await office.page.getByRole('button', { name: '提交述职报告' }).click();
      await office.page.getByText('请填写述职报告。').waitFor(); // nothing sent without the report
      await office.page.locator('#duty-report-text').fill('2026年度抓基层党建工作述职：履行第一责任人职责情况');
      await office.page.locator('#duty-report-evidence').setInputFiles({ name: '述职现场.png', mimeType: 'image/png', buffer: SITE_PHOTO });
      await office.page.getByText('述职现场.png').waitFor();
      await office.page.getByRole('button', { name: '提交述职报告' }).click();
      await office.page.getByText('述职报告已提交').waitFor();
      await office.page.getByRole('button', { name: /述职现场\.png/ }).waitFor();
      await screenshot(office.page, 'duty-review-report');
      expect(await seriousAccessibilityViolations(office.page)).toEqual([]);

      const inspector = await openContext(browser, base);
      await signIn(inspector.page, base, 'inspector.wuxing', `/ui/rounds/${roundId}/duty-reviews`);
      await inspector.page.locator('.duty-reviews').getByRole('link', { name: '安吉县' }).click();
      await inspector.page.getByRole('heading', { name: '安吉县 · 述职评议' }).waitFor();
      await inspector.page.getByRole('button', { name: '保存评议' }).click();
      await inspector.page.getByText('请选择评议等次并填写评议意见。').waitFor();
      await inspector.page.getByRole('radiogroup', { name: '评议等次' }).getByText('一般', { exact: true }).click();
      await inspector.page.locator('#duty-rating-comment').fill('基层组织建设推进偏慢');
      await inspector.page.getByRole('button', { name: '保存评议' }).click();
      await inspector.page.getByText('评议已保存').waitFor();
      await inspector.page.locator('.duty-ratings').getByText('基层组织建设推进偏慢').waitFor();
      await screenshot(inspector.page, 'duty-review-rating');
      expect(await seriousAccessibilityViolations(inspector.page)).toEqual([]);

      const recused = await openContext(browser, base);
      await signIn(recused.page, base, 'inspector.anji', `/ui/duty-reviews/${roundId}.anji`);
      await recused.page.getByText('您来自该单位所在区县，须回避，不参与对该单位的评议。').waitFor();
      expect(await recused.page.getByRole('button', { name: '保存评议' }).count()).toBe(0);

      for (const step of ['close-scoring', 'publish']) await admin.post(`/rounds/${roundId}/${step}`, {}).expect(200);
      const official = await openContext(browser, base);
      await signIn(official.page, base, 'official.anji', '/ui/');
      await openFromMenu(official.page, '比看考评', '述职评议');
      await official.page.locator('.duty-review-rounds').getByRole('link', { name: '2026年度区县委书记述职评议（控制台）' }).click();
      await official.page.getByText('评议结果（已发布，结果已锁定）').waitFor();
      const results = official.page.locator('.duty-results');
      await results.getByText('好 0 · 较好 0 · 一般 1 · 差 0').waitFor();
      await results.getByText('“一般”“差”评价占比超标').waitFor();
      expect(await results.getByText('吴兴区').count()).toBe(0); // 安吉县's official sees 安吉县 only
      await official.page.getByText(/列入跟踪整改：/).waitFor();
      await screenshot(official.page, 'duty-review-results');
      expect(await seriousAccessibilityViolations(official.page)).toEqual([]);
      for (const watched of [office, inspector, recused, official]) expect(watched.watch).toEqual({ problems: [], offHost: [] });
      for (const watched of [office, inspector, recused, official]) await watched.context.close();
    },
    TIMEOUT_MS,
  );

  /** The API as `username` (signed in with the demo password), for setting up what a test's screens start from. */
  async function apiAs(username: string): Promise<{ post(path: string, body: object): request.Test }> {
    const token = (await request(base).post('/auth/login').send({ username, password: 'huzhou-demo' }).expect(200)).body.accessToken as string;
    return { post: (path, body) => request(base).post(path).set('Authorization', `Bearer ${token}`).send(body) };
  }

  /** A 走看赛 round over 安吉县 planned and started by the admin over the API, and a task for the county: what the admin's screens (to come) would set up. */
  async function walkSeeCompeteTaskFor(countyId: string, inspectorIds: string[]): Promise<string> {
    const token = (await request(base).post('/auth/login').send({ username: 'admin', password: 'huzhou-demo' }).expect(200)).body.accessToken as string;
    const as = (path: string, body: object) => request(base).post(path).set('Authorization', `Bearer ${token}`).send(body);
    const round = await as('/rounds', {
      kind: 'walk-see-compete',
      title: '2026年第四季度走看赛（控制台）',
      period: '2026-Q4',
      scopeCountyIds: [countyId],
      rubric: {
        items: [
          { code: 'org-building', title: '组织建设', weight: 0.4, maxScore: 10 },
          { code: 'rectification', title: '问题整改', weight: 0.6, maxScore: 10 },
        ],
      },
      scoringPolicy: { method: 'mean' },
      window: { opensOn: '2026-10-01', closesOn: '2026-12-31' },
    }).expect(201);
    await as(`/rounds/${round.body.id}/start`, {}).expect(200);
    const task = await as(`/rounds/${round.body.id}/tasks`, { targetUnitId: countyId, inspectorIds, dueWorkingDays: 10 }).expect(201);
    return task.body.id as string;
  }
});

async function fillScore(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByLabel(label);
  await input.fill(value);
  await input.blur();
}
