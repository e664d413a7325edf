import { createHash } from 'node:crypto';
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
 * score. The first round is published before its window ends; two cases of 吴兴区 then go red
 * inside the window, which must not change what was published until an admin republishes. The
 * ranking is read back now and as of past instants, with movement against the previous round's
 * publication and a county's trend. The read model is kept by an async projector, so every live
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
    post: (path: string, body: object = {}, idempotencyKey?: string) => {
      const sent = request(app.getHttpServer()).post(path).set('Authorization', `Bearer ${tokens[user]}`);
      return (idempotencyKey === undefined ? sent : sent.set('Idempotency-Key', idempotencyKey)).send(body);
    },
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
      methodVersion: 'county-ranking/v2/mean',
      basis: 'live',
      publication: null,
      changedSincePublication: null,
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

  /** The ranking as published: its figures and fingerprint, without what depends on the instant asked about. */
  const figures = (body: Body) => ({ rows: rows(body), inputsHash: body.inputsHash, methodVersion: body.methodVersion, publication: body.publication, basis: body.basis });
  const roundVersion = async (roundId: string) => Number(JSON.parse((await as('admin').get(`/rounds/${roundId}`).expect(200)).headers['etag']));

  it('freezes the published ranking: two red cards raised inside the window after publication change the live computation, not what GET answers, which equals ?asOf=publishedAt', async () => {
    // Scoring closes and the results come out on Monday 3 August, eight weeks before the window ends.
    await moveTo('2026-08-03T02:00:00.000Z');
    await as('admin').post(`/rounds/${first}/close-scoring`).expect(200);
    const publishedNow = await as('admin').post(`/rounds/${first}/publish`, {}, 'publish-first').expect(200);
    expect(publishedNow.body.events).toEqual([expect.objectContaining({ type: 'RoundPublished' })]);
    expect(publishedNow.body.state).toMatchObject({
      status: 'published',
      publishedAt: '2026-08-03T02:00:00.000Z',
      publication: { version: 1, publishedAt: '2026-08-03T02:00:00.000Z', publishedBy: 'admin', reason: null, methodVersion: 'county-ranking/v2/mean' },
    });
    // A retry with the same key appends nothing and answers with the first publication.
    const retried = await as('admin').post(`/rounds/${first}/publish`, {}, 'publish-first').expect(200);
    expect(retried.body).toEqual(publishedNow.body);
    expect(retried.headers['idempotent-replayed']).toBe('true');

    const published = await rankingOnceCaughtUp(`/rounds/${first}/ranking`, (body) => expect(body.publication?.version).toBe(1));
    expect(rows(published)).toEqual([
      ['wuxing', 1, 92, 0, null, 0],
      ['anji', 2, 87, 3, null, 5],
      ['deqing', 3, 77, 0, null, 15],
    ]);
    expect(published).toMatchObject({
      status: 'published',
      basis: 'publication',
      publication: { version: 1, publishedAt: '2026-08-03T02:00:00.000Z', publishedBy: 'admin', reason: null },
      changedSincePublication: false,
      inputsHash: publishedNow.body.state.publication.inputsHash,
    });

    // Two cases of 吴兴区's townships, due Tuesday 4 August, go yellow, then red on 12 August: inside the window.
    const cases: string[] = [];
    for (const unit of ['wuxing-zhili', 'wuxing-balidian']) {
      const opened = await as('admin').post('/cases', { title: '基层党建台账不全', description: '村级台账缺失', severity: 'high', responsibleUnitId: unit, dueWorkingDays: 1 }).expect(201);
      await as('admin').post(`/cases/${opened.body.id}/assign`).expect(200);
      cases.push(opened.body.id);
    }
    await moveTo('2026-08-05T02:00:00.000Z');
    await moveTo('2026-08-12T02:00:00.000Z');
    for (const caseId of cases) expect((await as('admin').get(`/cases/${caseId}`).expect(200)).body.activeWarnings).toContain('red');

    const live = await rankingOnceCaughtUp(
      `/rounds/${first}/ranking/live`,
      (body) =>
        expect(rows(body)).toEqual([
          ['anji', 1, 87, 3, null, 0],
          ['wuxing', 2, 86, 6, null, 1],
          ['deqing', 3, 77, 0, null, 10],
        ]),
      'admin',
    );
    expect(live).toMatchObject({ basis: 'live', publication: { version: 1 }, changedSincePublication: true });
    expect(live.inputsHash).not.toBe(published.inputsHash);

    const now = (await as('viewer').get(`/rounds/${first}/ranking`).expect(200)).body;
    expect(figures(now)).toEqual(figures(published));
    expect(now.changedSincePublication).toBe(true);
    const asPublished = (await as('viewer').get(`/rounds/${first}/ranking?asOf=${published.publication.publishedAt}`).expect(200)).body;
    expect(figures(asPublished)).toEqual(figures(now));
    expect(asPublished).toMatchObject({ asOf: '2026-08-03T02:00:00.000Z', status: 'published', changedSincePublication: false });

    for (const user of ['viewer', 'inspector.wuxing', 'official.nanxun', 'auditor']) {
      expectProblem(await as(user).get(`/rounds/${first}/ranking/live`), 403, 'ROLE_FORBIDDEN');
    }
  });

  it('republishes for a reason as version 2, shown from then on and as of later instants; refuses other users, a missing reason and a republication that changes nothing, appending nothing', async () => {
    await moveTo('2026-08-13T02:00:00.000Z');
    const version = await roundVersion(first);
    for (const user of ['viewer', 'inspector.wuxing', 'official.nanxun', 'auditor']) {
      expectProblem(await as(user).post(`/rounds/${first}/republish`, { reason: '补录红牌扣分' }), 403, 'ROLE_FORBIDDEN');
    }
    for (const body of [{}, { reason: '' }, { reason: '   ' }, { reason: 42 }, { reason: '补录', extra: true }]) {
      expectProblem(await as('admin').post(`/rounds/${first}/republish`, body), 400, 'VALIDATION_FAILED');
    }
    expect(await roundVersion(first)).toBe(version);

    const republished = await as('admin').post(`/rounds/${first}/republish`, { reason: '补录窗口期内的红牌扣分' }, 'republish-first').expect(200);
    expect(republished.body.events).toEqual([expect.objectContaining({ type: 'RoundRankingRepublished', version: version + 1 })]);
    expect(republished.body.state.publication).toEqual({
      version: 2,
      publishedAt: '2026-08-13T02:00:00.000Z',
      publishedBy: 'admin',
      reason: '补录窗口期内的红牌扣分',
      methodVersion: 'county-ranking/v2/mean',
      inputsHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(republished.headers['etag']).toBe(`"${version + 1}"`);
    const retried = await as('admin').post(`/rounds/${first}/republish`, { reason: '补录窗口期内的红牌扣分' }, 'republish-first').expect(200);
    expect(retried.body).toEqual(republished.body);
    expectProblem(await as('admin').post(`/rounds/${first}/republish`, { reason: '再次复核' }), 409, 'RANKING_UNCHANGED');
    expect(await roundVersion(first)).toBe(version + 1);

    const shown = await rankingOnceCaughtUp(`/rounds/${first}/ranking`, (body) => expect(body.publication?.version).toBe(2));
    expect(rows(shown)).toEqual([
      ['anji', 1, 87, 3, null, 0],
      ['wuxing', 2, 86, 6, null, 1],
      ['deqing', 3, 77, 0, null, 10],
    ]);
    expect(shown).toMatchObject({
      basis: 'publication',
      publishedAt: '2026-08-03T02:00:00.000Z',
      publication: { version: 2, publishedAt: '2026-08-13T02:00:00.000Z', publishedBy: 'admin', reason: '补录窗口期内的红牌扣分' },
      changedSincePublication: false,
      inputsHash: republished.body.state.publication.inputsHash,
    });
    const between = (await as('viewer').get(`/rounds/${first}/ranking?asOf=2026-08-12T12:00:00Z`).expect(200)).body;
    expect(rows(between)).toEqual([
      ['wuxing', 1, 92, 0, null, 0],
      ['anji', 2, 87, 3, null, 5],
      ['deqing', 3, 77, 0, null, 15],
    ]);
    expect(between).toMatchObject({ publication: { version: 1 }, changedSincePublication: true });
    const later = (await as('viewer').get(`/rounds/${first}/ranking?asOf=2026-09-01T00:00:00Z`).expect(200)).body;
    expect(figures(later)).toEqual(figures(shown));
  });

  it('measures movement against the previous round’s publication in force, and gives a county’s trend in publish order as published', async () => {
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
    expect(ranking).toMatchObject({ status: 'published', basis: 'publication', previousRoundId: first, publication: { version: 1 } });
    // Against the first round's version 2: 安吉县 1, 吴兴区 2, 德清县 3.
    expect(rows(ranking)).toEqual([
      ['anji', 1, 94, 0, 0, 0],
      ['deqing', 2, 80, 0, 1, 14],
      ['wuxing', 3, 70, 0, -1, 24],
    ]);
    expect(ranking.entries.map((entry: Body) => entry.previousRank)).toEqual([1, 3, 2]);

    const trend = (await as('official.nanxun').get('/counties/wuxing/trend?kind=walk-see-compete').expect(200)).body;
    expect(trend).toMatchObject({ countyId: 'wuxing', countyName: '吴兴区', kind: 'walk-see-compete', asOf: null });
    expect(trend.points.map((point: Body) => [point.roundId, point.publicationVersion, point.standing, point.rank, point.score, point.movement, point.publishedAt])).toEqual([
      [first, 2, 'ranked', 2, 86, null, '2026-08-03T02:00:00.000Z'],
      [second, 1, 'ranked', 3, 70, -1, '2027-01-08T02:00:00.000Z'],
    ]);
    const earlier = (await as('viewer').get('/counties/wuxing/trend?kind=walk-see-compete&asOf=2026-08-10T00:00:00Z').expect(200)).body;
    expect(earlier.points.map((point: Body) => [point.roundId, point.publicationVersion, point.rank, point.score])).toEqual([[first, 1, 1, 92]]);
    expect((await as('viewer').get('/counties/anji/trend?kind=quarterly-theme').expect(200)).body.points).toEqual([]);
  });

  it('lets an outsider recompute each inputsHash from GET /rounds/:id and GET /tasks alone, following the recipe in the OpenAPI description', async () => {
    /** RFC 8785 for the values at hand: keys sorted by UTF-16 code units, no whitespace, JSON.stringify for strings and numbers. */
    const canonical = (value: unknown): string => {
      if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
      if (value !== null && typeof value === 'object') {
        const object = value as Record<string, unknown>;
        return `{${Object.keys(object)
          .sort()
          .map((key) => `${JSON.stringify(key)}:${canonical(object[key])}`)
          .join(',')}}`;
      }
      return JSON.stringify(value);
    };
    const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

    async function recomputed(roundId: string): Promise<{ hash: string; shown: string }> {
      const round = (await as('viewer').get(`/rounds/${roundId}`).expect(200)).body;
      const ranking = (await as('viewer').get(`/rounds/${roundId}/ranking`).expect(200)).body;
      const tasks: Body[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `/tasks?round=${roundId}&limit=2${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
        const page: Body = (await as('viewer').get(query).expect(200)).body;
        tasks.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor !== null);
      const scope = new Set<string>(round.scopeCountyIds);
      const sheets = tasks
        .filter((task) => task.targetCountyId !== null && scope.has(task.targetCountyId))
        .flatMap((task) =>
          Object.entries(task.scores as Record<string, Record<string, number>>).map(([inspectorId, scores]) => ({
            countyId: task.targetCountyId,
            inspectorId,
            scores: Object.entries(scores)
              .map(([itemCode, score]) => ({ itemCode, score }))
              .sort((a, b) => byCodeUnits(a.itemCode, b.itemCode)),
            taskId: task.taskId,
          })),
        )
        .sort((a, b) => byCodeUnits(a.countyId, b.countyId) || byCodeUnits(a.taskId, b.taskId) || byCodeUnits(a.inspectorId, b.inspectorId));
      const document = {
        counties: [...round.scopeCountyIds].sort(byCodeUnits),
        methodVersion: ranking.methodVersion,
        perRedCase: round.scoringPolicy.deductions?.perRedCase ?? 0,
        previous:
          ranking.previousRoundId === null
            ? null
            : {
                ranks: Object.fromEntries(ranking.entries.filter((entry: Body) => entry.previousRank !== null).map((entry: Body) => [entry.countyId, entry.previousRank])),
                roundId: ranking.previousRoundId,
              },
        redCases: Object.fromEntries(ranking.entries.map((entry: Body) => [entry.countyId, entry.redCases])),
        rubric: round.rubric.items
          .map((item: Body) => ({ code: item.code, maxScore: item.maxScore, weight: item.weight }))
          .sort((a: Body, b: Body) => byCodeUnits(a.code, b.code)),
        sheets,
      };
      return { hash: createHash('sha256').update(canonical(document), 'utf8').digest('hex'), shown: ranking.inputsHash };
    }

    // The first round: red-card deductions, no previous round; the second: movement against the first.
    for (const roundId of [first, second]) {
      const { hash, shown } = await recomputed(roundId);
      expect(hash).toBe(shown);
    }
  });

  it('refuses what it cannot rank, unknown ids and bad input with a problem, and strangers with 401', async () => {
    const inspection = await plannedRound('major-inspection', '2026年大督查', { opensOn: '2026-10-01', closesOn: '2026-12-31' });
    await eventually(async () => expectProblem(await as('viewer').get(`/rounds/${inspection}/ranking`), 409, 'ROUND_NOT_RANKED'));
    expectProblem(await as('admin').post(`/rounds/${inspection}/republish`, { reason: '复核' }), 409, 'ROUND_NOT_PUBLISHED');
    expectProblem(await as('admin').post('/rounds/no-such-round/republish', { reason: '复核' }), 404, 'ROUND_NOT_FOUND');
    await as('admin').post(`/rounds/${second}/archive`).expect(200);
    expectProblem(await as('admin').post(`/rounds/${second}/republish`, { reason: '复核' }), 409, 'ROUND_ALREADY_ARCHIVED');
    const archived = await rankingOnceCaughtUp(`/rounds/${second}/ranking`, (body) => expect(body.status).toBe('archived'));
    expect(archived).toMatchObject({ basis: 'publication', publication: { version: 1 } });
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

  it('documents the routes in the OpenAPI document: the reads open to any signed-in user, the live view and the republication to admins, the inputs-hash recipe on the ranking', async () => {
    const document = (await request(app.getHttpServer()).get('/docs-json').expect(200)).body;
    for (const path of ['/rounds/{id}/ranking', '/counties/{id}/trend']) {
      const operation = document.paths[path].get;
      expect(operation.tags).toEqual(['ranking']);
      expect(operation.description).toMatch(/^Any signed-in user\./);
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '404', '409']));
    }
    const ranking = document.paths['/rounds/{id}/ranking'].get.description as string;
    for (const part of ['SHA-256', 'RFC 8785', 'GET /tasks?round={id}', 'scopeCountyIds', 'perRedCase', 'previousRank', 'redCases', 'UTF-16 code units', 'POST /rounds/{id}/republish']) {
      expect(ranking).toContain(part);
    }
    for (const [path, method] of [
      ['/rounds/{id}/ranking/live', 'get'],
      ['/rounds/{id}/republish', 'post'],
    ] as const) {
      const operation = document.paths[path][method];
      expect(operation.description).toMatch(/^Roles: admin\./);
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '401', '403', '404', '409']));
    }
    expect(document.paths['/rounds/{id}/republish'].post.responses['409'].description).toContain('RANKING_UNCHANGED');
  });
});
