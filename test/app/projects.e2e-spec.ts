import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { primaryTarget, TestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { TimerService } from '@app/workflow-runtime';
import { createApiTestApp, testConfig } from './api-test-app';
import { countEvents, DemoSession, PROBLEM_JSON, signIn } from './demo-session';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const YUCUN = 'anji-tianhuangping-yucun';
const PHOTO = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('余村竹林碳汇项目现场'.repeat(10))]);
const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

const PLAN = {
  unitId: YUCUN,
  year: 2026,
  title: '余村绿色共富项目',
  goal: '村集体经营性收入年增 20%',
  milestones: [
    { title: '完成项目选址与村民代表大会审议', dueOn: '2026-04-30' },
    { title: '竹林碳汇交易首单落地', dueOn: '2026-09-30' },
    { title: '年度收益分配到户', dueOn: '2026-12-25' },
  ],
};

/**
 * 书记领办项目 through the API: launched for a village by its secretary, progress and milestones
 * with evidence, on the 三张清单 of the units above, handed over when the secretary changes (the
 * chain shows who led it when), evaluated at the year's end; every bad input refused and nothing
 * appended, and nothing read or done outside the caller's subtree.
 */
describe('书记领办项目: launched, pushed forward, handed over, evaluated, within scope', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  const folder = mkdtempSync(join(tmpdir(), 'project-evidence-'));
  const sessions: Record<string, DemoSession> = {};
  let projectId: string;
  // Monday 2 March 2026, 09:00 in Shanghai: the first milestone (30 April) is weeks away.
  const clock = new SettableClock('2026-03-02T01:00:00.000Z');

  const as = (user: string) => ({
    get: (path: string) => request(app.getHttpServer()).get(path).set('Authorization', sessions[user]!.authorization),
    post: (path: string, body: object = {}) => request(app.getHttpServer()).post(path).set('Authorization', sessions[user]!.authorization).send(body),
  });

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '1000', EVIDENCE_DIR: folder }), clock });
    for (const user of ['admin', 'official.anji', 'official.nanxun', 'official.yucun', 'inspector.wuxing', 'viewer']) sessions[user] = await signIn(app, user);
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('refuses a bad plan with every problem named, a unit out of scope or unknown, and a caller without the role, appending nothing', async () => {
    const before = await countEvents(db.database.pool);
    const outsideYear = await as('official.anji').post('/projects', { ...PLAN, milestones: [{ title: '跨年节点', dueOn: '2027-01-15' }, { title: '  ', dueOn: '2026-05-01' }] }).expect(409);
    expect(outsideYear.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(outsideYear.body).toMatchObject({ code: 'INVALID_PROJECT_PLAN', details: { problems: ['milestone 1: a due day in 2026', 'milestone 2: a title'] } });
    await as('official.anji').post('/projects', { ...PLAN, milestones: [] }).expect(400);
    await as('official.anji').post('/projects', { ...PLAN, title: null }).expect(400);
    await as('official.anji').post('/projects', { ...PLAN, milestones: [{ title: '节点', dueOn: 'soon' }] }).expect(400);
    expect((await as('official.nanxun').post('/projects', PLAN).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await as('admin').post('/projects', { ...PLAN, unitId: 'no-such-unit' }).expect(404)).body).toMatchObject({ code: 'ORG_UNIT_NOT_FOUND' });
    await as('viewer').post('/projects', PLAN).expect(403);
    expect(await countEvents(db.database.pool)).toBe(before);
    // A unit just registered has nobody in its roles yet: no secretary to lead a project.
    await as('admin').post('/org-units', { unitId: 'anji-tianhuangping-dajiang', kind: 'village', name: '大溪村', parentId: 'anji-tianhuangping' }).expect(201);
    const registered = await countEvents(db.database.pool);
    expect((await as('admin').post('/projects', { ...PLAN, unitId: 'anji-tianhuangping-dajiang' }).expect(409)).body).toMatchObject({
      code: 'UNIT_WITHOUT_SECRETARY',
      details: { unitId: 'anji-tianhuangping-dajiang' },
    });
    expect(await countEvents(db.database.pool)).toBe(registered);
  });

  it('launches the project for the village, led by its secretary, numbering the milestones by due day, with its chain up to the city', async () => {
    const launched = await as('official.yucun').post('/projects', PLAN).expect(201);
    projectId = launched.body.id;
    expect(launched.headers.etag).toBe('"1"');
    const state = launched.body.state as Body;
    expect(state).toMatchObject({ projectId, unitId: YUCUN, year: 2026, status: 'active', warning: 'none', evaluation: null, progress: [] });
    expect(state.leader.name).toEqual(expect.any(String));
    expect(state.leaders).toEqual([{ ...state.leader, from: expect.any(String), until: null }]);
    expect(state.milestones.map((milestone: Body) => [milestone.milestoneId, milestone.dueOn])).toEqual([
      ['m1', '2026-04-30'],
      ['m2', '2026-09-30'],
      ['m3', '2026-12-25'],
    ]);
    expect(state.chain.map((level: Body) => level.unitId)).toEqual([YUCUN, 'anji-tianhuangping', 'anji', 'huzhou']);
    expect(state.chain[0].responsible.secretary.personId).toBe(state.leader.personId);
  });

  it('takes progress and a milestone reached with evidence, and lets only callers in scope read the project and its files', async () => {
    await request(app.getHttpServer()).post('/evidence').set('Authorization', sessions['official.yucun']!.authorization).set('Content-Type', 'image/jpeg').send(PHOTO).expect(201);
    const attachments = [{ sha256: sha(PHOTO), name: '选址现场.jpg' }];
    await as('official.yucun').post(`/projects/${projectId}/progress`, { report: '召开村民代表大会，选址获通过', milestoneId: 'm1', attachments }).expect(200);
    await as('official.yucun').post(`/projects/${projectId}/progress`, { report: '无此节点', milestoneId: 'm9' }).expect(404);
    const reached = await as('official.anji').post(`/projects/${projectId}/milestones/m1/complete`, { report: '选址完成', attachments }).expect(200);
    expect(reached.body.state.milestones[0]).toMatchObject({ milestoneId: 'm1', completionReport: '选址完成', attachments: [{ sha256: sha(PHOTO), name: '选址现场.jpg', contentType: 'image/jpeg' }] });
    expect((await as('official.anji').post(`/projects/${projectId}/milestones/m1/complete`, { report: '再次' }).expect(409)).body.code).toBe('MILESTONE_ALREADY_COMPLETED');
    expect((await as('official.nanxun').post(`/projects/${projectId}/progress`, { report: '越权' }).expect(403)).body.code).toBe('OUT_OF_SCOPE');

    const page = await as('official.anji').get(`/projects/${projectId}`).expect(200);
    expect(page.headers.etag).toBe('"3"');
    expect(page.body.progress).toEqual([expect.objectContaining({ reportNumber: 1, milestoneId: 'm1', report: '召开村民代表大会，选址获通过' })]);
    expect((await as('official.nanxun').get(`/projects/${projectId}`).expect(403)).body.code).toBe('OUT_OF_SCOPE');
    expect((await as('admin').get('/projects/no-such-project').expect(404)).body.code).toBe('PROJECT_NOT_FOUND');
    await as('official.anji').get(`/evidence/${sha(PHOTO)}`).expect(200);
    expect((await as('official.nanxun').get(`/evidence/${sha(PHOTO)}`).expect(403)).body.code).toBe('OUT_OF_SCOPE');

    expect((await as('official.anji').get('/projects?year=2026').expect(200)).body.items.map((item: Body) => item.projectId)).toEqual([projectId]);
    expect((await as('official.nanxun').get('/projects').expect(200)).body.items).toEqual([]);
    expect((await as('admin').get('/projects?unit=nanxun').expect(200)).body.items).toEqual([]);
    await as('admin').get('/projects?year=soon').expect(400);
  });

  it('shows on the 三张清单 of the units above: the village’s active project on the 责任清单, the project on the 任务清单', async () => {
    const lists = (await as('official.anji').get('/org-units/anji/lists').expect(200)).body as Body;
    expect(lists.projects).toMatchObject({ active: 1, evaluated: 0, items: [{ projectId, unitId: YUCUN, milestonesPlanned: 3, milestonesCompleted: 1, nextDueOn: '2026-09-30' }] });
    expect(lists.responsibilities.find((entry: Body) => entry.unitId === YUCUN).activeProjects).toBe(1);
    expect((await as('admin').get('/org-units/nanxun/lists').expect(200)).body.projects).toMatchObject({ active: 0, items: [] });
  });

  it('warns on a milestone that slips, as cases are warned: 蓝牌 before the due day, 黄牌 after it, 红牌 past the red threshold, each once', async () => {
    const timers = app.get(TimerService);
    const warningsOf = async (): Promise<string[]> => ((await as('admin').get(`/projects/${projectId}`).expect(200)).body as Body).milestones[1].warnings;
    clock.set('2026-09-29T01:00:00.000Z'); // Tuesday; m2 is due Wednesday 30 September: within 2 working days
    await timers.fireDue();
    expect(await warningsOf()).toEqual(['blue']);
    clock.set('2026-10-01T01:00:00.000Z');
    await timers.fireDue();
    expect(await warningsOf()).toEqual(['blue', 'yellow']);
    clock.set('2026-10-30T01:00:00.000Z'); // well past 3 working days after the due day (the National Day holiday counted out)
    await timers.fireDue();
    await timers.fireDue();
    expect(await warningsOf()).toEqual(['blue', 'yellow', 'red']);
    const listed = (await as('official.anji').get('/projects').expect(200)).body.items[0] as Body;
    expect(listed.warning).toBe('red');
    expect((await as('official.anji').get('/org-units/anji/lists').expect(200)).body.projects).toMatchObject({ warned: 1, items: [{ projectId, warning: 'red' }] });
  });

  it('hands the project over when the village’s secretary is replaced, keeping who led it when; handing over to the same person again is refused', async () => {
    const before = (await as('admin').get(`/projects/${projectId}`).expect(200)).body as Body;
    await as('admin').post(`/org-units/${YUCUN}/responsible-people`, { role: 'secretary', personId: 'yucun-secretary-2', name: '钱书记', from: clock.now().toISOString() }).expect(201);
    const after = (await as('official.anji').get(`/projects/${projectId}`).expect(200)).body as Body;
    expect(after.leader).toEqual({ personId: 'yucun-secretary-2', name: '钱书记' });
    expect(after.leaders).toEqual([
      { ...before.leader, from: before.leaders[0].from, until: expect.any(String) },
      { personId: 'yucun-secretary-2', name: '钱书记', from: after.leaders[0].until, until: null },
    ]);
    expect(after.handOvers).toEqual([expect.objectContaining({ from: before.leader, to: after.leader, reason: expect.stringContaining('书记调整') })]);
    expect(after.chain[0].responsible.secretary.personId).toBe('yucun-secretary-2');
    expect((await as('official.anji').post(`/projects/${projectId}/hand-over`, { reason: '再交接' }).expect(409)).body).toMatchObject({ code: 'SAME_PROJECT_LEADER' });
    await as('official.anji').post(`/projects/${projectId}/hand-over`, {}).expect(400);
  });

  it('is evaluated at the year’s end by an inspector, with its milestones counted, and takes nothing more', async () => {
    await as('official.anji').post(`/projects/${projectId}/evaluate`, { grade: 'good', comment: '越权评价' }).expect(403);
    await as('inspector.wuxing').post(`/projects/${projectId}/evaluate`, { grade: 'excellent', comment: '等级不在量表中' }).expect(400);
    const evaluated = await as('inspector.wuxing').post(`/projects/${projectId}/evaluate`, { grade: 'fairly-good', comment: '推进有力，碳汇交易落地稍晚' }).expect(200);
    expect(evaluated.body.state).toMatchObject({ status: 'evaluated', evaluation: { grade: 'fairly-good', milestonesCompleted: 1, milestonesPlanned: 3 } });
    expect((await as('official.yucun').post(`/projects/${projectId}/progress`, { report: '评价后' }).expect(409)).body.code).toBe('PROJECT_ALREADY_EVALUATED');
    expect((await as('official.anji').get('/org-units/anji/lists').expect(200)).body.projects).toMatchObject({ active: 0, evaluated: 1, items: [{ projectId, grade: 'fairly-good' }] });
  });
});
