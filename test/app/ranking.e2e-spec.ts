import { NestExpressApplication } from '@nestjs/platform-express';
import request, { Response } from 'supertest';
import { eventually, primaryTarget, TestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { TimerService } from '@app/workflow-runtime';
import { createApiTestApp, testConfig } from './api-test-app';
import { PROBLEM_JSON } from './demo-session';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/*
 * 区县比看 over HTTP as the demo users: two 走看赛 rounds over 吴兴区, 安吉县 and 德清县 driven
 * through the workflows on a settable clock, a red card earned by a case in 安吉县, and a late
 * score. The ranking is read back now and as of past instants, with movement against the
 * previous round and a county's trend. The read model is kept by an async projector, so every
 * read waits with `eventually` for the answer the events imply.
 *
 * Rubric: org-building (weight 0.4, 0..10) and village-governance (weight 0.6, 0..20), so a
 * sheet (a, b) totals 4a + 3b.
 */
describe('county ranking (区县比看) over HTTP, as the demo users', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let timers: TimerService;
  const clock = new SettableClock('2026-07-01T02:00:00.000Z'); // Wednesday 10:00 in Shanghai
  const tokens: Record<string, string> = {};
  const users = ['admin', 'inspector.wuxing', 'inspector.anji', 'viewer', 'official.nanxun', 'auditor'];

  const as = (user: string) => ({
    get: (path: string) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[user]}`),
    post: (path: string, body: object = {}) => request(app.getHttpServer()).post(path).set('Authorization', `Bearer ${tokens[user]}`).send(body),
  });
  const moveTo = async (instant: string): Promise<void> => {
    clock.set(instant);
    await timers.fireDue();
  };

  /** Waits until the read model answers as expected: its projector runs behind the appends. */
  async function rankingOnceCaughtUp(path: string, check: (body: Body) => void, user = 'viewer'): Promise<Body> {
    return eventually(async () => {
      const response = await as(user).get(path);
      expect(response.status).toBe(200);
      check(response.body);
      return response.body as Body;
    });
  }
  const rows = (body: Body) => body.entries.map((entry: Body) => [entry.countyId, entry.rank, entry.score, entry.deduction, entry.movement, entry.gapToLeader]);

  function expectProblem(response: Response, status: number, code: string): void {
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
  }

  async function plannedRound(kind: string, title: string, window: { opensOn: string; closesOn: string }, perRedCase?: number): Promise<string> {
    const round = await as('admin')
      .post('/rounds', {
        kind,
        title,
        period: '2026-Q3',
        ...(kind === 'quarterly-theme' ? { theme: '党建引领乡村振兴' } : {}),
        scopeCountyIds: ['wuxing', 'anji', 'deqing'],
        rubric: {
          items: [
            { code: 'org-building', title: '组织建设', weight: 0.4, maxScore: 10 },
            { code: 'village-governance', title: '乡村治理', weight: 0.6, maxScore: 20 },
          ],
        },
        scoringPolicy: { method: 'mean', ...(perRedCase === undefined ? {} : { deductions: { perRedCase } }) },
        window,
      })
      .expect(201);
    return round.body.id as string;
  }

  /** Assigns and opens one task per county; 吴兴区 and 安吉县 inspectors never score their own county. */
  async function openTasks(roundId: string): Promise<Record<string, string>> {
    const plan: Record<string, string[]> = { wuxing: ['inspector.anji'], anji: ['inspector.wuxing'], deqing: ['inspector.wuxing', 'inspector.anji'] };
    const tasks: Record<string, string> = {};
    for (const [county, inspectors] of Object.entries(plan)) {
      const task = await as('admin').post(`/rounds/${roundId}/tasks`, { targetUnitId: county, inspectorIds: inspectors, dueWorkingDays: 10 }).expect(201);
      tasks[county] = task.body.id;
      await as(inspectors[0]!).post(`/tasks/${task.body.id}/open`).expect(200);
    }
    return tasks;
  }

  const score = (inspector: string, taskId: string, a: number, b: number) =>
    as(inspector)
      .post(`/tasks/${taskId}/scores`, { scores: [{ itemCode: 'org-building', score: a }, { itemCode: 'village-governance', score: b }] })
      .expect(200);

  let first: string;
  let second: string;
  let firstTasks: Record<string, string>;

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '100' }), clock });
    timers = app.get(TimerService);
    for (const user of users) {
      const response = await request(app.getHttpServer()).post('/auth/login').send({ username: user, password: 'huzhou-demo' }).expect(200);
      tokens[user] = response.body.accessToken;
    }
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it('ranks the counties of an active round from the inspectors’ scores, for any signed-in user', async () => {
    first = await plannedRound('walk-see-compete', '2026年第三季度走看赛', { opensOn: '2026-07-01', closesOn: '2026-09-30' }, 3);
    await as('admin').post(`/rounds/${first}/start`).expect(200);
    firstTasks = await openTasks(first);
    await moveTo('2026-07-02T02:00:00.000Z');
    await score('inspector.anji', firstTasks['wuxing']!, 8, 16); // 80
    await score('inspector.wuxing', firstTasks['anji']!, 9, 18); // 90
    await score('inspector.wuxing', firstTasks['deqing']!, 7, 14); // 70
    await score('inspector.anji', firstTasks['deqing']!, 9, 16); // 84 → 德清县 77

    const body = await rankingOnceCaughtUp(`/rounds/${first}/ranking`, (ranking) =>
      expect(rows(ranking)).toEqual([
        ['anji', 1, 90, 0, null, 0],
        ['wuxing', 2, 80, 0, null, 10],
        ['deqing', 3, 77, 0, null, 13],
      ]),
    );
    expect(body).toMatchObject({
      roundId: first,
      kind: 'walk-see-compete',
      status: 'active',
      asOf: null,
      method: 'mean',
      perRedCase: 3,
      methodVersion: 'county-ranking/v1/mean',
      inputsHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      previousRoundId: null,
      unscored: [],
    });
    expect(body.entries.map((entry: Body) => entry.countyName)).toEqual(['安吉县', '吴兴区', '德清县']);
    for (const user of ['official.nanxun', 'auditor', 'inspector.wuxing', 'admin']) {
      expect((await as(user).get(`/rounds/${first}/ranking`).expect(200)).body.inputsHash).toBe(body.inputsHash);
    }
  });

  it('takes points off 安吉县 for a case of its township that went red within the window', async () => {
    const opened = await as('admin')
      .post('/cases', { title: '村级议事制度未落实', description: '议事会记录不全', severity: 'high', responsibleUnitId: 'anji-dipu', dueWorkingDays: 1 })
      .expect(201);
    await as('admin').post(`/cases/${opened.body.id}/assign`).expect(200); // due Friday 3 July
    await moveTo('2026-07-06T02:00:00.000Z'); // overdue: yellow
    await moveTo('2026-07-13T02:00:00.000Z'); // 6 working days overdue: past the red threshold of 3
    expect((await as('admin').get(`/cases/${opened.body.id}`).expect(200)).body.activeWarnings).toContain('red');

    await rankingOnceCaughtUp(`/rounds/${first}/ranking`, (ranking) =>
      expect(rows(ranking)).toEqual([
        ['anji', 1, 87, 3, null, 0],
        ['wuxing', 2, 80, 0, null, 7],
        ['deqing', 3, 77, 0, null, 10],
      ]),
    );
  });

  it('answers as of a past instant: before and after a late score', async () => {
    await moveTo('2026-07-20T02:00:00.000Z');
    // The late score: 吴兴区's inspector raises village-governance to 20 → 4·8 + 3·20 = 92.
    await as('inspector.anji').post(`/tasks/${firstTasks['wuxing']}/scores`, { scores: [{ itemCode: 'village-governance', score: 20 }] }).expect(200);

    const now = await rankingOnceCaughtUp(`/rounds/${first}/ranking`, (ranking) =>
      expect(rows(ranking)).toEqual([
        ['wuxing', 1, 92, 0, null, 0],
        ['anji', 2, 87, 3, null, 5],
        ['deqing', 3, 77, 0, null, 15],
      ]),
    );
    const before = (await as('viewer').get(`/rounds/${first}/ranking?asOf=2026-07-05T00:00:00Z`).expect(200)).body;
    expect(rows(before)).toEqual([
      ['anji', 1, 90, 0, null, 0],
      ['wuxing', 2, 80, 0, null, 10],
      ['deqing', 3, 77, 0, null, 13],
    ]);
    expect(before).toMatchObject({ asOf: '2026-07-05T00:00:00.000Z', status: 'active' });
    const afterRed = (await as('viewer').get(`/rounds/${first}/ranking?asOf=${encodeURIComponent('2026-07-15T08:00:00+08:00')}`).expect(200)).body;
    expect(rows(afterRed)).toEqual([
      ['anji', 1, 87, 3, null, 0],
      ['wuxing', 2, 80, 0, null, 7],
      ['deqing', 3, 77, 0, null, 10],
    ]);
    const afterLate = (await as('viewer').get(`/rounds/${first}/ranking?asOf=2026-07-25T00:00:00Z`).expect(200)).body;
    expect(afterLate.inputsHash).toBe(now.inputsHash);
    expect(new Set([before.inputsHash, afterRed.inputsHash, now.inputsHash]).size).toBe(3);

    expectProblem(await as('viewer').get(`/rounds/${first}/ranking?asOf=2026-06-01T00:00:00Z`), 404, 'ROUND_NOT_FOUND');
  });

  it('measures movement against the previous published round of the same kind, and gives a county’s trend in publish order', async () => {
    await moveTo('2026-10-08T02:00:00.000Z');
    await as('admin').post(`/rounds/${first}/close-scoring`).expect(200);
    await as('admin').post(`/rounds/${first}/publish`).expect(200);

    clock.set('2026-10-09T02:00:00.000Z');
    second = await plannedRound('walk-see-compete', '2026年第四季度走看赛', { opensOn: '2026-10-01', closesOn: '2026-12-31' });
    await as('admin').post(`/rounds/${second}/start`).expect(200);
    const tasks = await openTasks(second);
    clock.set('2026-10-12T02:00:00.000Z');
    await score('inspector.anji', tasks['wuxing']!, 7, 14); // 70
    await score('inspector.wuxing', tasks['anji']!, 10, 18); // 94
    await score('inspector.wuxing', tasks['deqing']!, 8, 16); // 80
    clock.set('2027-01-08T02:00:00.000Z');
    await as('admin').post(`/rounds/${second}/close-scoring`).expect(200);
    await as('admin').post(`/rounds/${second}/publish`).expect(200);

    const ranking = await rankingOnceCaughtUp(`/rounds/${second}/ranking`, (body) => expect(body.status).toBe('published'));
    expect(ranking.previousRoundId).toBe(first);
    expect(rows(ranking)).toEqual([
      ['anji', 1, 94, 0, 1, 0],
      ['deqing', 2, 80, 0, 1, 14],
      ['wuxing', 3, 70, 0, -2, 24],
    ]);
    expect(ranking.entries.map((entry: Body) => entry.previousRank)).toEqual([2, 3, 1]);

    const trend = (await as('official.nanxun').get('/counties/wuxing/trend?kind=walk-see-compete').expect(200)).body;
    expect(trend).toMatchObject({ countyId: 'wuxing', countyName: '吴兴区', kind: 'walk-see-compete', asOf: null });
    expect(trend.points.map((point: Body) => [point.roundId, point.standing, point.rank, point.score, point.movement, point.publishedAt])).toEqual([
      [first, 'ranked', 1, 92, null, '2026-10-08T02:00:00.000Z'],
      [second, 'ranked', 3, 70, -2, '2027-01-08T02:00:00.000Z'],
    ]);
    const earlier = (await as('viewer').get('/counties/wuxing/trend?kind=walk-see-compete&asOf=2026-12-01T00:00:00Z').expect(200)).body;
    expect(earlier.points.map((point: Body) => point.roundId)).toEqual([first]);
    expect((await as('viewer').get('/counties/anji/trend?kind=quarterly-theme').expect(200)).body.points).toEqual([]);
  });

  it('refuses what it cannot rank, unknown ids and bad input with a problem, and strangers with 401', async () => {
    const inspection = await plannedRound('major-inspection', '2026年大督查', { opensOn: '2026-10-01', closesOn: '2026-12-31' });
    await eventually(async () => expectProblem(await as('viewer').get(`/rounds/${inspection}/ranking`), 409, 'ROUND_NOT_RANKED'));
    expectProblem(await as('viewer').get('/rounds/no-such-round/ranking'), 404, 'ROUND_NOT_FOUND');
    for (const asOf of ['yesterday', '2026-07-05', '2026-07-05T10:00:00', '2026-13-01T00:00:00Z', '']) {
      expectProblem(await as('viewer').get(`/rounds/${first}/ranking?asOf=${encodeURIComponent(asOf)}`), 400, 'VALIDATION_FAILED');
    }
    expectProblem(await as('viewer').get(`/rounds/${first}/ranking?at=2026-07-05T00:00:00Z`), 400, 'VALIDATION_FAILED');

    expectProblem(await as('viewer').get('/counties/wuxing/trend'), 400, 'VALIDATION_FAILED');
    expectProblem(await as('viewer').get('/counties/wuxing/trend?kind=best-of'), 400, 'VALIDATION_FAILED');
    expectProblem(await as('viewer').get('/counties/wuxing/trend?kind=walk-see-compete&asOf=soon'), 400, 'VALIDATION_FAILED');
    expectProblem(await as('viewer').get('/counties/wuxing/trend?kind=deep-research'), 409, 'ROUND_KIND_NOT_RANKED');
    expectProblem(await as('viewer').get('/counties/anji-dipu/trend?kind=walk-see-compete'), 409, 'NOT_A_COUNTY');
    expectProblem(await as('viewer').get('/counties/nowhere/trend?kind=walk-see-compete'), 404, 'ORG_UNIT_NOT_FOUND');

    expectProblem(await request(app.getHttpServer()).get(`/rounds/${first}/ranking`), 401, 'UNAUTHENTICATED');
    expectProblem(await request(app.getHttpServer()).get('/counties/wuxing/trend?kind=walk-see-compete'), 401, 'UNAUTHENTICATED');
  });

  it('documents both routes in the OpenAPI document, open to any signed-in user', async () => {
    const document = (await request(app.getHttpServer()).get('/docs-json').expect(200)).body;
    for (const path of ['/rounds/{id}/ranking', '/counties/{id}/trend']) {
      const operation = document.paths[path].get;
      expect(operation.tags).toEqual(['ranking']);
      expect(operation.description).toMatch(/^Any signed-in user\./);
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '404', '409']));
    }
  });
});
