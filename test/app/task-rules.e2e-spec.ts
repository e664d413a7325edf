import { NestExpressApplication } from '@nestjs/platform-express';
import { Pool } from 'pg';
import request, { Response, Test } from 'supertest';
import { RoundState, roundStreamId, taskStreamId } from '@app/supervision';
import { primaryTarget, TestDatabase } from '@app/testing';
import { WorkflowEngine } from '@app/workflow-runtime';
import { createApiTestApp, testConfig } from './api-test-app';
import { addInspector, countEvents, DemoSession, PROBLEM_JSON, signIn } from './demo-session';

/*
 * The rules DESIGN §3 gives tasks against their round, over HTTP on the real database: one task
 * per round × target unit (also under concurrent assignments), no task opened before its round
 * starts, and nothing rescored, found or reopened once the round's scoring closed.
 */

const RUBRIC = { items: [{ code: 'org-building', title: '组织建设', weight: 1, maxScore: 10 }] };

describe('task rules against their round, over HTTP, on the real database', () => {
  let testDatabase: TestDatabase;
  let app: NestExpressApplication;
  let pool: Pool;
  const sessions: Record<string, DemoSession> = {};

  beforeAll(async () => {
    testDatabase = await primaryTarget().create();
    pool = testDatabase.database.pool;
    app = await createApiTestApp(testDatabase.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' }) });
    await addInspector(app, 'inspector.wuxing.2', 'wuxing');
    for (const username of ['admin', 'inspector.wuxing', 'inspector.wuxing.2', 'inspector.anji']) sessions[username] = await signIn(app, username);
  });

  afterAll(async () => {
    await app?.close();
    await testDatabase?.dispose();
  });

  const post = (username: string, path: string, body?: object): Test => {
    const call = request(app.getHttpServer()).post(path).set('Authorization', sessions[username]!.authorization);
    return body === undefined ? call : call.send(body);
  };
  const get = (username: string, path: string): Test => request(app.getHttpServer()).get(path).set('Authorization', sessions[username]!.authorization);

  async function plannedRound(): Promise<string> {
    const planned = await post('admin', '/rounds', {
      kind: 'walk-see-compete',
      title: '2026年第三季度走看赛',
      period: '2026-Q3',
      scopeCountyIds: ['anji', 'wuxing', 'deqing'],
      rubric: RUBRIC,
      scoringPolicy: { method: 'mean' },
      window: { opensOn: '2026-07-01', closesOn: '2026-09-30' },
    }).expect(201);
    return planned.body.id as string;
  }

  async function activeRound(): Promise<string> {
    const roundId = await plannedRound();
    await post('admin', `/rounds/${roundId}/start`).expect(200);
    return roundId;
  }

  const assignment = (targetUnitId: string, inspectorIds = ['inspector.wuxing']) => ({ targetUnitId, inspectorIds, dueWorkingDays: 5 });

  function expectProblem(response: Response, status: number, code: string): void {
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
  }

  async function refusedWithoutAppending(call: Test, status: number, code: string): Promise<Response> {
    const before = await countEvents(pool);
    const response = await call;
    expectProblem(response, status, code);
    expect(await countEvents(pool)).toBe(before);
    return response;
  }

  const tasksOf = async (roundId: string, unit: string): Promise<string[]> =>
    (await get('admin', `/tasks?round=${roundId}&unit=${unit}`).expect(200)).body.items
      .filter((task: { targetUnitId: string }) => task.targetUnitId === unit)
      .map((task: { taskId: string }) => task.taskId);

  describe('one task per round × target unit', () => {
    it('eight concurrent assignments of one unit end with one task: one is taken, the other seven get 409 UNIT_ALREADY_HAS_TASK naming it', async () => {
      const roundId = await activeRound();
      const before = await countEvents(pool);
      const inspectors = [['inspector.wuxing'], ['inspector.wuxing.2'], ['inspector.wuxing', 'inspector.wuxing.2']];
      const responses = await Promise.all(
        Array.from({ length: 8 }, (_unused, index) => post('admin', `/rounds/${roundId}/tasks`, assignment('anji', inspectors[index % 3]))),
      );
      const taken = responses.filter((response) => response.status === 201);
      const refused = responses.filter((response) => response.status !== 201);
      expect(taken).toHaveLength(1);
      const taskId = taken[0]!.body.id as string;
      expect(refused).toHaveLength(7);
      for (const response of refused) {
        expectProblem(response, 409, 'UNIT_ALREADY_HAS_TASK');
        expect(response.body.details).toEqual({ taskId, roundId, targetUnitId: 'anji' });
      }
      expect(await countEvents(pool)).toBe(before + 1);
      expect(await tasksOf(roundId, 'anji')).toEqual([taskId]);
    });

    it('a retry of an assignment with the same Idempotency-Key gets its first answer and appends nothing', async () => {
      const roundId = await activeRound();
      const first = await post('admin', `/rounds/${roundId}/tasks`, assignment('anji')).set('Idempotency-Key', 'assign-anji-once').expect(201);
      const before = await countEvents(pool);
      const retry = await post('admin', `/rounds/${roundId}/tasks`, assignment('anji')).set('Idempotency-Key', 'assign-anji-once').expect(201);
      expect(retry.body).toEqual(first.body);
      expect(await countEvents(pool)).toBe(before);
    });

    it('another assignment of an assigned unit is refused naming its task; another unit of the round and the unit in another round are assigned', async () => {
      const roundId = await activeRound();
      const first = await post('admin', `/rounds/${roundId}/tasks`, assignment('anji')).expect(201);
      const again = await refusedWithoutAppending(
        post('admin', `/rounds/${roundId}/tasks`, { ...assignment('anji', ['inspector.wuxing.2']), dueWorkingDays: 9 }).set('Idempotency-Key', 'another-key'),
        409,
        'UNIT_ALREADY_HAS_TASK',
      );
      expect(again.body.details).toEqual({ taskId: first.body.id, roundId, targetUnitId: 'anji' });
      const township = await post('admin', `/rounds/${roundId}/tasks`, assignment('anji-tianhuangping')).expect(201);
      const otherRound = await post('admin', `/rounds/${await activeRound()}/tasks`, assignment('anji')).expect(201);
      expect(new Set([first.body.id, township.body.id, otherRound.body.id]).size).toBe(3);
    });

    it('a task assigned under an id of its own (as the demo assigns its tasks) still counts: assigning its unit again is refused naming it', async () => {
      const roundId = await activeRound();
      const round = (await app.get(WorkflowEngine).load<RoundState>('round', roundStreamId(roundId))).state;
      if (round.status === 'unplanned') throw new Error('the round was just planned');
      const ownId = `${roundId}-deqing`;
      await app.get(WorkflowEngine).handle(
        'task',
        taskStreamId(ownId),
        {
          type: 'AssignTask',
          taskId: ownId,
          roundId,
          roundKind: round.kind,
          roundStatus: round.status,
          targetUnitId: 'deqing',
          targetCountyId: 'deqing',
          inspectors: [{ inspectorId: 'inspector.wuxing', homeCountyId: 'wuxing' }],
          rubric: round.rubric,
          dueWorkingDays: 5,
        },
        { actor: { userId: 'admin', roles: ['admin'] }, commandId: `legacy-assignment-${roundId}` },
      );
      const refused = await refusedWithoutAppending(post('admin', `/rounds/${roundId}/tasks`, assignment('deqing')), 409, 'UNIT_ALREADY_HAS_TASK');
      expect(refused.body.details).toEqual({ taskId: ownId, roundId, targetUnitId: 'deqing' });
      expect(await tasksOf(roundId, 'deqing')).toEqual([ownId]);
    });
  });

  describe('the round’s lifecycle bounds the inspection', () => {
    it('a task assigned while its round is planned is not opened before the round starts: 409 ROUND_NOT_ACTIVE; once started it opens', async () => {
      const roundId = await plannedRound();
      const taskId = (await post('admin', `/rounds/${roundId}/tasks`, assignment('anji')).expect(201)).body.id as string;
      const early = await refusedWithoutAppending(post('inspector.wuxing', `/tasks/${taskId}/open`), 409, 'ROUND_NOT_ACTIVE');
      expect(early.body.details).toEqual({ roundId, status: 'planned' });
      await refusedWithoutAppending(post('admin', `/tasks/${taskId}/open`), 409, 'ROUND_NOT_ACTIVE');
      await post('admin', `/rounds/${roundId}/start`).expect(200);
      const opened = await post('inspector.wuxing', `/tasks/${taskId}/open`).expect(200);
      expect(opened.body.state.status).toBe('opened');
    });

    it('once scoring closed, nothing is rescored, found, reopened or opened; an open task is still submitted and closed', async () => {
      const roundId = await activeRound();
      const scored = (await post('admin', `/rounds/${roundId}/tasks`, assignment('anji')).expect(201)).body.id as string;
      const done = (await post('admin', `/rounds/${roundId}/tasks`, assignment('deqing', ['inspector.anji'])).expect(201)).body.id as string;
      const untouched = (await post('admin', `/rounds/${roundId}/tasks`, assignment('anji-xilong')).expect(201)).body.id as string;
      await post('inspector.wuxing', `/tasks/${scored}/open`).expect(200);
      await post('inspector.wuxing', `/tasks/${scored}/scores`, { scores: [{ itemCode: 'org-building', score: 8 }] }).expect(200);
      await post('inspector.anji', `/tasks/${done}/open`).expect(200);
      await post('inspector.anji', `/tasks/${done}/scores`, { scores: [{ itemCode: 'org-building', score: 6 }] }).expect(200);
      await post('inspector.anji', `/tasks/${done}/submit`).expect(200);
      await post('admin', `/rounds/${roundId}/close-scoring`).expect(200);

      await refusedWithoutAppending(post('inspector.wuxing', `/tasks/${scored}/scores`, { scores: [{ itemCode: 'org-building', score: 10 }] }), 409, 'ROUND_NOT_ACTIVE');
      const finding = { title: '议事制度落实不到位', description: '村民议事会记录不全', severity: 'low', unitId: 'anji' };
      const late = await refusedWithoutAppending(post('inspector.wuxing', `/tasks/${scored}/findings`, finding), 409, 'ROUND_NOT_ACTIVE');
      expect(late.body.details).toEqual({ roundId, status: 'scoring-closed' });
      await refusedWithoutAppending(post('admin', `/tasks/${done}/reopen`, { reason: '评分有误，需复核' }), 409, 'ROUND_NOT_ACTIVE');
      await post('admin', `/tasks/${done}/close`).expect(200);
      await refusedWithoutAppending(post('admin', `/tasks/${done}/reopen`, { reason: '评分有误，需复核' }), 409, 'ROUND_NOT_ACTIVE');
      await refusedWithoutAppending(post('inspector.wuxing', `/tasks/${untouched}/open`), 409, 'ROUND_NOT_ACTIVE');

      await post('inspector.wuxing', `/tasks/${scored}/submit`).expect(200);
      const closed = await post('admin', `/tasks/${scored}/close`).expect(200);
      expect(closed.body.state).toMatchObject({ status: 'closed', scores: { 'inspector.wuxing': { 'org-building': 8 } }, findings: [] });
      const reopened = await get('admin', `/tasks/${done}`).expect(200);
      expect(reopened.body).toMatchObject({ status: 'closed', reopenCount: 0, scores: { 'inspector.anji': { 'org-building': 6 } } });
    });
  });
});
