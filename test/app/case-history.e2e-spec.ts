import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { primaryTarget, TestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { TimerService } from '@app/workflow-runtime';
import { createApiTestApp, testConfig } from './api-test-app';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * `GET /cases/:id` tells a case's history as a reader needs it: for each step, what it said (the
 * reports, reasons, messages, deadlines and children) and who took it, by name — a person by the
 * display name of the user directory, the system by what it is (the warning timer, the split and
 * child-closing follow-up).
 */
describe('a case’s history over HTTP: what each step said, and who took it, by name', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let timers: TimerService;
  const clock = new SettableClock('2026-03-02T01:00:00.000Z'); // Monday 09:00 in Shanghai
  const tokens: Record<string, string> = {};
  let parentId: string;
  let childId: string;

  const as = (user: string) => ({
    get: (path: string) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[user]}`),
    post: (path: string, body: object = {}) => request(app.getHttpServer()).post(path).set('Authorization', `Bearer ${tokens[user]}`).send(body),
  });

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '100' }), clock });
    timers = app.get(TimerService);
    for (const user of ['admin', 'inspector.wuxing', 'official.anji', 'official.yucun']) {
      const response = await request(app.getHttpServer()).post('/auth/login').send({ username: user, password: 'huzhou-demo' }).expect(200);
      tokens[user] = response.body.accessToken;
    }

    const opened = await as('admin')
      .post('/cases', { title: '天荒坪镇污水终端运维不到位', description: '部分终端设施停运', severity: 'high', responsibleUnitId: 'anji-tianhuangping', dueWorkingDays: 5 })
      .expect(201);
    parentId = opened.body.id;
    await as('admin').post(`/cases/${parentId}/assign`).expect(200); // due Monday 9 March
    await as('official.anji').post(`/cases/${parentId}/sign`).expect(200);
    await as('official.anji').post(`/cases/${parentId}/progress`, { report: '已排查全镇终端设施' }).expect(200);
    await as('official.anji').post(`/cases/${parentId}/request-extension`, { newDueWorkingDays: 8, reason: '设备采购周期长' }).expect(200);
    await as('admin').post(`/cases/${parentId}/deny-extension`, { reason: '理由不充分' }).expect(200);
    await as('inspector.wuxing').post(`/cases/${parentId}/urge`, { message: '请加快整改进度' }).expect(200);
    clock.set('2026-03-05T02:00:00.000Z'); // Thursday: two working days before the due day, blue goes up
    await timers.fireDue();
    const split = await as('official.anji')
      .post(`/cases/${parentId}/split`, { children: [{ unitId: 'anji-tianhuangping-yucun', title: '余村终端设施恢复运行', dueWorkingDays: 1 }] })
      .expect(200);
    childId = split.body.state.children[0].caseId;
    await as('official.yucun').post(`/cases/${childId}/sign`).expect(200);
    await as('official.yucun').post(`/cases/${childId}/progress`, { report: '已更换水泵' }).expect(200);
    await as('official.yucun').post(`/cases/${childId}/submit`, { report: '终端恢复运行' }).expect(200);
    await as('inspector.wuxing').post(`/cases/${childId}/verify`, { comment: '现场核查通过' }).expect(200);
    await as('official.anji').post(`/cases/${parentId}/request-extension`, { newDueWorkingDays: 3, reason: '需复测水质' }).expect(200);
    await as('admin').post(`/cases/${parentId}/approve-extension`, { comment: '同意延期三个工作日' }).expect(200);
    await as('official.anji').post(`/cases/${parentId}/submit`, { report: '全部终端恢复运行' }).expect(200);
    await as('inspector.wuxing').post(`/cases/${parentId}/reject`, { reason: '缺少水质检测报告' }).expect(200);
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it('every step of the parent names who took it and says what it said', async () => {
    const body = (await as('official.anji').get(`/cases/${parentId}`).expect(200)).body;
    const steps = body.history.map((entry: Body) => [entry.type, entry.actor.kind, entry.actor.name, entry.details]);
    expect(steps).toEqual([
      ['CaseOpened', 'user', '市委督查室管理员', expect.objectContaining({ title: '天荒坪镇污水终端运维不到位', description: '部分终端设施停运', severity: 'high' })],
      ['CaseAssigned', 'user', '市委督查室管理员', expect.objectContaining({ dueWorkingDays: 5, dueOn: '2026-03-09' })],
      ['CaseSigned', 'user', '安吉县督查联络员', { unitId: 'anji-tianhuangping' }],
      ['CaseProgressReported', 'user', '安吉县督查联络员', { report: '已排查全镇终端设施', reportNumber: 1 }],
      ['ExtensionRequested', 'user', '安吉县督查联络员', { newDueWorkingDays: 8, reason: '设备采购周期长', currentDueOn: '2026-03-09' }],
      ['ExtensionDenied', 'user', '市委督查室管理员', { newDueWorkingDays: 8, reason: '理由不充分', requestedBy: 'official.anji' }],
      ['CaseUrged', 'user', '督查员（吴兴区）', { message: '请加快整改进度', urgeNumber: 1, urgedUnitId: 'anji-tianhuangping' }],
      ['WarningRaised', 'warning-timer', '系统（红黄牌预警定时器）', expect.objectContaining({ colour: 'blue', reason: 'deadline-near' })],
      [
        'CaseSplit',
        'user',
        '安吉县督查联络员',
        { children: [{ caseId: childId, unitId: 'anji-tianhuangping-yucun', title: '余村终端设施恢复运行', dueWorkingDays: 1 }] },
      ],
      ['ChildCaseClosed', 'case-lineage', '系统（督办上下联动）', { childCaseId: childId }],
      ['ExtensionRequested', 'user', '安吉县督查联络员', { newDueWorkingDays: 3, reason: '需复测水质', currentDueOn: '2026-03-09' }],
      [
        'ExtensionApproved',
        'user',
        '市委督查室管理员',
        expect.objectContaining({ extensionNumber: 1, newDueWorkingDays: 3, previousDueOn: '2026-03-09', dueOn: '2026-03-10', comment: '同意延期三个工作日' }),
      ],
      ['WarningCleared', 'user', '市委督查室管理员', { colour: 'blue', reason: 'extension-approved' }],
      ['CaseSubmitted', 'user', '安吉县督查联络员', { report: '全部终端恢复运行' }],
      ['CaseRejected', 'user', '督查员（吴兴区）', { reason: '缺少水质检测报告', rejectionNumber: 1 }],
    ]);
    expect(body.history[0].actor).toEqual({ id: 'admin', kind: 'user', name: '市委督查室管理员' });
    expect(body.history[7].actor).toEqual({ id: 'system', kind: 'warning-timer', name: '系统（红黄牌预警定时器）' });
    expect(body.history.map((entry: Body) => entry.version)).toEqual(body.history.map((_entry: Body, index: number) => index + 1));
  });

  it('the child’s history names the system that opened and handed it over, and its own official and inspector by name', async () => {
    const body = (await as('official.yucun').get(`/cases/${childId}`).expect(200)).body;
    expect(body.history.map((entry: Body) => [entry.type, entry.actor.kind, entry.actor.name])).toEqual([
      ['CaseOpened', 'case-lineage', '系统（督办上下联动）'],
      ['CaseAssigned', 'case-lineage', '系统（督办上下联动）'],
      ['CaseSigned', 'user', '余村联络员'],
      ['CaseProgressReported', 'user', '余村联络员'],
      ['CaseSubmitted', 'user', '余村联络员'],
      ['CaseClosed', 'user', '督查员（吴兴区）'],
    ]);
    expect(body.history[0].details).toMatchObject({ title: '余村终端设施恢复运行', parentCaseId: parentId });
    expect(body.history.at(-1).details).toEqual({ comment: '现场核查通过', pendingExtensionLapsed: false });
  });
});
