import { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import request from 'supertest';
import { eventually, primaryTarget, serverTarget, TestDatabase } from '@app/testing';
import { createApiTestApp, testConfig } from './api-test-app';
import { DemoSession, signIn } from './demo-session';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The bound the app runs with: one second, so that a reader held back shows within the test. */
const BOUND_SECONDS = 1;

/**
 * `/health` names a reader of the log that is behind its bound, with how many events and seconds,
 * and says ok again once it has caught up: an async projector halted by a failing handler (here a
 * constraint its table gained, as a bad deployment or a hand-made change would), and a process
 * manager held back (its checkpoint table locked). It stays 200 meanwhile: a stale read model is
 * no reason to take this instance out of rotation, since every instance reads the same one.
 */
describe('/health names a reader that is behind, and says ok once it has caught up', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let admin: DemoSession;
  let anji: DemoSession;

  const health = async (): Promise<Body> => {
    const response = await request(app.getHttpServer()).get('/health');
    expect(response.status).toBe(200);
    return response.body as Body;
  };
  const reader = (body: Body, name: string): Body => body.info.readers.readers.find((candidate: Body) => candidate.name === name);
  const openCase = async (title: string): Promise<string> => {
    const opened = await request(app.getHttpServer())
      .post('/cases')
      .set('Authorization', admin.authorization)
      .send({ title, description: '就绪检查', severity: 'low', responsibleUnitId: 'anji', dueWorkingDays: 10 })
      .expect(201);
    return opened.body.id as string;
  };
  const everyReaderUp = async (): Promise<Body> =>
    eventually(async () => {
      const body = await health();
      expect(body).toMatchObject({ status: 'ok', info: { readers: { status: 'up', boundSeconds: BOUND_SECONDS } } });
      return body;
    }, 20_000, 100);

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, {
      config: testConfig({ DEMO: 'true', RUN_TIMERS: 'true', READER_LAG_BOUND_SECONDS: String(BOUND_SECONDS), LOGIN_RATE_LIMIT_PER_MINUTE: '100' }),
      logger: false,
    });
    admin = await signIn(app, 'admin');
    anji = await signIn(app, 'official.anji');
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it('a projector halted by a failing handler is named behind, with its events, seconds and error, until it has applied them', async () => {
    await everyReaderUp();
    await db.database.pool.query('ALTER TABLE ranking_cases ADD CONSTRAINT reader_health_refuses_cases CHECK (false) NOT VALID');
    await openCase('排名投影器受阻');

    const behind = await eventually(async () => {
      const body = await health();
      expect(body).toMatchObject({ status: 'degraded', info: { database: { status: 'up' }, readers: { status: 'behind' } } });
      return body;
    }, 15_000, 100);
    const ranking = reader(behind, 'county-ranking');
    expect(ranking).toMatchObject({ kind: 'projector', state: 'failed', status: 'behind', lagEvents: 1 });
    expect(ranking.lagSeconds).toBeGreaterThan(BOUND_SECONDS);
    expect(ranking.lastError).toMatch(/reader_health_refuses_cases.*CaseOpened/);
    expect(behind.info.readers.warning).toMatch(/^projector county-ranking is 1 events and \d+ s behind the log \(failed\); the bound is 1 s$/);
    expect(reader(behind, 'case-lineage')).toMatchObject({ status: 'up' });

    await db.database.pool.query('ALTER TABLE ranking_cases DROP CONSTRAINT reader_health_refuses_cases');
    const recovered = await everyReaderUp();
    expect(reader(recovered, 'county-ranking')).toMatchObject({ state: 'running', status: 'up', lagEvents: 0, lagSeconds: 0, lastError: null });
  });

  const onServer = serverTarget() === undefined ? it.skip : it;

  // The lock is taken from another connection, which the embedded database (one session) does not have.
  onServer('a process manager held back is named behind on /health and on /metrics, until it has handled the events', async () => {
    await everyReaderUp();
    const caseId = await openCase('拆分受阻');
    await request(app.getHttpServer()).post(`/cases/${caseId}/assign`).set('Authorization', admin.authorization).expect(200);
    await request(app.getHttpServer()).post(`/cases/${caseId}/sign`).set('Authorization', anji.authorization).expect(200);

    const holder = new Client({ connectionString: db.url });
    await holder.connect();
    try {
      // An EXCLUSIVE lock lets the checkpoint be read but not written, and takes no transaction id.
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE wf_process_checkpoints IN EXCLUSIVE MODE');
      await request(app.getHttpServer())
        .post(`/cases/${caseId}/split`)
        .set('Authorization', anji.authorization)
        .send({ children: [{ unitId: 'anji-tianhuangping', title: '天荒坪镇整改', dueWorkingDays: 5 }] })
        .expect(200);

      const behind = await eventually(async () => {
        const body = await health();
        expect(body).toMatchObject({ status: 'degraded', info: { readers: { status: 'behind' } } });
        return body;
      }, 15_000, 100);
      const lineage = reader(behind, 'case-lineage');
      expect(lineage).toMatchObject({ kind: 'process-manager', state: 'running', status: 'behind', lagEvents: 1 });
      expect(lineage.lagSeconds).toBeGreaterThan(BOUND_SECONDS);
      expect(behind.info.readers.warning).toMatch(/^process-manager case-lineage is 1 events and \d+ s behind the log \(running\); the bound is 1 s$/);
      expect(reader(behind, 'county-ranking')).toMatchObject({ status: 'up' });

      const metrics = (await request(app.getHttpServer()).get('/metrics').expect(200)).text;
      expect(metrics).toMatch(/^process_manager_lag_events\{process_manager="case-lineage"\} 1$/m);
      const seconds = Number(/^process_manager_lag_seconds\{process_manager="case-lineage"\} (\S+)$/m.exec(metrics)?.[1]);
      expect(seconds).toBeGreaterThan(BOUND_SECONDS);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }

    const recovered = await everyReaderUp();
    expect(reader(recovered, 'case-lineage')).toMatchObject({ state: 'running', status: 'up', lagEvents: 0, lagSeconds: 0 });
    // A scrape within a second of the last one shares its reading.
    await eventually(async () => {
      const metrics = (await request(app.getHttpServer()).get('/metrics').expect(200)).text;
      expect(metrics).toMatch(/^process_manager_lag_events\{process_manager="case-lineage"\} 0$/m);
    }, 5_000, 200);
  });
});
