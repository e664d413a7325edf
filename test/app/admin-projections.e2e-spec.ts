import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { eventually, primaryTarget, TestDatabase } from '@app/testing';
import { createApiTestApp, testConfig } from './api-test-app';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Operating the read models over HTTP: status, a rebuild while the API serves, and the metrics. */
describe('read models over HTTP (admin)', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({
    get: (path: string) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[user]}`),
    post: (path: string) => request(app.getHttpServer()).post(path).set('Authorization', `Bearer ${tokens[user]}`).send({}),
  });

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', DEMO_ACTIVITY: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '100' }) });
    for (const user of ['admin', 'auditor', 'official.anji']) {
      tokens[user] = (await request(app.getHttpServer()).post('/auth/login').send({ username: user, password: 'huzhou-demo' }).expect(200)).body.accessToken;
    }
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it('lists every read model with its kind, state, checkpoint and lag; admins only', async () => {
    const items = (await as('admin').get('/admin/projections').expect(200)).body.items;
    expect(items.map((item: Body) => [item.name, item.kind]).sort()).toEqual([
      ['case-board', 'inline'],
      ['county-ranking', 'async'],
      ['duty-reviews', 'inline'],
      ['org-responsibility', 'inline'],
      ['project-board', 'inline'],
      ['task-board', 'inline'],
      ['village-indicators', 'inline'],
    ]);
    await eventually(async () => {
      const ranking = (await as('admin').get('/admin/projections/county-ranking').expect(200)).body;
      expect(ranking).toMatchObject({ state: 'running', lagEvents: 0, lastError: null, checkpoint: { position: expect.any(Number) } });
    });
    for (const user of ['auditor', 'official.anji']) expect((await as(user).get('/admin/projections').expect(403)).body.code).toBe('ROLE_FORBIDDEN');
    expect((await as('admin').get('/admin/projections/no-such-read-model').expect(404)).body.code).toBe('PROJECTION_NOT_FOUND');
    expect((await as('admin').post('/admin/projections/no-such-read-model/rebuild').expect(404)).body.code).toBe('PROJECTION_NOT_FOUND');
  });

  it('rebuilds a read model beside the live one while the API keeps answering, and the board reads the same afterwards', async () => {
    const before = (await as('admin').get('/cases').expect(200)).body.items;
    expect(before.length).toBeGreaterThan(0);
    const started = await as('admin').post('/admin/projections/case-board/rebuild').expect(202);
    expect(started.body).toMatchObject({ projection: 'case-board', phase: expect.stringMatching(/^(building|swapping|done)$/) });
    // The live tables keep serving during the rebuild.
    expect((await as('admin').get('/cases').expect(200)).body.items).toEqual(before);
    const done = await eventually(async () => {
      const status = (await as('admin').get('/admin/projections/case-board').expect(200)).body;
      expect(status.rebuild.phase).toBe('done');
      return status;
    });
    expect(done.rebuild.eventsApplied).toBeGreaterThan(0);
    expect((await as('admin').get('/cases').expect(200)).body.items).toEqual(before);
  });

  it('exports each read model’s checkpoint, lag and state on /metrics', async () => {
    const metrics = (await request(app.getHttpServer()).get('/metrics').expect(200)).text;
    expect(metrics).toMatch(/^projection_lag_events\{projection="county-ranking",kind="async"\} 0$/m);
    expect(metrics).toMatch(/^projection_checkpoint_position\{projection="county-ranking",kind="async"\} [1-9]\d*$/m);
    expect(metrics).toMatch(/^projection_state\{projection="case-board",[^}]*state="running"[^}]*\} 1$/m);
  });
});
