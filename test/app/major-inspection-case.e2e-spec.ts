import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { primaryTarget, TestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { TimerService } from '@app/workflow-runtime';
import { createApiTestApp, testConfig } from './api-test-app';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * A 大督查 round as the demo users see it over HTTP: a finding becomes a case, the case is split
 * to two townships, one child gets an extension, time moves on, the other child goes yellow then
 * red and escalates to the county, both children are closed, and the parent is verified and closed.
 * Time is a settable clock; the durable timers are fired by the real timer service.
 */
describe('a 大督查 case over HTTP, as the demo users', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let timers: TimerService;
  const clock = new SettableClock('2026-03-02T01:00:00.000Z'); // Monday 09:00 in Shanghai
  const tokens: Record<string, string> = {};

  const as = (user: string) => ({
    get: (path: string) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[user]}`),
    post: (path: string, body: object = {}, headers: Record<string, string> = {}) =>
      request(app.getHttpServer()).post(path).set('Authorization', `Bearer ${tokens[user]}`).set(headers).send(body),
  });
  const eventCount = async (): Promise<number> => Number((await db.database.pool.query('SELECT count(*) AS n FROM es_events')).rows[0].n);
  const moveTo = async (instant: string): Promise<void> => {
    clock.set(instant);
    await timers.fireDue();
  };

  let taskId: string;
  let findingId: string;
  let parentId: string;
  let childA: string; // 天荒坪镇, gets an extension
  let childB: string; // 溪龙乡, left to run late

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '100' }), clock });
    timers = app.get(TimerService);
    for (const user of ['admin', 'inspector.wuxing', 'inspector.anji', 'official.anji', 'official.nanxun', 'viewer']) {
      const response = await request(app.getHttpServer()).post('/auth/login').send({ username: user, password: 'huzhou-demo' }).expect(200);
      tokens[user] = response.body.accessToken;
    }

    const round = await as('admin')
      .post('/rounds', {
        kind: 'major-inspection',
        title: '2026年第一季度大督查',
        period: '2026-Q1',
        scopeCountyIds: ['anji'],
        rubric: { items: [{ code: 'rectification', title: '问题整改', weight: 1, maxScore: 10 }] },
        scoringPolicy: { method: 'mean' },
        window: { opensOn: '2026-03-01', closesOn: '2026-05-31' },
      })
      .expect(201);
    await as('admin').post(`/rounds/${round.body.id}/start`).expect(200);
    const task = await as('admin')
      .post(`/rounds/${round.body.id}/tasks`, { targetUnitId: 'anji', inspectorIds: ['inspector.wuxing'], dueWorkingDays: 5 })
      .expect(201);
    taskId = task.body.id;
    await as('inspector.wuxing').post(`/tasks/${taskId}/open`).expect(200);
    const finding = await as('inspector.wuxing')
      .post(`/tasks/${taskId}/findings`, { title: '农村生活污水治理设施运维不到位', description: '部分终端设施停运', severity: 'high', unitId: 'anji' })
      .expect(200);
    findingId = finding.body.state.findings[0].findingId;
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it('an inspector assigned to the task opens a case from the finding, and hands it to 安吉县', async () => {
    const opened = await as('inspector.wuxing').post('/cases', { finding: { taskId, findingId }, dueWorkingDays: 10 }).expect(201);
    parentId = opened.body.id;
    expect(opened.body.state).toMatchObject({
      status: 'registered',
      title: '农村生活污水治理设施运维不到位',
      severity: 'high',
      responsibleUnitId: 'anji',
      unitChain: ['anji', 'huzhou'],
      source: { kind: 'finding', taskId, findingId },
    });
    const assigned = await as('inspector.wuxing').post(`/cases/${parentId}/assign`).expect(200);
    expect(assigned.body.state).toMatchObject({ status: 'assigned', deadline: { dueOn: '2026-03-16' } });
    expect(assigned.headers.etag).toBe('"2"');
  });

  it('the same finding cannot become a second case', async () => {
    const again = await as('admin').post('/cases', { finding: { taskId, findingId }, dueWorkingDays: 3 }).expect(409);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(again.body.code).toBe('CASE_ALREADY_OPENED');
  });

  it('the county signs, reports progress and splits the case to two townships, whose cases are opened and handed over at once', async () => {
    await as('official.anji').post(`/cases/${parentId}/sign`).expect(200);
    await as('official.anji').post(`/cases/${parentId}/progress`, { report: '已召开专题会议，部署整改' }).expect(200);
    const split = await as('official.anji')
      .post(`/cases/${parentId}/split`, {
        children: [
          { unitId: 'anji-tianhuangping', title: '天荒坪镇污水终端运维整改', dueWorkingDays: 5 },
          { unitId: 'anji-xilong', title: '溪龙乡污水终端运维整改', dueWorkingDays: 4 },
        ],
      })
      .expect(200);
    [childA, childB] = split.body.state.children.map((child: Body) => child.caseId);

    const a = await as('official.anji').get(`/cases/${childA}`).expect(200);
    expect(a.body).toMatchObject({
      status: 'assigned',
      parentCaseId: parentId,
      responsibleUnitId: 'anji-tianhuangping',
      unitChain: ['anji-tianhuangping', 'anji', 'huzhou'],
      severity: 'high',
      deadline: { dueOn: '2026-03-09' },
    });
    expect(a.body.history.map((entry: Body) => [entry.type, entry.actorId])).toEqual([
      ['CaseOpened', 'system'],
      ['CaseAssigned', 'system'],
    ]);
    const b = await as('official.anji').get(`/cases/${childB}`).expect(200);
    expect(b.body).toMatchObject({ status: 'assigned', deadline: { dueOn: '2026-03-06' } });
  });

  it('the parent cannot be submitted while its children are open', async () => {
    const refused = await as('official.anji').post(`/cases/${parentId}/submit`, { report: '已完成' }).expect(409);
    expect(refused.body.code).toBe('CHILD_CASES_OPEN');
  });

  it('one township asks for an extension and the admin approves it', async () => {
    await as('official.anji').post(`/cases/${childA}/sign`).expect(200);
    await as('official.anji').post(`/cases/${childA}/request-extension`, { newDueWorkingDays: 8, reason: '设备采购周期长' }).expect(200);
    const approved = await as('admin').post(`/cases/${childA}/approve-extension`, { comment: '同意' }).expect(200);
    expect(approved.body.state).toMatchObject({ approvedExtensions: 1, pendingExtension: null, deadline: { dueOn: '2026-03-12' } });
  });

  it('as time passes the late township gets blue, then yellow, then red, and red escalates it to the county, the township staying accountable', async () => {
    await moveTo('2026-03-04T02:00:00.000Z'); // Wednesday: 2 working days before Friday's deadline
    expect((await as('official.anji').get(`/cases/${childB}`).expect(200)).body.activeWarnings).toEqual(['blue']);

    await moveTo('2026-03-09T02:00:00.000Z'); // Monday after the deadline
    const yellow = (await as('official.anji').get(`/cases/${childB}/chain`).expect(200)).body;
    expect(yellow).toMatchObject({ activeWarnings: ['blue', 'yellow'], escalationLevel: 0, currentHolderUnitId: 'anji-xilong', overdueWorkingDays: 1 });

    await moveTo('2026-03-12T02:00:00.000Z'); // 4 working days overdue: past the red threshold of 3
    const red = (await as('official.anji').get(`/cases/${childB}/chain`).expect(200)).body;
    expect(red).toMatchObject({
      activeWarnings: ['blue', 'yellow', 'red'],
      escalationLevel: 1,
      currentHolderUnitId: 'anji',
      responsibleUnitId: 'anji-xilong',
      overdueWorkingDays: 4,
    });
    expect(red.levels.map((level: Body) => [level.unitId, level.accountable])).toEqual([
      ['anji-xilong', true],
      ['anji', true],
      ['huzhou', false],
    ]);
    expect(red.levels[1].responsible.secretary).toMatchObject({ personId: expect.any(String), name: expect.any(String) });
    const history = (await as('official.anji').get(`/cases/${childB}`).expect(200)).body.history.map((entry: Body) => entry.type);
    expect(history.slice(-4)).toEqual(['WarningRaised', 'WarningRaised', 'WarningRaised', 'CaseEscalated']);

    const parentChain = (await as('official.anji').get(`/cases/${parentId}/chain`).expect(200)).body;
    expect(parentChain.children).toEqual([
      expect.objectContaining({ caseId: childA, status: 'signed' }),
      expect.objectContaining({ caseId: childB, status: 'assigned', activeWarnings: ['blue', 'yellow', 'red'] }),
    ]);
  });

  it('the case board finds the red case and the overdue ones', async () => {
    const red = (await as('admin').get('/cases?warning=red').expect(200)).body.items.map((item: Body) => item.caseId);
    expect(red).toEqual([childB]);
    const overdue = (await as('official.anji').get('/cases?overdue=true&unit=anji-xilong').expect(200)).body.items.map((item: Body) => item.caseId);
    expect(overdue).toEqual([childB]);
  });

  it('both children are handled and closed, which clears their warnings and is recorded on the parent', async () => {
    for (const child of [childA, childB]) {
      if (child === childB) await as('official.anji').post(`/cases/${child}/sign`).expect(200);
      await as('official.anji').post(`/cases/${child}/progress`, { report: '终端设施已修复' }).expect(200);
      await as('official.anji').post(`/cases/${child}/submit`, { report: '整改完成，附运维记录' }).expect(200);
      await as('inspector.wuxing').post(`/cases/${child}/verify`, { comment: '现场核查通过' }).expect(200);
    }
    const b = (await as('official.anji').get(`/cases/${childB}`).expect(200)).body;
    expect(b).toMatchObject({ status: 'closed', activeWarnings: [], escalationLevel: 1 });
    const parent = (await as('official.anji').get(`/cases/${parentId}`).expect(200)).body;
    expect(parent.children.map((child: Body) => child.closed)).toEqual([true, true]);
    expect(parent.history.filter((entry: Body) => entry.type === 'ChildCaseClosed').map((entry: Body) => entry.actorId)).toEqual(['system', 'system']);
  });

  it('the parent is submitted, verified and closed', async () => {
    await as('official.anji').post(`/cases/${parentId}/submit`, { report: '两镇乡整改全部完成' }).expect(200);
    const closed = await as('inspector.wuxing').post(`/cases/${parentId}/verify`).expect(200);
    expect(closed.body.state).toMatchObject({ status: 'closed', activeWarnings: [] });
    expect(closed.body.events.map((event: Body) => event.type)[0]).toBe('CaseClosed');
  });

  describe('denials', () => {
    it('an official of 南浔区 neither reads nor acts on an 安吉县 case, nor sees it on the board', async () => {
      const read = await as('official.nanxun').get(`/cases/${childB}`).expect(403);
      expect(read.body.code).toBe('OUT_OF_SCOPE');
      const before = await eventCount();
      const act = await as('official.nanxun').post(`/cases/${childB}/progress`, { report: 'x' }).expect(403);
      expect(act.body.code).toBe('OUT_OF_SCOPE');
      const role = await as('official.nanxun').post(`/cases/${childB}/urge`, { message: 'x' }).expect(403);
      expect(role.headers['content-type']).toMatch(/application\/problem\+json/);
      expect((await as('official.nanxun').get('/cases').expect(200)).body.items).toEqual([]);
      expect(await eventCount()).toBe(before);
    });

    it('a viewer may not open a case, an inspector not assigned to the task may not open one from its finding', async () => {
      const before = await eventCount();
      const viewer = await as('viewer').post('/cases', { title: 't', description: 'd', severity: 'low', responsibleUnitId: 'anji', dueWorkingDays: 3 }).expect(403);
      expect(viewer.headers['content-type']).toMatch(/application\/problem\+json/);
      const stranger = await as('inspector.anji').post('/cases', { finding: { taskId, findingId }, dueWorkingDays: 3 }).expect(403);
      expect(stranger.body.code).toBe('NOT_ASSIGNED_INSPECTOR');
      const direct = await as('inspector.wuxing')
        .post('/cases', { title: 't', description: 'd', severity: 'low', responsibleUnitId: 'anji', dueWorkingDays: 3 })
        .expect(403);
      expect(direct.body.code).toBe('DIRECT_CASE_ADMIN_ONLY');
      expect(await eventCount()).toBe(before);
    });

    it('an inspector from 安吉县 is recused from a task in 安吉县', async () => {
      const rounds = (await as('admin').get('/rounds').expect(200)).body.items;
      const before = await eventCount();
      const recused = await as('admin')
        .post(`/rounds/${rounds[0].roundId ?? rounds[0].id}/tasks`, { targetUnitId: 'anji-dipu', inspectorIds: ['inspector.anji'], dueWorkingDays: 5 })
        .expect(409);
      expect(recused.body.code).toBe('INSPECTOR_RECUSED');
      expect(await eventCount()).toBe(before);
    });

    it('without a token every case route answers 401', async () => {
      await request(app.getHttpServer()).get('/cases').expect(401);
      await request(app.getHttpServer()).post(`/cases/${parentId}/urge`).send({}).expect(401);
    });
  });

  describe('bad input changes nothing', () => {
    it.each([
      ['a missing field', '/cases', { finding: { taskId: 'x', findingId: 'y' } }, 400],
      ['an unknown field', '/cases', { title: 't', description: 'd', severity: 'low', responsibleUnitId: 'anji', dueWorkingDays: 3, colour: 'red' }, 400],
      ['a wrong type', '/cases', { title: 't', description: 'd', severity: 'low', responsibleUnitId: 'anji', dueWorkingDays: 'ten' }, 400],
      ['an unknown severity', '/cases', { title: 't', description: 'd', severity: 'dire', responsibleUnitId: 'anji', dueWorkingDays: 3 }, 400],
      ['an unknown unit', '/cases', { title: 't', description: 'd', severity: 'low', responsibleUnitId: 'atlantis', dueWorkingDays: 3 }, 404],
      ['an unknown task', '/cases', { finding: { taskId: 'no-such-task', findingId: 'y' }, dueWorkingDays: 3 }, 404],
      ['an unknown case', '/cases/no-such-case/urge', {}, 404],
      ['a split to an unknown unit', 'parent-split', { children: [{ unitId: 'atlantis', title: 't', dueWorkingDays: 1 }] }, 404],
      ['a split without children', 'parent-split', { children: [] }, 400],
    ])('%s', async (_name, path, body, status) => {
      const before = await eventCount();
      const target = path === 'parent-split' ? `/cases/${parentId}/split` : path;
      const response = await as('admin').post(target, body).expect(status);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.status).toBe(status);
      expect(await eventCount()).toBe(before);
    });

    it('a NUL character anywhere: body, nested body, path or query', async () => {
      const before = await eventCount();
      const body = await as('admin').post('/cases', { title: 'a\u0000b', description: 'd', severity: 'low', responsibleUnitId: 'anji', dueWorkingDays: 3 }).expect(400);
      expect(body.body.errors).toEqual([{ field: 'title', message: 'title must not contain a NUL character' }]);
      await as('admin').post(`/cases/${parentId}/split`, { children: [{ unitId: 'anji-dipu', title: 'x\u0000', dueWorkingDays: 1 }] }).expect(400);
      await as('admin').post('/cases/a%00b/urge', {}).expect(400);
      await as('admin').get('/cases/a%00b').expect(400);
      await as('admin').get('/cases?unit=anji%00').expect(400);
      await request(app.getHttpServer()).post('/auth/login').send({ username: 'admin\u0000', password: 'huzhou-demo' }).expect(400);
      expect(await eventCount()).toBe(before);
    });

    it('malformed JSON and an oversize body', async () => {
      const before = await eventCount();
      await request(app.getHttpServer())
        .post('/cases')
        .set('Authorization', `Bearer ${tokens.admin}`)
        .set('Content-Type', 'application/json')
        .send('{"title": ')
        .expect(400);
      await as('admin')
        .post('/cases', { title: 't', description: 'x'.repeat(300 * 1024), severity: 'low', responsibleUnitId: 'anji', dueWorkingDays: 3 })
        .expect(413);
      expect(await eventCount()).toBe(before);
    });

    it('a command a closed case does not take is refused with its rule', async () => {
      const before = await eventCount();
      const refused = await as('official.anji').post(`/cases/${parentId}/progress`, { report: 'more' }).expect(409);
      expect(refused.body.code).toBe('CASE_ALREADY_CLOSED');
      expect(await eventCount()).toBe(before);
    });
  });

  describe('retries and stale versions', () => {
    let directId: string;

    it('a direct case retried with the same Idempotency-Key is opened once', async () => {
      const body = { title: '领导批示件', description: '限期整改', severity: 'medium', responsibleUnitId: 'anji-tianhuangping-yucun', dueWorkingDays: 5 };
      const first = await as('admin').post('/cases', body, { 'Idempotency-Key': 'direct-case-1' }).expect(201);
      const before = await eventCount();
      const retry = await as('admin').post('/cases', body, { 'Idempotency-Key': 'direct-case-1' }).expect(201);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(await eventCount()).toBe(before);
      directId = first.body.id;
      expect((await as('admin').get(`/cases/${directId}`).expect(200)).body.unitChain).toEqual([
        'anji-tianhuangping-yucun',
        'anji-tianhuangping',
        'anji',
        'huzhou',
      ]);
    });

    it('a stale If-Match is answered 412 and appends nothing', async () => {
      await as('admin').post(`/cases/${directId}/assign`).expect(200);
      const before = await eventCount();
      const stale = await as('admin').post(`/cases/${directId}/urge`, { message: '请尽快' }, { 'If-Match': '"1"' }).expect(412);
      expect(stale.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(await eventCount()).toBe(before);
      await as('admin').post(`/cases/${directId}/urge`, { message: '请尽快' }, { 'If-Match': '"2"' }).expect(200);
    });

    it('the same Idempotency-Key sent to another route or resource, or with another body, is refused and appends nothing', async () => {
      const first = await as('admin').post(`/cases/${directId}/urge`, { message: '一催' }, { 'Idempotency-Key': 'shared-key' }).expect(200);
      const before = await eventCount();
      const elsewhere = await as('admin').post(`/cases/${childB}/urge`, { message: '一催' }, { 'Idempotency-Key': 'shared-key' }).expect(422);
      const otherRoute = await as('admin').post(`/cases/${directId}/reject`, { reason: 'x' }, { 'Idempotency-Key': 'shared-key' }).expect(422);
      const otherBody = await as('admin').post(`/cases/${directId}/urge`, { message: '二催' }, { 'Idempotency-Key': 'shared-key' }).expect(422);
      for (const refused of [elsewhere, otherRoute, otherBody]) {
        expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(refused.body.code).toBe('IDEMPOTENCY_KEY_MISMATCH');
      }
      expect(await eventCount()).toBe(before);
      const retry = await as('admin').post(`/cases/${directId}/urge`, { message: '一催' }, { 'Idempotency-Key': 'shared-key' }).expect(200);
      expect(retry.body).toEqual(first.body);
    });

    it('every event of the cases names who did it', async () => {
      const { rows } = await db.database.pool.query(`SELECT count(*) AS n FROM es_events WHERE category = 'case' AND NOT (metadata ? 'actorId')`);
      expect(Number(rows[0].n)).toBe(0);
    });
  });
});
