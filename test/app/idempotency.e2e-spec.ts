import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { primaryTarget, serverTarget, TestDatabase } from '@app/testing';
import { createApiTestApp, testConfig } from './api-test-app';
import { countEvents, PROBLEM_JSON, signIn } from './demo-session';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CONFIG = testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });

/**
 * `Idempotency-Key` as the IETF httpapi draft and DESIGN §5 promise it: one effect and one answer
 * per key, whether the retries come later or at the same moment, to one process or to several;
 * the key belongs to one request.
 */
describe('Idempotency-Key over HTTP', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let admin: string;

  const post = (target: NestExpressApplication, path: string, body: object, key?: string) => {
    const call = request(target.getHttpServer()).post(path).set('Authorization', admin).send(body);
    return key === undefined ? call : call.set('Idempotency-Key', key);
  };
  const directCase = (title: string) => ({ title, description: '限期整改', severity: 'medium', responsibleUnitId: 'anji', dueWorkingDays: 5 });
  const openAndAssign = async (title: string): Promise<string> => {
    const opened = await post(app, '/cases', directCase(title)).expect(201);
    await post(app, `/cases/${opened.body.id}/assign`, {}).expect(200);
    return opened.body.id as string;
  };
  const answers = (responses: request.Response[]) => responses.map((response) => ({ status: response.status, body: response.body as Body }));

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config: CONFIG });
    admin = (await signIn(app, 'admin')).authorization;
  });
  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it('20 concurrent requests with one key have one effect, and all 20 get the same status and body', async () => {
    const caseId = await openAndAssign('并发催办');
    const before = await countEvents(db.database.pool);
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(app, `/cases/${caseId}/urge`, { message: '请加快' }, 'urge-20-at-once')));
    expect(await countEvents(db.database.pool)).toBe(before + 1);
    const [first, ...others] = answers(responses);
    expect(first!.status).toBe(200);
    for (const other of others) expect(other).toEqual(first);
    expect(responses.filter((response) => response.headers['idempotent-replayed'] === 'true')).toHaveLength(19);
    expect(new Set(responses.map((response) => response.headers['etag']))).toEqual(new Set(['"3"']));
  });

  it('20 concurrent requests opening one case with one key open it once, all answered 201 with the same body', async () => {
    const before = await countEvents(db.database.pool);
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(app, '/cases', directCase('并发立项'), 'open-20-at-once')));
    expect(await countEvents(db.database.pool)).toBe(before + 1);
    const [first, ...others] = answers(responses);
    expect(first!.status).toBe(201);
    for (const other of others) expect(other).toEqual(first);
  });

  it('the same key with another body, path or resource is refused with 422 IDEMPOTENCY_KEY_MISMATCH and appends nothing', async () => {
    const caseId = await openAndAssign('一键一事');
    const otherCase = await openAndAssign('另一件');
    await post(app, `/cases/${caseId}/urge`, { message: '一催' }, 'one-key-one-request').expect(200);
    const before = await countEvents(db.database.pool);
    const refusals = await Promise.all([
      post(app, `/cases/${caseId}/urge`, { message: '二催' }, 'one-key-one-request'),
      post(app, `/cases/${caseId}/urge`, {}, 'one-key-one-request'),
      post(app, `/cases/${otherCase}/urge`, { message: '一催' }, 'one-key-one-request'),
      post(app, `/cases/${caseId}/reject`, { reason: '一催' }, 'one-key-one-request'),
      post(app, '/cases', directCase('一催'), 'one-key-one-request'),
    ]);
    for (const refusal of refusals) {
      expect([refusal.status, refusal.headers['content-type'], refusal.body.code]).toEqual([422, expect.stringMatching(PROBLEM_JSON), 'IDEMPOTENCY_KEY_MISMATCH']);
    }
    expect(await countEvents(db.database.pool)).toBe(before);
  });

  it('a body with the same fields in another order is the same request', async () => {
    const body = directCase('字段顺序');
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const first = await post(app, '/cases', body, 'field-order').expect(201);
    const retry = await post(app, '/cases', reordered, 'field-order').expect(201);
    expect(retry.body).toEqual(first.body);
  });

  it('a refusal is the answer too: its retry gets the same problem, even after the rule would let it through', async () => {
    const caseId = await openAndAssign('先拒后允');
    const refused = await post(app, `/cases/${caseId}/approve-extension`, {}, 'approve-before-request').expect(409);
    expect(refused.body.code).toBe('NO_PENDING_EXTENSION');
    const official = (await signIn(app, 'official.anji')).authorization;
    await request(app.getHttpServer())
      .post(`/cases/${caseId}/request-extension`)
      .set('Authorization', official)
      .send({ newDueWorkingDays: 10, reason: '汛期' })
      .expect(200);
    const retried = await post(app, `/cases/${caseId}/approve-extension`, {}, 'approve-before-request').expect(409);
    expect(retried.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(retried.body).toEqual(refused.body);
  });

  it('keys are per user: another user’s same key is another request', async () => {
    const caseId = await openAndAssign('各用各的');
    const inspector = (await signIn(app, 'inspector.wuxing')).authorization;
    const before = await countEvents(db.database.pool);
    await post(app, `/cases/${caseId}/urge`, { message: '催' }, 'per-user').expect(200);
    await request(app.getHttpServer()).post(`/cases/${caseId}/urge`).set('Authorization', inspector).set('Idempotency-Key', 'per-user').send({ message: '催' }).expect(200);
    expect(await countEvents(db.database.pool)).toBe(before + 2);
  });

  it('a key past its keeping time is new again', async () => {
    const caseId = await openAndAssign('过期');
    await post(app, `/cases/${caseId}/urge`, { message: '一催' }, 'kept-a-day').expect(200);
    await db.database.pool.query(`UPDATE http_idempotency_keys SET expires_at = now() - interval '1 second' WHERE idempotency_key = 'kept-a-day'`);
    const before = await countEvents(db.database.pool);
    await post(app, `/cases/${caseId}/urge`, { message: '二催' }, 'kept-a-day').expect(200);
    expect(await countEvents(db.database.pool)).toBe(before + 1);
  });

  it('a key whose first process died before recording the answer is taken over once its lock runs out, appending nothing twice', async () => {
    const caseId = await openAndAssign('进程中断');
    const first = await post(app, `/cases/${caseId}/urge`, { message: '催' }, 'owner-died').expect(200);
    // As the row stands when the process that appended the event died before recording its answer.
    await db.database.pool.query(
      `UPDATE http_idempotency_keys SET status = NULL, headers = NULL, body = NULL, owner = 'a-process-that-died', locked_until = now() - interval '1 second'
        WHERE idempotency_key = 'owner-died'`,
    );
    const before = await countEvents(db.database.pool);
    const retry = await post(app, `/cases/${caseId}/urge`, { message: '催' }, 'owner-died').expect(200);
    expect(await countEvents(db.database.pool)).toBe(before);
    expect(retry.body).toMatchObject({ id: caseId, version: first.body.version, replayed: true, events: first.body.events });
  });

  it('a malformed key is refused with 400 before anything runs', async () => {
    const before = await countEvents(db.database.pool);
    const refused = await post(app, '/cases', directCase('坏键'), 'k'.repeat(201)).expect(400);
    expect(refused.body.code).toBe('INVALID_IDEMPOTENCY_KEY');
    expect(await countEvents(db.database.pool)).toBe(before);
  });

  const server = serverTarget();
  if (server !== undefined) {
    it('two API processes on one database answer 10 concurrent requests each with one key: one effect, one answer', async () => {
      const other = await createApiTestApp(db.database, { config: CONFIG });
      try {
        const caseId = await openAndAssign('两个进程');
        const before = await countEvents(db.database.pool);
        const responses = await Promise.all(
          Array.from({ length: 20 }, (_, index) => post(index % 2 === 0 ? app : other, `/cases/${caseId}/urge`, { message: '催' }, 'two-processes')),
        );
        expect(await countEvents(db.database.pool)).toBe(before + 1);
        const [first, ...others] = answers(responses);
        expect(first!.status).toBe(200);
        for (const answer of others) expect(answer).toEqual(first);
      } finally {
        await other.close();
      }
    });
  }
});
