import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { roundStreamId, taskStreamId } from '@app/supervision';
import { primaryTarget, TestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { createApiTestApp, testConfig } from './api-test-app';
import { PROBLEM_JSON, signIn } from './demo-session';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every list of the API, with the item key that identifies a row of it. */
const LISTS = [
  { path: '/rounds', key: 'roundId' },
  { path: '/tasks', key: 'taskId' },
  { path: '/cases', key: 'caseId' },
  { path: '/audit/events', key: 'position' },
] as const;

/**
 * The lists page the same way: `nextCursor` out, `cursor` in, a page size of `limit`, and a
 * cursor the list cannot read — garbage, one with characters added, another list's — is 400
 * INVALID_CURSOR instead of an empty or a first page.
 */
describe('paging every list with cursors', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let admin: string;
  const clock = new SettableClock('2026-03-02T01:00:00.000Z');

  const get = (path: string) => request(app.getHttpServer()).get(path).set('Authorization', admin);
  const post = (path: string, body: object = {}) => request(app.getHttpServer()).post(path).set('Authorization', admin).send(body);

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '100' }), clock });
    admin = (await signIn(app, 'admin')).authorization;
    const roundIds: string[] = [];
    for (const quarter of ['Q1', 'Q2', 'Q3']) {
      const round = await post('/rounds', {
        kind: 'major-inspection',
        title: `2026年${quarter}大督查`,
        period: `2026-${quarter}`,
        rubric: { items: [{ code: 'rectification', title: '问题整改', weight: 1, maxScore: 10 }] },
        scoringPolicy: { method: 'mean' },
        window: { opensOn: '2026-03-01', closesOn: '2026-12-31' },
      }).expect(201);
      roundIds.push(round.body.id);
    }
    await post(`/rounds/${roundIds[0]}/start`).expect(200);
    for (const targetUnitId of ['anji', 'nanxun', 'deqing']) {
      await post(`/rounds/${roundIds[0]}/tasks`, { targetUnitId, inspectorIds: ['inspector.wuxing'], dueWorkingDays: 5 }).expect(201);
    }
    for (const responsibleUnitId of ['anji-xilong', 'nanxun', 'deqing']) {
      await post('/cases', { title: `${responsibleUnitId} 整改`, description: '限期整改', severity: 'low', responsibleUnitId, dueWorkingDays: 5 }).expect(201);
    }
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it.each(LISTS)('$path pages one item at a time with nextCursor and cursor, every item once, ending with null', async ({ path, key }) => {
    const all = (await get(`${path}?limit=200`).expect(200)).body;
    expect(all.nextCursor).toBeNull();
    expect(all.items.length).toBeGreaterThanOrEqual(3);
    const seen: unknown[] = [];
    let cursor: string | null = null;
    do {
      const page: Body = (await get(`${path}?limit=1${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`).expect(200)).body;
      expect(Object.keys(page).sort()).toEqual(['items', 'nextCursor']);
      seen.push(...page.items.map((item: Body) => item[key]));
      cursor = page.nextCursor;
    } while (cursor !== null && seen.length <= all.items.length);
    expect(seen).toEqual(all.items.map((item: Body) => item[key]));
  });

  it.each(LISTS)('$path refuses a cursor it did not hand out with 400 INVALID_CURSOR', async ({ path }) => {
    const handedOut: string = (await get(`${path}?limit=1`).expect(200)).body.nextCursor;
    const ofAnotherList = await Promise.all(
      LISTS.filter((other) => other.path !== path).map(async (other) => (await get(`${other.path}?limit=1`).expect(200)).body.nextCursor as string),
    );
    const refused = [
      'not-a-cursor',
      roundStreamId('0000'),
      'zzzz',
      // Not `${handedOut}x`: one more base64url character can spell another list key, a cursor this list would hand out.
      `${handedOut}!`,
      `${handedOut}=`,
      Buffer.from(taskStreamId('1')).toString('base64url'),
      ...ofAnotherList,
    ];
    for (const cursor of refused) {
      const response = await get(`${path}?cursor=${encodeURIComponent(cursor)}`);
      expect([cursor, response.status, response.body.code]).toEqual([cursor, 400, 'INVALID_CURSOR']);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    }
  });
});
