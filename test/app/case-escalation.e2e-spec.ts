import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { ProjectionRuntime } from '@app/projections';
import { primaryTarget, TestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { TimerService } from '@app/workflow-runtime';
import { createApiTestApp, testConfig } from './api-test-app';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * A red escalation makes the unit above accountable too (DESIGN §3, "the superior unit's
 * secretary becomes accountable too"): a case of 余村 goes red and escalates to 天荒坪镇, and 余村
 * stays accountable beside it — in the case, its chain, the case board and the 三张清单 — and
 * 余村's own official still reads and answers the case.
 */
describe('a red escalation keeps the original unit accountable, beside its superior, over HTTP', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let timers: TimerService;
  const clock = new SettableClock('2026-03-02T01:00:00.000Z'); // Monday 09:00 in Shanghai
  const tokens: Record<string, string> = {};
  const YUCUN = 'anji-tianhuangping-yucun';
  const TIANHUANGPING = 'anji-tianhuangping';
  let caseId: string;

  const as = (user: string) => ({
    get: (path: string) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[user]}`),
    post: (path: string, body: object = {}) => request(app.getHttpServer()).post(path).set('Authorization', `Bearer ${tokens[user]}`).send(body),
  });

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '100' }), clock });
    timers = app.get(TimerService);
    for (const user of ['admin', 'official.yucun', 'official.anji']) {
      const response = await request(app.getHttpServer()).post('/auth/login').send({ username: user, password: 'huzhou-demo' }).expect(200);
      tokens[user] = response.body.accessToken;
    }
    const opened = await as('admin')
      .post('/cases', { title: '余村河道保洁不及时', description: '群众反映河道漂浮物清理不及时', severity: 'high', responsibleUnitId: YUCUN, dueWorkingDays: 3 })
      .expect(201);
    caseId = opened.body.id;
    await as('admin').post(`/cases/${caseId}/assign`).expect(200);
    await as('official.yucun').post(`/cases/${caseId}/sign`).expect(200);
    clock.set('2026-03-11T02:00:00.000Z'); // due Thursday 5 March: 4 working days overdue, past the red threshold of 3
    await timers.fireDue();
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it('the case names both units accountable; its chain flags 余村 and 天荒坪镇, whose secretary is accountable too', async () => {
    const found = (await as('official.yucun').get(`/cases/${caseId}`).expect(200)).body;
    expect(found).toMatchObject({ escalationLevel: 1, activeWarnings: ['yellow', 'red'], accountableUnitIds: [YUCUN, TIANHUANGPING] });

    const chain = (await as('official.yucun').get(`/cases/${caseId}/chain`).expect(200)).body;
    expect(chain).toMatchObject({ responsibleUnitId: YUCUN, currentHolderUnitId: TIANHUANGPING, accountableUnitIds: [YUCUN, TIANHUANGPING] });
    expect(chain.levels.map((level: Body) => [level.unitId, level.accountable])).toEqual([
      [YUCUN, true],
      [TIANHUANGPING, true],
      ['anji', false],
      ['huzhou', false],
    ]);
    expect(chain.levels[1].responsible.secretary).toMatchObject({ personId: `person-${TIANHUANGPING}-secretary` });
    expect(chain.levels[0].responsible.secretary).toMatchObject({ personId: `person-${YUCUN}-secretary` });
    const escalated = chain.steps.find((step: Body) => step.type === 'CaseEscalated');
    expect(escalated).toMatchObject({ accountableUnitId: TIANHUANGPING, accountableUnitIds: [YUCUN, TIANHUANGPING] });
  });

  it('the case board finds the case for 余村 and for 天荒坪镇 by the unit accountable, not for 安吉县', async () => {
    const own = (await as('official.yucun').get('/cases').expect(200)).body.items;
    expect(own.map((item: Body) => [item.caseId, item.accountableUnitIds])).toEqual([[caseId, [YUCUN, TIANHUANGPING]]]);
    const accountable = async (unit: string) => (await as('admin').get(`/cases?accountable=${unit}`).expect(200)).body.items.map((item: Body) => item.caseId);
    expect(await accountable(YUCUN)).toEqual([caseId]);
    expect(await accountable(TIANHUANGPING)).toEqual([caseId]);
    expect(await accountable('anji')).toEqual([]);
    expect((await as('official.yucun').get(`/cases?accountable=${TIANHUANGPING}`).expect(200)).body.items.map((item: Body) => item.caseId)).toEqual([caseId]);
  });

  it('the 三张清单 count the case as accountable at 余村 and at 天荒坪镇', async () => {
    const village = (await as('official.yucun').get(`/org-units/${YUCUN}/lists`).expect(200)).body;
    expect(village.responsibilities[0]).toMatchObject({ unitId: YUCUN, openCases: 1, accountableCases: 1 });
    expect(village.problems.items).toEqual([
      expect.objectContaining({ caseId, responsibleUnitId: YUCUN, accountableUnitId: TIANHUANGPING, accountableUnitIds: [YUCUN, TIANHUANGPING] }),
    ]);
    const county = (await as('official.anji').get('/org-units/anji/lists').expect(200)).body;
    const entry = (unitId: string) => county.responsibilities.find((candidate: Body) => candidate.unitId === unitId);
    expect(entry(YUCUN)).toMatchObject({ openCases: 1, accountableCases: 1 });
    expect(entry(TIANHUANGPING)).toMatchObject({ openCases: 0, accountableCases: 1 });
    expect(entry('anji')).toMatchObject({ openCases: 0, accountableCases: 0 });
  });

  it('余村’s own official still answers the escalated case: reports progress, asks for an extension, submits', async () => {
    const progress = await as('official.yucun').post(`/cases/${caseId}/progress`, { report: '已组织保洁队清理河道' }).expect(200);
    expect(progress.body.state).toMatchObject({ status: 'in-progress', escalationLevel: 1 });
    await as('official.yucun').post(`/cases/${caseId}/request-extension`, { newDueWorkingDays: 5, reason: '需清淤设备进场' }).expect(200);
    const submitted = await as('official.yucun').post(`/cases/${caseId}/submit`, { report: '河道已清理，建立长效保洁机制' }).expect(200);
    expect(submitted.body.state).toMatchObject({ status: 'submitted' });
  });

  it('the case board read model rebuilt from the log equals the live one', async () => {
    expect((await app.get(ProjectionRuntime).compareWithLive('case-board')).filter((table) => !table.equal)).toEqual([]);
  });
});
