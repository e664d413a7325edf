import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { ProjectionRuntime } from '@app/projections';
import { primaryTarget, TestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { TimerService } from '@app/workflow-runtime';
import { createApiTestApp, testConfig } from './api-test-app';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The boards, the responsibility chain and the 三张清单 over HTTP, read from the inline read
 * models: a case in 溪龙乡 outlives a change of 安吉县's secretary and escalates to the county,
 * and an official of 南浔区 reads none of 安吉县's rows from any board or list.
 */
describe('boards, chains and lists over HTTP, as the demo users', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let timers: TimerService;
  const clock = new SettableClock('2026-03-02T01:00:00.000Z'); // Monday 09:00 in Shanghai
  const tokens: Record<string, string> = {};

  const as = (user: string) => ({
    get: (path: string) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[user]}`),
    post: (path: string, body: object = {}) => request(app.getHttpServer()).post(path).set('Authorization', `Bearer ${tokens[user]}`).send(body),
  });
  const moveTo = async (instant: string): Promise<void> => {
    clock.set(instant);
    await timers.fireDue();
  };
  const ids = (items: Body[], key: string): string[] => items.map((item) => item[key]).sort();

  let anjiCase: string;
  let nanxunCase: string;
  let anjiTask: string;
  let nanxunTask: string;
  let firstSecretary: Body;

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '100' }), clock });
    timers = app.get(TimerService);
    for (const user of ['admin', 'inspector.wuxing', 'official.anji', 'official.nanxun', 'viewer']) {
      const response = await request(app.getHttpServer()).post('/auth/login').send({ username: user, password: 'huzhou-demo' }).expect(200);
      tokens[user] = response.body.accessToken;
    }
    const round = await as('admin')
      .post('/rounds', {
        kind: 'major-inspection',
        title: '2026年第一季度大督查',
        period: '2026-Q1',
        scopeCountyIds: ['anji', 'nanxun'],
        rubric: { items: [{ code: 'rectification', title: '问题整改', weight: 1, maxScore: 10 }] },
        scoringPolicy: { method: 'mean' },
        window: { opensOn: '2026-03-01', closesOn: '2026-05-31' },
      })
      .expect(201);
    await as('admin').post(`/rounds/${round.body.id}/start`).expect(200);
    const task = (targetUnitId: string) =>
      as('admin').post(`/rounds/${round.body.id}/tasks`, { targetUnitId, inspectorIds: ['inspector.wuxing'], dueWorkingDays: 5 }).expect(201);
    anjiTask = (await task('anji-xilong')).body.id;
    nanxunTask = (await task('nanxun')).body.id;
    await as('inspector.wuxing').post(`/tasks/${nanxunTask}/open`).expect(200);

    const directCase = (responsibleUnitId: string, severity: string, dueWorkingDays: number) =>
      as('admin').post('/cases', { title: `${responsibleUnitId} 整改`, description: '限期整改', severity, responsibleUnitId, dueWorkingDays }).expect(201);
    anjiCase = (await directCase('anji-xilong', 'high', 3)).body.id;
    nanxunCase = (await directCase('nanxun', 'low', 10)).body.id;
    await as('admin').post(`/cases/${anjiCase}/assign`).expect(200);
    await as('admin').post(`/cases/${nanxunCase}/assign`).expect(200);
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it('安吉县 gets a new secretary mid-case; the case goes red and escalates to the county, whose new secretary is accountable from then on, beside 溪龙乡', async () => {
    firstSecretary = (await as('admin').get('/org-units/anji').expect(200)).body.unit.responsible.secretary;
    expect(firstSecretary).toMatchObject({ personId: expect.any(String) });
    await moveTo('2026-03-03T02:00:00.000Z');
    await as('admin')
      .post('/org-units/anji/responsible-people', { role: 'secretary', personId: 'anji-secretary-2026', name: '新任书记', from: '2026-03-03T01:00:00.000Z' })
      .expect(201);
    await moveTo('2026-03-11T02:00:00.000Z'); // 4 working days past Thursday 5 March: red, escalated

    const response = await as('official.anji').get(`/cases/${anjiCase}/chain`).expect(200);
    const chain = response.body;
    expect(chain).toMatchObject({ responsibleUnitId: 'anji-xilong', currentHolderUnitId: 'anji', escalationLevel: 1, overdueWorkingDays: 4 });
    expect(chain.activeWarnings).toContain('red');
    expect(response.headers.etag).toBe(`"${chain.steps.length}"`);
    expect(chain.levels.map((level: Body) => [level.unitId, level.accountable])).toEqual([
      ['anji-xilong', true],
      ['anji', true],
      ['huzhou', false],
    ]);
    expect(chain.levels[1].responsible.secretary).toMatchObject({ personId: 'anji-secretary-2026', name: '新任书记', until: null });
    const step = (type: string) => chain.steps.find((candidate: Body) => candidate.type === type);
    expect(step('CaseOpened').levels[1].responsible.secretary).toMatchObject({ personId: firstSecretary.personId, until: '2026-03-03T01:00:00.000Z' });
    expect(step('CaseAssigned').levels[1].responsible.secretary.personId).toBe(firstSecretary.personId);
    expect(step('CaseEscalated')).toMatchObject({ accountableUnitId: 'anji', escalationLevel: 1 });
    expect(step('CaseEscalated').levels[1].responsible.secretary.personId).toBe('anji-secretary-2026');
    expect(step('CaseOpened')).toMatchObject({ at: '2026-03-02T01:00:00.000Z', accountableUnitId: 'anji-xilong', actorId: expect.any(String) });
  });

  it('the boards read the read models: filters, and cursor pages that end', async () => {
    expect(ids((await as('admin').get('/cases?warning=red').expect(200)).body.items, 'caseId')).toEqual([anjiCase]);
    expect(ids((await as('admin').get('/cases?overdue=true').expect(200)).body.items, 'caseId')).toEqual([anjiCase]);
    expect(ids((await as('admin').get('/cases?overdue=false').expect(200)).body.items, 'caseId')).toEqual([nanxunCase]);
    const first = (await as('admin').get('/cases?limit=1').expect(200)).body;
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await as('admin').get(`/cases?limit=1&cursor=${encodeURIComponent(first.nextCursor)}`).expect(200)).body;
    expect(second.nextCursor).toBeNull();
    expect([first.items[0].caseId, second.items[0].caseId].sort()).toEqual([anjiCase, nanxunCase].sort());
    expect(second.items[0]).toMatchObject({ status: 'assigned', overdueWorkingDays: expect.any(Number), unitChain: expect.any(Array) });

    expect(ids((await as('admin').get('/tasks?status=opened').expect(200)).body.items, 'taskId')).toEqual([nanxunTask]);
    expect(ids((await as('admin').get('/tasks?unit=anji').expect(200)).body.items, 'taskId')).toEqual([anjiTask]);
    expect(ids((await as('admin').get('/tasks?inspector=inspector.wuxing').expect(200)).body.items, 'taskId')).toEqual([anjiTask, nanxunTask].sort());
  });

  it('安吉县’s lists roll its township’s red case and task up to the county, with the people answering for each unit and the inspectors by name', async () => {
    const lists = (await as('official.anji').get('/org-units/anji/lists').expect(200)).body;
    expect(lists.unit).toMatchObject({ unitId: 'anji', kind: 'county' });
    expect(lists.responsibilities[0]).toMatchObject({ unitId: 'anji', depth: 0, accountableCases: 1, responsible: { secretary: { personId: 'anji-secretary-2026' } } });
    expect(lists.responsibilities.find((entry: Body) => entry.unitId === 'anji-xilong')).toMatchObject({ depth: 1, openCases: 1, activeTasks: 1 });
    expect(lists.problems.totals).toMatchObject({ open: 1, bySeverity: { high: 1 }, byWarning: { red: 1 } });
    expect(lists.problems.byUnit.map((unit: Body) => [unit.unitId, unit.open])).toEqual([
      ['anji', 1],
      ['anji-xilong', 1],
    ]);
    expect(lists.problems.items.map((item: Body) => [item.caseId, item.accountableUnitId, item.overdueWorkingDays])).toEqual([[anjiCase, 'anji', 4]]);
    expect(lists.tasks.totals).toEqual({ total: 1, byStatus: { assigned: 1, opened: 0, submitted: 0, closed: 0 } });
    expect(lists.tasks.items.map((task: Body) => task.inspectorIds)).toEqual([['inspector.wuxing']]);
    expect(lists.people).toEqual({ 'inspector.wuxing': '督查员（吴兴区）' }); // the task list's inspectors by name, no call per row

    const city = (await as('viewer').get('/org-units/huzhou/lists').expect(200)).body;
    expect(city.problems.totals.open).toBe(2);
    expect(city.tasks.totals.total).toBe(2);
    expect((await as('admin').get('/org-units/atlantis/lists').expect(404)).body.code).toBe('ORG_UNIT_NOT_FOUND');
  });

  it('an official of 南浔区 gets none of 安吉县’s rows from any board or list', async () => {
    const nanxun = as('official.nanxun');
    expect(ids((await nanxun.get('/cases').expect(200)).body.items, 'caseId')).toEqual([nanxunCase]);
    expect((await nanxun.get('/cases?unit=anji').expect(200)).body.items).toEqual([]);
    expect((await nanxun.get('/cases?warning=red').expect(200)).body.items).toEqual([]);
    expect((await nanxun.get('/cases?overdue=true').expect(200)).body.items).toEqual([]);
    expect(ids((await nanxun.get('/tasks').expect(200)).body.items, 'taskId')).toEqual([nanxunTask]);
    expect((await nanxun.get('/tasks?unit=anji-xilong').expect(200)).body.items).toEqual([]);
    expect((await nanxun.get(`/cases/${anjiCase}/chain`).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    for (const unit of ['anji', 'anji-xilong', 'huzhou']) {
      const refused = await nanxun.get(`/org-units/${unit}/lists`).expect(403);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body.code).toBe('OUT_OF_SCOPE');
    }
    const own = (await nanxun.get('/org-units/nanxun/lists').expect(200)).body;
    expect(own.problems.items.map((item: Body) => item.caseId)).toEqual([nanxunCase]);
    expect(own.tasks.items.map((item: Body) => item.taskId)).toEqual([nanxunTask]);
    expect(JSON.stringify(own)).not.toMatch(/anji|安吉/);

    const anji = as('official.anji');
    expect(ids((await anji.get('/cases').expect(200)).body.items, 'caseId')).toEqual([anjiCase]);
    expect(ids((await anji.get('/tasks').expect(200)).body.items, 'taskId')).toEqual([anjiTask]);
    expect((await anji.get('/org-units/nanxun/lists').expect(403)).body.code).toBe('OUT_OF_SCOPE');
  });

  it('each board read model rebuilt from the log equals the live one', async () => {
    const runtime = app.get(ProjectionRuntime);
    for (const name of ['org-responsibility', 'task-board', 'case-board']) {
      expect((await runtime.compareWithLive(name)).filter((table) => !table.equal)).toEqual([]);
    }
  });
});
