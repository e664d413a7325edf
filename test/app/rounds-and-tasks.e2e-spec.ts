import { NestExpressApplication } from '@nestjs/platform-express';
import { Pool } from 'pg';
import request, { Response, Test } from 'supertest';
import { roundStreamId, taskStreamId } from '@app/supervision';
import { primaryTarget, TestDatabase } from '@app/testing';
import { createApiTestApp, testConfig } from './api-test-app';
import { addInspector, countEvents, DemoSession, eventsOfStreams, PROBLEM_JSON, signIn, streamVersion } from './demo-session';

/*
 * A 走看赛 (walk-see-compete) round driven over HTTP by the Huzhou demo users, on the real
 * database: the happy path from planning to archive, then the refusals, the bad input and the
 * retries, each checked against what the event log holds afterwards.
 */

const RUBRIC = {
  items: [
    { code: 'org-building', title: '组织建设', weight: 0.4, maxScore: 10 },
    { code: 'village-governance', title: '乡村治理', weight: 0.6, maxScore: 20 },
  ],
};

function walkSeeCompeteRound(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'walk-see-compete',
    title: '2026年第三季度走看赛',
    period: '2026-Q3',
    scopeCountyIds: ['wuxing', 'anji'],
    rubric: RUBRIC,
    scoringPolicy: { method: 'mean' },
    window: { opensOn: '2026-07-01', closesOn: '2026-09-30' },
    ...overrides,
  };
}

