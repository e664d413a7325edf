import { NestExpressApplication } from '@nestjs/platform-express';
import request, { Response } from 'supertest';
import { eventually, primaryTarget, TestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { createApiTestApp, testConfig } from './api-test-app';
import { countEvents, PROBLEM_JSON } from './demo-session';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const YUCUN = 'anji-tianhuangping-yucun';
const HUANGDU = 'anji-xilong-huangdu';
const LUJIA = 'anji-dipu-lujia';
const DIGANG = 'nanxun-hefu-digang';
const YUCUN_GRID = 'anji-tianhuangping-yucun-grid-1';

/** A report body: a 先锋示范村 at the 强村 targets with one pairing and a 第一书记, unless overridden. */
const report = (overrides: Body = {}): Body => ({
  period: '2026',
  grade: 'pioneer',
  operatingIncome: 5_210_000,
  totalIncome: 8_000_000,
  pairedEnterprises: ['安吉示例竹业有限公司'],
  firstSecretary: '胡第一书记',
  provinciallyWeak: false,
  gridCount: 3,
  ...overrides,
});

/*
 * Village indicators over HTTP as the demo users: 安吉县 reports its villages (and 南浔区's 荻港村 is
 * reported by the admin), the roll-ups per county and township are read by anyone in scope, a
 * correction replaces a period while an as-of read still shows what was known before it, and bad
 * input and out-of-scope requests are refused with their codes and append nothing. A case is split
 * down to a 全科网格.
 */
describe('village indicators (百村示范、千村晋位, 三年强村, 千企结千村, 第一书记) over HTTP', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  const clock = new SettableClock('2026-12-01T02:00:00.000Z');
  const tokens: Record<string, string> = {};
  const users = ['admin', 'official.anji', 'official.nanxun', 'official.yucun', 'inspector.wuxing', 'viewer'];

  const as = (user: string) => ({
    get: (path: string) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[user]}`),
    post: (path: string, body: object = {}) => request(app.getHttpServer()).post(path).set('Authorization', `Bearer ${tokens[user]}`).send(body),
  });

  function expectProblem(response: Response, status: number, code: string): void {
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
  }

  const child = (summary: Body, unitId: string): Body => summary.children.find((group: Body) => group.unitId === unitId);

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '100' }), clock });
    for (const user of users) {
      const response = await request(app.getHttpServer()).post('/auth/login').send({ username: user, password: 'huzhou-demo' }).expect(200);
      tokens[user] = response.body.accessToken;
    }
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it('the county reports its villages and the admin another county’s: each report is revision 1 of its period', async () => {
    const reported = await as('official.anji').post(`/villages/${YUCUN}/indicators`, report()).expect(201);
    expect(reported.headers.etag).toBe('"1"');
    expect(reported.body).toMatchObject({ id: YUCUN, version: 1, events: [{ type: 'VillageIndicatorsReported' }] });
    await as('official.anji').post(`/villages/${HUANGDU}/indicators`, report({ grade: 'advanced', operatingIncome: 280_000, totalIncome: 1_500_000, pairedEnterprises: [] })).expect(201);
    await as('official.anji')
      .post(`/villages/${LUJIA}/indicators`, report({ grade: 'qualified', operatingIncome: 400_000, totalIncome: 1_200_000, firstSecretary: undefined, provinciallyWeak: true, gridCount: 2 }))
      .expect(201);
    await as('admin').post(`/villages/${DIGANG}/indicators`, report({ period: '2025', grade: 'advanced', operatingIncome: 100_000, totalIncome: 300_000 })).expect(201);
    await as('admin').post(`/villages/${DIGANG}/indicators`, report({ grade: 'pioneer' })).expect(201);
  });

  it('the city’s 大屏 figures: per county, 先锋示范村 and 强村 shares, pairings, 第一书记 coverage and grids', async () => {
    const summary = (await as('viewer').get('/indicators/summary').expect(200)).body;
    expect(summary).toMatchObject({ unitId: 'huzhou', period: '2026', periods: ['2025', '2026'] });
    expect(summary.total).toMatchObject({ reported: 4, grades: { pioneer: 2, advanced: 1, qualified: 1, backward: 0 }, pioneerShare: 0.5, strong: 3, strongShare: 0.75 });
    expect(summary.children.map((group: Body) => group.name)).toEqual(['吴兴区', '南浔区', '德清县', '长兴县', '安吉县']);
    expect(child(summary, 'anji').figures).toMatchObject({
      villages: 3,
      reported: 3,
      grades: { pioneer: 1, advanced: 1, qualified: 1, backward: 0 },
      pioneerShare: 0.3333,
      strong: 2,
      strongShare: 0.6667,
      operatingIncome: 5_890_000,
      totalIncome: 10_700_000,
      pairings: 2,
      pairedVillages: 2,
      weakVillages: 1,
      weakVillagesPaired: 1,
      withFirstSecretary: 2,
      firstSecretaryShare: 0.6667,
      grids: 8,
    });
    expect(child(summary, 'wuxing').figures).toMatchObject({ villages: 1, reported: 0, pioneerShare: null });
    const county = (await as('official.anji').get('/indicators/summary').expect(200)).body;
    expect(county.unitId).toBe('anji');
    expect(child(county, 'anji-tianhuangping').figures).toMatchObject({ reported: 1, strong: 1 });
    const trend = (await as('viewer').get('/indicators/trend?unitId=nanxun').expect(200)).body;
    expect(trend.points.map((point: Body) => [point.period, point.figures.grades.pioneer, point.figures.strong])).toEqual([
      ['2025', 0, 0],
      ['2026', 1, 1],
    ]);
  });

  it('a correction replaces the period with a reason; as of before it, the report reads as it was', async () => {
    const before = clock.now().toISOString();
    clock.set('2026-12-10T02:00:00.000Z');
    const corrected = await as('official.anji')
      .post(`/villages/${YUCUN}/indicators/corrections`, { ...report({ operatingIncome: 290_000 }), reason: '经营性收入口径调整' })
      .expect(200);
    expect(corrected.body).toMatchObject({ version: 2, events: [{ type: 'VillageIndicatorsCorrected' }] });
    const history = (await as('official.yucun').get(`/villages/${YUCUN}/indicators`).expect(200)).body;
    expect(history).toMatchObject({ unitId: YUCUN, name: '余村' });
    expect(history.periods).toHaveLength(1);
    expect(history.periods[0]).toMatchObject({
      period: '2026',
      current: { revision: 2, operatingIncome: 290_000, strong: false, reason: '经营性收入口径调整', recordedBy: 'official.anji' },
      earlier: [{ revision: 1, operatingIncome: 5_210_000, strong: true, reason: null }],
    });
    const asItWas = (await as('official.anji').get(`/villages/${YUCUN}/indicators?asOf=${before}`).expect(200)).body;
    expect(asItWas.periods[0]).toMatchObject({ current: { revision: 1 }, earlier: [] });
    const now = (await as('viewer').get('/indicators/summary?unitId=anji&period=2026').expect(200)).body;
    const then = (await as('viewer').get(`/indicators/summary?unitId=anji&period=2026&asOf=${before}`).expect(200)).body;
    expect([now.total.strong, then.total.strong]).toEqual([1, 2]);
    const beforeAnything = (await as('viewer').get('/indicators/summary?asOf=2026-01-01T00:00:00Z').expect(200)).body;
    expect(beforeAnything).toMatchObject({ period: null, periods: [], total: { reported: 0 } });
  });

  it('refuses bad input with its code and appends nothing', async () => {
    const events = await countEvents(db.database.pool);
    expectProblem(await as('admin').post(`/villages/${YUCUN}/indicators`, report({ grade: 'gold' })), 400, 'VALIDATION_FAILED');
    expectProblem(await as('admin').post(`/villages/${YUCUN}/indicators`, report({ period: '2026-Q5' })), 400, 'VALIDATION_FAILED');
    expectProblem(await as('admin').post(`/villages/${YUCUN}/indicators`, report({ operatingIncome: -1 })), 400, 'VALIDATION_FAILED');
    expectProblem(await as('admin').post(`/villages/${YUCUN}/indicators`, report({ firstSecretary: null })), 400, 'VALIDATION_FAILED');
    const inconsistent = await as('admin').post(`/villages/${YUCUN}/indicators`, report({ period: '2027', operatingIncome: 900_000, totalIncome: 800_000 }));
    expectProblem(inconsistent, 400, 'INVALID_INDICATOR_REPORT');
    expect(inconsistent.body.details?.problems ?? inconsistent.body.problems).toBeDefined();
    expectProblem(await as('admin').post(`/villages/${YUCUN}/indicators`, report()), 409, 'INDICATOR_PERIOD_ALREADY_REPORTED');
    expectProblem(await as('admin').post(`/villages/${YUCUN}/indicators/corrections`, { ...report({ period: '2024' }), reason: '补报' }), 404, 'INDICATOR_PERIOD_NOT_REPORTED');
    expectProblem(await as('admin').post(`/villages/${YUCUN}/indicators/corrections`, report()), 400, 'VALIDATION_FAILED');
    expectProblem(await as('admin').post('/villages/anji-tianhuangping/indicators', report()), 409, 'NOT_A_VILLAGE');
    expectProblem(await as('admin').post('/villages/nowhere/indicators', report()), 404, 'ORG_UNIT_NOT_FOUND');
    expectProblem(await as('viewer').get('/indicators/summary?period=2026-13'), 400, 'VALIDATION_FAILED');
    expectProblem(await as('viewer').get('/indicators/trend?asOf=yesterday'), 400, 'VALIDATION_FAILED');
    expectProblem(await as('viewer').get('/indicators/summary?unitId=nowhere'), 404, 'ORG_UNIT_NOT_FOUND');
    expectProblem(await as('viewer').get('/villages/anji/indicators'), 409, 'NOT_A_VILLAGE');
    expect(await countEvents(db.database.pool)).toBe(events);
  });

  it('keeps to the org scope: reported from above the village, read within one’s own subtree', async () => {
    expectProblem(await as('official.yucun').post(`/villages/${YUCUN}/indicators`, report({ period: '2027' })), 403, 'INDICATORS_REPORTED_FROM_ABOVE');
    expectProblem(await as('official.nanxun').post(`/villages/${YUCUN}/indicators`, report({ period: '2027' })), 403, 'OUT_OF_SCOPE');
    expectProblem(await as('inspector.wuxing').post(`/villages/${YUCUN}/indicators`, report({ period: '2027' })), 403, 'ROLE_FORBIDDEN');
    expectProblem(await as('official.nanxun').get(`/villages/${YUCUN}/indicators`), 403, 'OUT_OF_SCOPE');
    expectProblem(await as('official.nanxun').get('/indicators/summary?unitId=anji'), 403, 'OUT_OF_SCOPE');
    expectProblem(await as('official.nanxun').get('/indicators/trend?unitId=huzhou'), 403, 'OUT_OF_SCOPE');
    const own = (await as('official.nanxun').get('/indicators/summary').expect(200)).body;
    expect(own).toMatchObject({ unitId: 'nanxun', total: { reported: 1 } });
  });

  it('a 全科网格 has its 网格党支部 secretary and its 网格员; a 网格员 is a grid’s only', async () => {
    const from = '2026-01-01T00:00:00Z';
    await as('admin').post(`/org-units/${YUCUN_GRID}/responsible-people`, { role: 'secretary', personId: 'p-hu', name: '胡支书', from }).expect(201);
    await as('admin').post(`/org-units/${YUCUN_GRID}/responsible-people`, { role: 'grid-worker', personId: 'p-qian', name: '钱网格员', from }).expect(201);
    const grid = await eventually(async () => {
      const body = (await as('official.yucun').get(`/org-units/${YUCUN_GRID}`).expect(200)).body;
      expect(body.unit.responsible['grid-worker']).toBeDefined();
      return body;
    });
    expect(grid.unit).toMatchObject({ kind: 'grid', responsible: { secretary: { name: '胡支书' }, 'grid-worker': { name: '钱网格员' } } });
    expectProblem(await as('admin').post(`/org-units/${YUCUN}/responsible-people`, { role: 'grid-worker', personId: 'p-sun', name: '孙网格员', from }), 409, 'ROLE_NOT_HELD_AT_UNIT');
  });

  it('a case is split down to a 全科网格 under its village', async () => {
    const opened = await as('admin')
      .post('/cases', { title: '余村垃圾分类整改', description: '垃圾分类设施不足', severity: 'medium', responsibleUnitId: YUCUN, dueWorkingDays: 20 })
      .expect(201);
    const caseId = opened.body.id;
    await as('admin').post(`/cases/${caseId}/assign`).expect(200);
    await as('official.yucun').post(`/cases/${caseId}/sign`).expect(200);
    const split = await as('official.yucun').post(`/cases/${caseId}/split`, { children: [{ unitId: YUCUN_GRID, title: '第一网格垃圾分类整改', dueWorkingDays: 10 }] }).expect(200);
    const childId = split.body.state.children[0].caseId;
    const gridCase = await eventually(async () => (await as('official.yucun').get(`/cases/${childId}`).expect(200)).body);
    expect(gridCase).toMatchObject({ responsibleUnitId: YUCUN_GRID, parentCaseId: caseId });
    expect(gridCase.unitChain).toEqual([YUCUN_GRID, YUCUN, 'anji-tianhuangping', 'anji', 'huzhou']);
  });
});
