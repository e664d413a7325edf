import { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import request from 'supertest';
import { caseStreamId } from '@app/supervision';
import { serverTarget, TestDatabase } from '@app/testing';
import { createApiTestApp, testConfig } from './api-test-app';
import { PROBLEM_JSON, signIn } from './demo-session';

const COMMANDS = 240;
const CONCURRENCY = 8;

/**
 * Backends terminated under the API while commands flow (a failover, an operator's
 * pg_terminate_backend, a server restart): a request that lost its connection is answered 503
 * problem+json with Retry-After — never 500 — and its retry with the same Idempotency-Key
 * succeeds, each command taking effect exactly once. Needs a server: the embedded database has no
 * backends to terminate.
 */
const server = serverTarget();
const onServer = server === undefined ? describe.skip : describe;

onServer('database connections killed under requests', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let admin: string;

  beforeAll(async () => {
    db = await server!.create();
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' }), logger: false });
    admin = (await signIn(app, 'admin')).authorization;
  });
  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  const urge = (caseId: string, key: string) =>
    request(app.getHttpServer()).post(`/cases/${caseId}/urge`).set('Authorization', admin).set('Idempotency-Key', key).send({ message: key });

  it('answers 503 with Retry-After instead of 500, and a retry with the same key takes effect once', async () => {
    const opened = await request(app.getHttpServer())
      .post('/cases')
      .set('Authorization', admin)
      .send({ title: '断线重试', description: '连接被终止', severity: 'low', responsibleUnitId: 'anji', dueWorkingDays: 5 })
      .expect(201);
    const caseId = opened.body.id as string;
    await request(app.getHttpServer()).post(`/cases/${caseId}/assign`).set('Authorization', admin).expect(200);

    const killer = new Client({ connectionString: db.url });
    await killer.connect();
    let killing = true;
    let terminated = 0;
    const kills = (async () => {
      while (killing) {
        const { rows } = await killer.query<{ n: string }>(
          `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) AS n FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
        );
        terminated += Number(rows[0]!.n);
        await new Promise((pause) => setTimeout(pause, 15));
      }
    })();

    const keys = Array.from({ length: COMMANDS }, (_, index) => `urge-under-fire-${index}`);
    const statuses = new Map<string, number>();
    const unavailable: request.Response[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < keys.length) {
          const key = keys[next++]!;
          const response = await urge(caseId, key);
          statuses.set(key, response.status);
          if (response.status === 503) unavailable.push(response);
        }
      }),
    );
    killing = false;
    await kills;
    await killer.end();

    expect(terminated).toBeGreaterThan(0);
    const seen = [...new Set(statuses.values())].sort();
    expect(seen.every((status) => status === 200 || status === 503)).toBe(true);
    for (const response of unavailable) {
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.headers['retry-after']).toBe('1');
      expect(response.body.code).toBe('DATABASE_UNAVAILABLE');
    }

    for (const key of keys.filter((candidate) => statuses.get(candidate) !== 200)) {
      const retried = await urge(caseId, key);
      expect([key, retried.status]).toEqual([key, 200]);
    }
    const { rows } = await db.database.pool.query<{ key: string; n: string }>(
      `SELECT data->>'message' AS key, count(*) AS n FROM es_events WHERE stream_id = $1 AND event_type = 'CaseUrged' GROUP BY 1`,
      [caseStreamId(caseId)],
    );
    expect(rows.filter((row) => row.n !== '1')).toEqual([]);
    expect(rows.map((row) => row.key).sort()).toEqual([...keys].sort());
  });
});