function expectProblem(response: Response, status: number, code: string): void {
  expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
  expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
  expect(response.body).toMatchObject({ status, code, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
}

describe('走看赛 rounds and tasks over HTTP, as the demo users, on the real database', () => {
  let testDatabase: TestDatabase;
  let app: NestExpressApplication;
  let pool: Pool;
  const sessions: Record<string, DemoSession> = {};

  beforeAll(async () => {
    testDatabase = await primaryTarget().create();
    pool = testDatabase.database.pool;
    app = await createApiTestApp(testDatabase.database, {
      // Every demo user signs in from the same address; the login limit is not under test here.
      config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' }),
    });
    // The demo has one inspector per county; a task here has two, neither from its county.
    await addInspector(app, 'inspector.wuxing.2', 'wuxing');
    await addInspector(app, 'inspector.anji.2', 'anji');
    const usernames = [
      'admin',
      'inspector.wuxing',
      'inspector.wuxing.2',
      'inspector.anji',
      'inspector.anji.2',
      'official.anji',
      'official.nanxun',
      'auditor',
      'viewer',
    ];
    for (const username of usernames) sessions[username] = await signIn(app, username);
  });

  afterAll(async () => {
    await app?.close();
    await testDatabase?.dispose();
  });

  const http = () => request(app.getHttpServer());
  const as = (username: string) => sessions[username]!.authorization;
  const post = (username: string, path: string, body?: unknown): Test => {
    const call = http().post(path).set('Authorization', as(username));
    return body === undefined ? call : call.send(body as object);
  };
  const get = (username: string, path: string): Test => http().get(path).set('Authorization', as(username));

  /** A command that succeeded: its ETag is its version, and the store holds that version. */
  async function accepted(call: Test, status: 200 | 201, streamId: (id: string) => string): Promise<Response> {
    const response = await call;
    expect({ status: response.status, body: response.body }).toMatchObject({ status });
    expect(response.headers['etag']).toBe(`"${response.body.version}"`);
    expect(await streamVersion(pool, streamId(response.body.id))).toBe(response.body.version);
    return response;
  }

  async function activeRound(overrides: Record<string, unknown> = {}): Promise<string> {
    const planned = await accepted(post('admin', '/rounds', walkSeeCompeteRound(overrides)), 201, roundStreamId);
    await accepted(post('admin', `/rounds/${planned.body.id}/start`), 200, roundStreamId);
    return planned.body.id as string;
  }

  async function assignedTask(roundId: string, targetUnitId: string, inspectorIds: string[]): Promise<string> {
    const assigned = await accepted(post('admin', `/rounds/${roundId}/tasks`, { targetUnitId, inspectorIds, dueWorkingDays: 5 }), 201, taskStreamId);
    return assigned.body.id as string;
  }

  async function openedTask(roundId: string, targetUnitId: string, inspectorIds: string[]): Promise<string> {
    const taskId = await assignedTask(roundId, targetUnitId, inspectorIds);
    await accepted(post(inspectorIds[0]!, `/tasks/${taskId}/open`), 200, taskStreamId);
    return taskId;
  }

  /** Sends the request and checks that the log did not grow. */
  async function refusedWithoutAppending(call: Test, status: number, code: string): Promise<Response> {
    const before = await countEvents(pool);
    const response = await call;
    expectProblem(response, status, code);
    expect(await countEvents(pool)).toBe(before);
    return response;
  }

  it('runs a whole 走看赛 round over two counties, two inspectors each, from planning to archive, every event naming its actor', async () => {
    const planned = await accepted(post('admin', '/rounds', walkSeeCompeteRound()), 201, roundStreamId);
    expect(planned.body).toMatchObject({
      version: 1,
      replayed: false,
      events: [{ type: 'RoundPlanned', version: 1 }],
      state: { status: 'planned', kind: 'walk-see-compete', period: '2026-Q3', scopeCountyIds: ['wuxing', 'anji'], rubric: { version: 1, items: RUBRIC.items } },
    });
    const roundId = planned.body.id as string;
    const started = await accepted(post('admin', `/rounds/${roundId}/start`), 200, roundStreamId);
    expect(started.body).toMatchObject({ version: 2, state: { status: 'active' } });

    // 安吉县 is inspected by the two 吴兴区 inspectors, 吴兴区 by the two 安吉县 inspectors.
    const plan = [
      { county: 'anji', inspectors: ['inspector.wuxing', 'inspector.wuxing.2'], findingAt: 'anji-tianhuangping-yucun' },
      { county: 'wuxing', inspectors: ['inspector.anji', 'inspector.anji.2'], findingAt: 'wuxing-zhili-yigao' },
    ];
    const taskIds: string[] = [];
    for (const { county, inspectors, findingAt } of plan) {
      const assigned = await accepted(
        post('admin', `/rounds/${roundId}/tasks`, { targetUnitId: county, inspectorIds: inspectors, dueWorkingDays: 10 }),
        201,
        taskStreamId,
      );
      expect(assigned.body.state).toMatchObject({
        status: 'assigned',
        roundId,
        targetUnitId: county,
        targetCountyId: county,
        inspectors: inspectors.map((inspectorId) => ({ inspectorId, homeCountyId: inspectorId.includes('wuxing') ? 'wuxing' : 'anji' })),
        rubric: { version: 1 },
      });
      const taskId = assigned.body.id as string;
      taskIds.push(taskId);

      const opened = await accepted(post(inspectors[0]!, `/tasks/${taskId}/open`), 200, taskStreamId);
      expect(opened.body.state.status).toBe('opened');
      for (const [index, inspector] of inspectors.entries()) {
        // One recording per rubric item, each inspector their own.
        await accepted(post(inspector, `/tasks/${taskId}/scores`, { scores: [{ itemCode: 'org-building', score: 7 + index }] }), 200, taskStreamId);
        await accepted(
          post(inspector, `/tasks/${taskId}/scores`, { scores: [{ itemCode: 'village-governance', score: 15 + index }] }),
          200,
          taskStreamId,
        );
        const finding = await accepted(
          post(inspector, `/tasks/${taskId}/findings`, {
            title: `议事制度落实不到位（${inspector}）`,
            description: '村民议事会记录不全',
            severity: index === 0 ? 'medium' : 'low',
            unitId: findingAt,
          }),
          200,
          taskStreamId,
        );
        expect(finding.body.events).toEqual([expect.objectContaining({ type: 'TaskFindingRecorded' })]);
      }
      const submitted = await accepted(post(inspectors[1]!, `/tasks/${taskId}/submit`), 200, taskStreamId);
      expect(submitted.body.state).toMatchObject({ status: 'submitted', submittedBy: inspectors[1] });
      const closed = await accepted(post('admin', `/tasks/${taskId}/close`), 200, taskStreamId);
      expect(closed.body.state.status).toBe('closed');
    }

    for (const transition of ['close-scoring', 'publish', 'archive']) {
      await accepted(post('admin', `/rounds/${roundId}/${transition}`), 200, roundStreamId);
    }

    const round = await get('viewer', `/rounds/${roundId}`).expect(200);
    expect(round.body).toMatchObject({ roundId, status: 'archived', kind: 'walk-see-compete', scoringPolicy: { method: 'mean' } });
    expect(round.headers['etag']).toBe(`"${await streamVersion(pool, roundStreamId(roundId))}"`);
    expect(round.headers['etag']).toBe('"5"');
    const rounds = await get('viewer', '/rounds').expect(200);
    expect(rounds.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ roundId, status: 'archived' })]));

    for (const [index, taskId] of taskIds.entries()) {
      const { inspectors, findingAt } = plan[index]!;
      const task = await get('admin', `/tasks/${taskId}`).expect(200);
      expect(task.headers['etag']).toBe(`"${await streamVersion(pool, taskStreamId(taskId))}"`);
      expect(task.headers['etag']).toBe('"10"');
      expect(task.body).toMatchObject({
        status: 'closed',
        scores: {
          [inspectors[0]!]: { 'org-building': 7, 'village-governance': 15 },
          [inspectors[1]!]: { 'org-building': 8, 'village-governance': 16 },
        },
        findings: [
          { severity: 'medium', unitId: findingAt, recordedBy: inspectors[0] },
          { severity: 'low', unitId: findingAt, recordedBy: inspectors[1] },
        ],
      });
    }
    const board = await get('admin', `/tasks?round=${roundId}`).expect(200);
    expect(board.body.items.map((task: { taskId: string; status: string }) => [task.taskId, task.status]).sort()).toEqual(
      taskIds.map((taskId) => [taskId, 'closed']).sort(),
    );

    const actorOf = (username: string) => sessions[username]!.userId;
    const expected = [
      ...['RoundPlanned', 'RoundStarted'].map((type) => [roundStreamId(roundId), type, actorOf('admin')]),
      ...taskIds.flatMap((taskId, index) => {
        const [first, second] = plan[index]!.inspectors.map(actorOf);
        return [
          ['TaskAssigned', actorOf('admin')],
          ['TaskOpened', first],
          ['TaskScoresRecorded', first],
          ['TaskScoresRecorded', first],
          ['TaskFindingRecorded', first],
          ['TaskScoresRecorded', second],
          ['TaskScoresRecorded', second],
          ['TaskFindingRecorded', second],
          ['TaskSubmitted', second],
          ['TaskClosed', actorOf('admin')],
        ].map(([type, actor]) => [taskStreamId(taskId), type, actor]);
      }),
      ...['RoundScoringClosed', 'RoundPublished', 'RoundArchived'].map((type) => [roundStreamId(roundId), type, actorOf('admin')]),
    ];
    const stored = await eventsOfStreams(pool, [roundStreamId(roundId), ...taskIds.map(taskStreamId)]);
    expect(stored.map((event) => [event.streamId, event.type, event.actorId])).toEqual(expected);
    // Versions run 1, 2, 3… in each stream without a gap.
    for (const streamId of [roundStreamId(roundId), ...taskIds.map(taskStreamId)]) {
      const versions = stored.filter((event) => event.streamId === streamId).map((event) => event.version);
      expect(versions).toEqual(versions.map((_version, index) => index + 1));
    }
  });

  describe('refusals', () => {
    let roundId: string;
    let anjiTaskId: string;

    beforeAll(async () => {
      roundId = await activeRound({ scopeCountyIds: ['anji', 'deqing', 'nanxun'] });
      anjiTaskId = await openedTask(roundId, 'anji', ['inspector.wuxing']);
    });

    it.each(['inspector.wuxing', 'official.anji', 'auditor', 'viewer'])('%s may not plan a round: 403 ROLE_FORBIDDEN, nothing appended', async (username) => {
      const response = await refusedWithoutAppending(post(username, '/rounds', walkSeeCompeteRound()), 403, 'ROLE_FORBIDDEN');
      expect(response.body.details).toEqual({ allowedRoles: ['admin'] });
    });

    it('an inspector may not move a round along or assign tasks: 403 ROLE_FORBIDDEN', async () => {
      await refusedWithoutAppending(post('inspector.wuxing', `/rounds/${roundId}/close-scoring`), 403, 'ROLE_FORBIDDEN');
      await refusedWithoutAppending(
        post('inspector.wuxing', `/rounds/${roundId}/tasks`, { targetUnitId: 'deqing', inspectorIds: ['inspector.wuxing'], dueWorkingDays: 5 }),
        403,
        'ROLE_FORBIDDEN',
      );
    });

    it('an inspector not assigned to a task may not open it, score it, record a finding on it or submit it: 403 NOT_ASSIGNED_INSPECTOR', async () => {
      const taskId = await assignedTask(roundId, 'deqing', ['inspector.wuxing']);
      await refusedWithoutAppending(post('inspector.anji', `/tasks/${taskId}/open`), 403, 'NOT_ASSIGNED_INSPECTOR');
      await accepted(post('inspector.wuxing', `/tasks/${taskId}/open`), 200, taskStreamId);
      await refusedWithoutAppending(
        post('inspector.anji', `/tasks/${taskId}/scores`, { scores: [{ itemCode: 'org-building', score: 5 }] }),
        403,
        'NOT_ASSIGNED_INSPECTOR',
      );
      await refusedWithoutAppending(
        post('inspector.anji', `/tasks/${taskId}/findings`, { title: '问题', description: '描述', severity: 'low', unitId: 'deqing' }),
        403,
        'NOT_ASSIGNED_INSPECTOR',
      );
      await refusedWithoutAppending(post('inspector.anji', `/tasks/${taskId}/submit`), 403, 'NOT_ASSIGNED_INSPECTOR');
      const task = await get('admin', `/tasks/${taskId}`).expect(200);
      expect(task.body).toMatchObject({ status: 'opened', scores: {}, findings: [] });
    });

    it('assigning an inspector to a task in their own home county is refused: 409 INSPECTOR_RECUSED, down to a township of that county', async () => {
      // A round of its own: this round's 安吉县 has its task already, which a second assignment would meet first.
      const fresh = await activeRound({ scopeCountyIds: ['anji'] });
      const county = await refusedWithoutAppending(
        post('admin', `/rounds/${fresh}/tasks`, { targetUnitId: 'anji', inspectorIds: ['inspector.wuxing', 'inspector.anji'], dueWorkingDays: 5 }),
        409,
        'INSPECTOR_RECUSED',
      );
      expect(county.body.details).toEqual({ inspectorId: 'inspector.anji', countyId: 'anji' });
      const township = await refusedWithoutAppending(
        post('admin', `/rounds/${fresh}/tasks`, { targetUnitId: 'anji-tianhuangping', inspectorIds: ['inspector.anji.2'], dueWorkingDays: 5 }),
        409,
        'INSPECTOR_RECUSED',
      );
      expect(township.body.details).toEqual({ inspectorId: 'inspector.anji.2', countyId: 'anji' });
    });

    it('an official of 南浔区 neither reads nor acts on a task for 安吉县, and does not see it on the board; 安吉县 official does', async () => {
      const read = await refusedWithoutAppending(get('official.nanxun', `/tasks/${anjiTaskId}`), 403, 'OUT_OF_SCOPE');
      expect(read.body.details).toBeUndefined(); // a refusal names nothing of the other unit
      await refusedWithoutAppending(post('official.nanxun', `/tasks/${anjiTaskId}/open`), 403, 'ROLE_FORBIDDEN');
      await refusedWithoutAppending(
        post('official.nanxun', `/tasks/${anjiTaskId}/scores`, { scores: [{ itemCode: 'org-building', score: 5 }] }),
        403,
        'ROLE_FORBIDDEN',
      );
      await refusedWithoutAppending(post('official.nanxun', `/tasks/${anjiTaskId}/close`), 403, 'ROLE_FORBIDDEN');

      const nanxunBoard = await get('official.nanxun', `/tasks?round=${roundId}`).expect(200);
      expect(nanxunBoard.body.items).toEqual([]);
      const nanxunTask = await openedTask(roundId, 'nanxun', ['inspector.anji']);
      const nanxunBoardAfter = await get('official.nanxun', `/tasks?round=${roundId}`).expect(200);
      expect(nanxunBoardAfter.body.items.map((task: { taskId: string }) => task.taskId)).toEqual([nanxunTask]);
      await get('official.nanxun', `/tasks/${nanxunTask}`).expect(200);

      const anji = await get('official.anji', `/tasks/${anjiTaskId}`).expect(200);
      expect(anji.body).toMatchObject({ taskId: anjiTaskId, targetUnitId: 'anji' });
      const anjiBoard = await get('official.anji', `/tasks?round=${roundId}`).expect(200);
      expect(anjiBoard.body.items.map((task: { taskId: string }) => task.taskId)).toContain(anjiTaskId);
      expect(anjiBoard.body.items.map((task: { taskId: string }) => task.taskId)).not.toContain(nanxunTask);
    });

    it('without a token, or with a forged one, every route answers 401 problem+json and appends nothing', async () => {
      const missing = await refusedWithoutAppending(http().get('/rounds'), 401, 'UNAUTHENTICATED');
      expect(missing.headers['www-authenticate']).toBe('Bearer');
      await refusedWithoutAppending(http().post('/rounds').send(walkSeeCompeteRound()), 401, 'UNAUTHENTICATED');
      await refusedWithoutAppending(http().get(`/tasks/${anjiTaskId}`), 401, 'UNAUTHENTICATED');
      await refusedWithoutAppending(
        http().post(`/tasks/${anjiTaskId}/scores`).send({ scores: [{ itemCode: 'org-building', score: 5 }] }),
        401,
        'UNAUTHENTICATED',
      );
      await refusedWithoutAppending(
        http().post(`/rounds/${roundId}/close-scoring`).set('Authorization', 'Bearer not.a.token'),
        401,
        'INVALID_TOKEN',
      );
      await get('admin', `/rounds/${roundId}`).expect(200).expect('ETag', '"2"');
    });

    it('a round moves only along its lifecycle: 409 with the rule named', async () => {
      const planned = await accepted(post('admin', '/rounds', walkSeeCompeteRound()), 201, roundStreamId);
      const id = planned.body.id as string;
      await refusedWithoutAppending(post('admin', `/rounds/${id}/publish`), 409, 'ROUND_SCORING_NOT_CLOSED');
      await refusedWithoutAppending(post('admin', `/rounds/${id}/close-scoring`), 409, 'ROUND_NOT_ACTIVE');
      await refusedWithoutAppending(post('admin', `/rounds/${id}/archive`), 409, 'ROUND_NOT_PUBLISHED');
      await accepted(post('admin', `/rounds/${id}/start`), 200, roundStreamId);
      await refusedWithoutAppending(post('admin', `/rounds/${id}/start`), 409, 'ROUND_ALREADY_STARTED');
      await accepted(post('admin', `/rounds/${id}/close-scoring`), 200, roundStreamId);
      await refusedWithoutAppending(
        post('admin', `/rounds/${id}/tasks`, { targetUnitId: 'anji', inspectorIds: ['inspector.wuxing'], dueWorkingDays: 5 }),
        409,
        'ROUND_NOT_ACCEPTING_TASKS',
      );
    });

    it('scores are refused once the round has closed scoring: 409 ROUND_NOT_ACTIVE', async () => {
      const id = await activeRound();
      const taskId = await openedTask(id, 'anji', ['inspector.wuxing']);
      await accepted(post('admin', `/rounds/${id}/close-scoring`), 200, roundStreamId);
      await refusedWithoutAppending(
        post('inspector.wuxing', `/tasks/${taskId}/scores`, { scores: [{ itemCode: 'org-building', score: 5 }] }),
        409,
        'ROUND_NOT_ACTIVE',
      );
    });

    it('a task for a county outside the round scope is refused: 409 TARGET_OUTSIDE_ROUND_SCOPE', async () => {
      await refusedWithoutAppending(
        post('admin', `/rounds/${roundId}/tasks`, { targetUnitId: 'changxing', inspectorIds: ['inspector.wuxing'], dueWorkingDays: 5 }),
        409,
        'TARGET_OUTSIDE_ROUND_SCOPE',
      );
    });
  });

  describe('bad input', () => {
    let roundId: string;
    let taskId: string;

    beforeAll(async () => {
      roundId = await activeRound();
      taskId = await openedTask(roundId, 'anji', ['inspector.wuxing']);
    });

    it.each([
      ['a missing rubric', { rubric: undefined }, 'rubric'],
      ['a missing scoring policy', { scoringPolicy: undefined }, 'scoringPolicy'],
      ['a missing window', { window: undefined }, 'window'],
      ['a null rubric', { rubric: null }, 'rubric'],
      ['a rubric that is a string', { rubric: 'standard' }, 'rubric'],
      ['a rubric item that is null', { rubric: { items: [null] } }, 'rubric.items.0'],
      ['a rubric item that is a number', { rubric: { items: [7] } }, 'rubric.items.0'],
      ['deductions that are a number', { scoringPolicy: { method: 'mean', deductions: 5 } }, 'scoringPolicy.deductions'],
      ['a missing kind', { kind: undefined }, 'kind'],
      ['an unknown top-level field', { priority: 'high' }, 'priority'],
      ['an unknown field in a rubric item', { rubric: { items: [{ ...RUBRIC.items[0], colour: 'red' }] } }, 'rubric.items.0.colour'],
      ['a weight that is a string', { rubric: { items: [{ ...RUBRIC.items[0], weight: 'heavy' }] } }, 'rubric.items.0.weight'],
      ['an empty rubric', { rubric: { items: [] } }, 'rubric.items'],
      ['an unknown kind', { kind: 'walk-and-talk' }, 'kind'],
      ['scope given as a string', { scopeCountyIds: 'anji' }, 'scopeCountyIds'],
      ['a window date that is not a date', { window: { opensOn: 'July', closesOn: '2026-09-30' } }, 'window.opensOn'],
    ])('planning a round with %s answers 400 VALIDATION_FAILED naming the field, and appends nothing', async (_case, overrides, field) => {
      const response = await refusedWithoutAppending(post('admin', '/rounds', walkSeeCompeteRound(overrides)), 400, 'VALIDATION_FAILED');
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });

    it.each([
      ['no inspectors field', { targetUnitId: 'anji', dueWorkingDays: 5 }, 'inspectorIds'],
      ['dueWorkingDays as a string', { targetUnitId: 'anji', inspectorIds: ['inspector.wuxing'], dueWorkingDays: '5' }, 'dueWorkingDays'],
      ['dueWorkingDays of 0', { targetUnitId: 'anji', inspectorIds: ['inspector.wuxing'], dueWorkingDays: 0 }, 'dueWorkingDays'],
      ['an unknown field', { targetUnitId: 'anji', inspectorIds: ['inspector.wuxing'], dueWorkingDays: 5, urgent: true }, 'urgent'],
    ])('assigning a task with %s answers 400 VALIDATION_FAILED, and appends nothing', async (_case, body, field) => {
      const response = await refusedWithoutAppending(post('admin', `/rounds/${roundId}/tasks`, body), 400, 'VALIDATION_FAILED');
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });

    it.each([
      ['no scores field', {}, 'scores'],
      ['a score that is a string', { scores: [{ itemCode: 'org-building', score: 'ten' }] }, 'scores.0.score'],
      ['scores as an object', { scores: { 'org-building': 5 } }, 'scores'],
      ['scores of null', { scores: null }, 'scores'],
      ['a score entry that is null', { scores: [null] }, 'scores.0'],
      ['a score entry that is a number', { scores: [5] }, 'scores.0'],
      ['an unknown field on a score', { scores: [{ itemCode: 'org-building', score: 5, comment: 'ok' }] }, 'scores.0.comment'],
    ])('recording %s answers 400 VALIDATION_FAILED, and appends nothing', async (_case, body, field) => {
      const response = await refusedWithoutAppending(post('inspector.wuxing', `/tasks/${taskId}/scores`, body), 400, 'VALIDATION_FAILED');
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });

    it('a finding with an unknown severity or without a description answers 400 VALIDATION_FAILED, and appends nothing', async () => {
      await refusedWithoutAppending(
        post('inspector.wuxing', `/tasks/${taskId}/findings`, { title: '问题', description: '描述', severity: 'grave', unitId: 'anji' }),
        400,
        'VALIDATION_FAILED',
      );
      await refusedWithoutAppending(
        post('inspector.wuxing', `/tasks/${taskId}/findings`, { title: '问题', severity: 'low', unitId: 'anji' }),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('malformed JSON answers 400 MALFORMED_JSON, and appends nothing', async () => {
      await refusedWithoutAppending(
        post('admin', '/rounds').set('Content-Type', 'application/json').send('{"kind": "walk-see-compete",'),
        400,
        'MALFORMED_JSON',
      );
      await refusedWithoutAppending(
        post('inspector.wuxing', `/tasks/${taskId}/scores`).set('Content-Type', 'application/json').send('{"scores": [{"itemCode": }]}'),
        400,
        'MALFORMED_JSON',
      );
    });

    it('a body over 256kb answers 413 PAYLOAD_TOO_LARGE, and appends nothing', async () => {
      await refusedWithoutAppending(post('admin', '/rounds', walkSeeCompeteRound({ title: '走'.repeat(100 * 1024) })), 413, 'PAYLOAD_TOO_LARGE');
      const description = 'x'.repeat(300 * 1024);
      await refusedWithoutAppending(
        post('inspector.wuxing', `/tasks/${taskId}/findings`, { title: '问题', description, severity: 'low', unitId: 'anji' }),
        413,
        'PAYLOAD_TOO_LARGE',
      );
    });

    it('unknown ids answer 404 with the kind of thing that was not found, and append nothing', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      await refusedWithoutAppending(get('admin', `/rounds/${unknown}`), 404, 'ROUND_NOT_FOUND');
      await refusedWithoutAppending(post('admin', `/rounds/${unknown}/start`), 404, 'ROUND_NOT_FOUND');
      await refusedWithoutAppending(post('admin', `/rounds/${unknown}/archive`), 404, 'ROUND_NOT_FOUND');
      await refusedWithoutAppending(
        post('admin', `/rounds/${unknown}/tasks`, { targetUnitId: 'anji', inspectorIds: ['inspector.wuxing'], dueWorkingDays: 5 }),
        404,
        'ROUND_NOT_FOUND',
      );
      await refusedWithoutAppending(get('admin', `/tasks/${unknown}`), 404, 'TASK_NOT_FOUND');
      await refusedWithoutAppending(post('admin', `/tasks/${unknown}/open`), 404, 'TASK_NOT_FOUND');
      await refusedWithoutAppending(post('admin', `/tasks/${unknown}/close`), 404, 'TASK_NOT_FOUND');
      await refusedWithoutAppending(
        post('inspector.wuxing', `/tasks/${unknown}/scores`, { scores: [{ itemCode: 'org-building', score: 5 }] }),
        404,
        'TASK_NOT_FOUND',
      );
      await refusedWithoutAppending(
        post('inspector.wuxing', `/tasks/${unknown}/findings`, { title: '问题', description: '描述', severity: 'low', unitId: 'anji' }),
        404,
        'TASK_NOT_FOUND',
      );
      await refusedWithoutAppending(
        post('admin', `/rounds/${roundId}/tasks`, { targetUnitId: 'anji-nowhere', inspectorIds: ['inspector.wuxing'], dueWorkingDays: 5 }),
        404,
        'ORG_UNIT_NOT_FOUND',
      );
      await refusedWithoutAppending(
        post('admin', `/rounds/${roundId}/tasks`, { targetUnitId: 'anji', inspectorIds: ['inspector.nobody'], dueWorkingDays: 5 }),
        404,
        'INSPECTOR_NOT_FOUND',
      );
      // An account that exists but is no inspector is no inspector to assign.
      await refusedWithoutAppending(
        post('admin', `/rounds/${roundId}/tasks`, { targetUnitId: 'anji', inspectorIds: ['official.nanxun'], dueWorkingDays: 5 }),
        404,
        'INSPECTOR_NOT_FOUND',
      );
      await refusedWithoutAppending(
        post('inspector.wuxing', `/tasks/${taskId}/findings`, { title: '问题', description: '描述', severity: 'low', unitId: 'anji-nowhere' }),
        404,
        'ORG_UNIT_NOT_FOUND',
      );
    });

    it('a score above the item maximum, below 0 or for an item the rubric lacks answers 409 with its rule, and appends nothing', async () => {
      const above = await refusedWithoutAppending(
        post('inspector.wuxing', `/tasks/${taskId}/scores`, { scores: [{ itemCode: 'org-building', score: 10.5 }] }),
        409,
        'SCORE_OUT_OF_RANGE',
      );
      expect(above.body.details).toEqual({ itemCode: 'org-building', score: 10.5, min: 0, max: 10 });
      await refusedWithoutAppending(
        post('inspector.wuxing', `/tasks/${taskId}/scores`, { scores: [{ itemCode: 'village-governance', score: -1 }] }),
        409,
        'SCORE_OUT_OF_RANGE',
      );
      // One bad score refuses the whole recording, the good one included.
      await refusedWithoutAppending(
        post('inspector.wuxing', `/tasks/${taskId}/scores`, {
          scores: [
            { itemCode: 'org-building', score: 5 },
            { itemCode: 'village-governance', score: 21 },
          ],
        }),
        409,
        'SCORE_OUT_OF_RANGE',
      );
      await refusedWithoutAppending(
        post('inspector.wuxing', `/tasks/${taskId}/scores`, { scores: [{ itemCode: 'innovation', score: 1 }] }),
        409,
        'UNKNOWN_RUBRIC_ITEM',
      );
      await refusedWithoutAppending(post('inspector.wuxing', `/tasks/${taskId}/submit`), 409, 'SCORES_INCOMPLETE');
      await refusedWithoutAppending(
        post('inspector.wuxing', `/tasks/${taskId}/findings`, { title: '问题', description: '描述', severity: 'low', unitId: 'wuxing-aishan' }),
        409,
        'FINDING_OUTSIDE_TARGET',
      );
      const task = await get('admin', `/tasks/${taskId}`).expect(200);
      expect(task.body).toMatchObject({ status: 'opened', scores: {}, findings: [] });
    });

    it('a round whose scope names a unit that does not exist, or one that is not a county, is refused and appends nothing', async () => {
      const unknown = await refusedWithoutAppending(post('admin', '/rounds', walkSeeCompeteRound({ scopeCountyIds: ['anji', 'atlantis'] })), 404, 'ORG_UNIT_NOT_FOUND');
      expect(unknown.body.details).toEqual({ unitId: 'atlantis' });
      await refusedWithoutAppending(post('admin', '/rounds', walkSeeCompeteRound({ scopeCountyIds: ['anji', 'anji-dipu'] })), 409, 'INVALID_ROUND_SCOPE');
      await refusedWithoutAppending(post('admin', '/rounds', walkSeeCompeteRound({ scopeCountyIds: ['anji', 'anji'] })), 409, 'INVALID_ROUND_SCOPE');
    });

    it('text the database cannot hold (NUL) is refused as bad input, never a 500, and appends nothing', async () => {
      await refusedWithoutAppending(get('admin', '/rounds?cursor=%00'), 400, 'VALIDATION_FAILED');
      await refusedWithoutAppending(get('admin', '/tasks?cursor=round-%00'), 400, 'VALIDATION_FAILED');
      await refusedWithoutAppending(get('admin', '/rounds/%00'), 400, 'VALIDATION_FAILED');
      await refusedWithoutAppending(post('admin', '/tasks/%00/close'), 400, 'VALIDATION_FAILED');
      await refusedWithoutAppending(
        post('admin', `/rounds/${roundId}/tasks`, { targetUnitId: 'anji', inspectorIds: ['inspector.wuxing\u0000'], dueWorkingDays: 5 }),
        400,
        'VALIDATION_FAILED',
      );
      await refusedWithoutAppending(post('admin', '/rounds', walkSeeCompeteRound({ title: '走看赛\u0000' })), 400, 'VALIDATION_FAILED');
      await refusedWithoutAppending(
        post('inspector.wuxing', `/tasks/${taskId}/findings`, { title: '问题', description: '描述\u0000', severity: 'low', unitId: 'anji' }),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('a round that breaks a domain rule answers 409 with its code, and appends nothing', async () => {
      await refusedWithoutAppending(post('admin', '/rounds', walkSeeCompeteRound({ period: 'Q3-2026' })), 409, 'INVALID_PERIOD');
      await refusedWithoutAppending(
        post('admin', '/rounds', walkSeeCompeteRound({ window: { opensOn: '2026-09-30', closesOn: '2026-07-01' } })),
        409,
        'INVALID_ROUND_WINDOW',
      );
      await refusedWithoutAppending(
        post('admin', '/rounds', walkSeeCompeteRound({ rubric: { items: [RUBRIC.items[0], RUBRIC.items[0]] } })),
        409,
        'INVALID_RUBRIC',
      );
    });
  });

  describe('retries and stale versions', () => {
    it('planning a round again with the same Idempotency-Key appends nothing and answers the first result', async () => {
      const body = walkSeeCompeteRound({ title: '幂等走看赛' });
      const before = await countEvents(pool);
      const first = await post('admin', '/rounds', body).set('Idempotency-Key', 'plan-2026-q3-once').expect(201);
      const retry = await post('admin', '/rounds', body).set('Idempotency-Key', 'plan-2026-q3-once').expect(201);
      expect(await countEvents(pool)).toBe(before + 1);
      expect(first.body.replayed).toBe(false);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers['etag']).toBe(first.headers['etag']);
      const rounds = await get('admin', '/rounds?limit=200').expect(200);
      expect(rounds.body.items.filter((round: { title: string }) => round.title === '幂等走看赛')).toHaveLength(1);
    });

    it('recording scores, a finding or a transition again with the same Idempotency-Key appends nothing and answers the first result', async () => {
      const roundId = await activeRound();
      const taskId = await openedTask(roundId, 'anji', ['inspector.wuxing']);
      const calls: Array<() => Test> = [
        () => post('inspector.wuxing', `/tasks/${taskId}/scores`, { scores: [{ itemCode: 'org-building', score: 6 }] }),
        () => post('inspector.wuxing', `/tasks/${taskId}/findings`, { title: '问题', description: '描述', severity: 'high', unitId: 'anji-xilong-huangdu' }),
        () => post('inspector.wuxing', `/tasks/${taskId}/scores`, { scores: [{ itemCode: 'village-governance', score: 12 }] }),
        () => post('inspector.wuxing', `/tasks/${taskId}/submit`),
        () => post('admin', `/tasks/${taskId}/close`),
      ];
      for (const [index, call] of calls.entries()) {
        const key = `task-step-${index}`;
        const before = await countEvents(pool);
        const first = await call().set('Idempotency-Key', key).expect(200);
        const retry = await call().set('Idempotency-Key', key).expect(200);
        expect(await countEvents(pool)).toBe(before + 1);
        expect(retry.body).toEqual(first.body);
        expect(retry.headers['etag']).toBe(first.headers['etag']);
      }
      const task = await get('admin', `/tasks/${taskId}`).expect(200);
      expect(task.body).toMatchObject({ status: 'closed', scores: { 'inspector.wuxing': { 'org-building': 6, 'village-governance': 12 } } });
      expect(task.body.findings).toHaveLength(1);
    });

    it('a retry after the round has moved on still gets its first answer, not a refusal, and appends nothing', async () => {
      const roundId = await activeRound();
      const taskId = await openedTask(roundId, 'anji', ['inspector.wuxing']);
      const score = () => post('inspector.wuxing', `/tasks/${taskId}/scores`, { scores: [{ itemCode: 'org-building', score: 8 }] }).set('Idempotency-Key', 'score-before-close');
      const assign = () =>
        post('admin', `/rounds/${roundId}/tasks`, { targetUnitId: 'wuxing', inspectorIds: ['inspector.anji'], dueWorkingDays: 5 }).set('Idempotency-Key', 'assign-before-close');
      const firstScore = await score().expect(200);
      const firstAssign = await assign().expect(201);
      await accepted(post('admin', `/rounds/${roundId}/close-scoring`), 200, roundStreamId);

      const before = await countEvents(pool);
      const retriedScore = await score().expect(200);
      const retriedAssign = await assign().expect(201);
      expect(await countEvents(pool)).toBe(before);
      expect(retriedScore.body).toEqual(firstScore.body);
      expect(retriedAssign.body).toEqual(firstAssign.body);
      // A new command is still refused.
      await refusedWithoutAppending(
        post('inspector.wuxing', `/tasks/${taskId}/scores`, { scores: [{ itemCode: 'org-building', score: 8 }] }),
        409,
        'ROUND_NOT_ACTIVE',
      );
    });

    it('the same Idempotency-Key from a different user is a different command', async () => {
      const roundId = await activeRound();
      const taskId = await openedTask(roundId, 'anji', ['inspector.wuxing', 'inspector.wuxing.2']);
      const before = await countEvents(pool);
      const score = { scores: [{ itemCode: 'org-building', score: 4 }] };
      const first = await post('inspector.wuxing', `/tasks/${taskId}/scores`, score).set('Idempotency-Key', 'same-key').expect(200);
      const second = await post('inspector.wuxing.2', `/tasks/${taskId}/scores`, score).set('Idempotency-Key', 'same-key').expect(200);
      expect(await countEvents(pool)).toBe(before + 2);
      expect([first.body.replayed, second.body.replayed]).toEqual([false, false]);
      expect(second.body.state.scores).toEqual({ 'inspector.wuxing': { 'org-building': 4 }, 'inspector.wuxing.2': { 'org-building': 4 } });
    });

    it('a stale If-Match answers 412 WRONG_EXPECTED_VERSION and appends nothing; the current ETag goes through; a malformed one is 400', async () => {
      const planned = await accepted(post('admin', '/rounds', walkSeeCompeteRound()), 201, roundStreamId);
      const roundId = planned.body.id as string;
      const stale = await refusedWithoutAppending(post('admin', `/rounds/${roundId}/start`).set('If-Match', '"0"'), 412, 'WRONG_EXPECTED_VERSION');
      expect(stale.body.details).toMatchObject({ expectedVersion: 0, actualVersion: 1 });
      const etag = (await get('admin', `/rounds/${roundId}`).expect(200)).headers['etag']!;
      expect(etag).toBe('"1"');
      await accepted(post('admin', `/rounds/${roundId}/start`).set('If-Match', etag), 200, roundStreamId);

      const taskId = await openedTask(roundId, 'anji', ['inspector.wuxing']);
      const seen = (await get('inspector.wuxing', `/tasks/${taskId}`).expect(200)).headers['etag']!;
      await accepted(
        post('inspector.wuxing', `/tasks/${taskId}/scores`, { scores: [{ itemCode: 'org-building', score: 9 }] }).set('If-Match', seen),
        200,
        taskStreamId,
      );
      // The same ETag is stale now: someone (here the same inspector) has written since.
      await refusedWithoutAppending(
        post('inspector.wuxing', `/tasks/${taskId}/scores`, { scores: [{ itemCode: 'org-building', score: 3 }] }).set('If-Match', seen),
        412,
        'WRONG_EXPECTED_VERSION',
      );
      await refusedWithoutAppending(post('admin', `/tasks/${taskId}/close`).set('If-Match', 'W/"1"'), 412, 'WRONG_EXPECTED_VERSION');
      await refusedWithoutAppending(post('admin', `/tasks/${taskId}/close`).set('If-Match', 'latest'), 400, 'BAD_REQUEST');
      const task = await get('admin', `/tasks/${taskId}`).expect(200);
      expect(task.body.scores).toEqual({ 'inspector.wuxing': { 'org-building': 9 } });
    });
  });
});
