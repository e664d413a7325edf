import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { primaryTarget, TestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { createApiTestApp, testConfig } from './api-test-app';

const PROBLEM_JSON = /application\/problem\+json/;
const OPS_PASSWORD = 'Huzhou-ops-first-2026';

/**
 * A deployment from zero without the demo: the first admin from configuration, units and accounts
 * opened through the API, sessions that end the moment an account changes, and every account change
 * in the audit trail.
 */
describe('user accounts over HTTP, from an empty database', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  const clock = new SettableClock('2026-12-07T01:00:00.000Z');
  const config = testConfig({ DEMO: 'false', LOGIN_RATE_LIMIT_PER_MINUTE: '1000', LOGIN_FAILURES_PER_ACCOUNT: '3', BOOTSTRAP_ADMIN_USERNAME: 'ops', BOOTSTRAP_ADMIN_PASSWORD: OPS_PASSWORD });
  const http = () => request(app.getHttpServer());
  const login = (username: string, password: string) => http().post('/auth/login').send({ username, password });
  const changePassword = (username: string, currentPassword: string, newPassword: string) => http().post('/auth/password').send({ username, currentPassword, newPassword });
  const as = (token: string) => ({
    get: (path: string) => http().get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object = {}) => http().post(path).set('Authorization', `Bearer ${token}`).send(body),
  });
  let ops: ReturnType<typeof as>;

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config, clock });
  });
  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it('opens the first admin from configuration, whose given password must be changed before it signs in', async () => {
    const refused = await login('ops', OPS_PASSWORD).expect(403);
    expect(refused.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(refused.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await login('ops', 'not-the-password').expect(401)).body.code).toBe('INVALID_CREDENTIALS'); // says nothing of the account to a stranger

    expect((await changePassword('ops', OPS_PASSWORD, 'short').expect(400)).body).toMatchObject({ code: 'WEAK_PASSWORD', details: { weaknesses: ['too-short'] } });
    expect((await changePassword('ops', OPS_PASSWORD, OPS_PASSWORD).expect(400)).body.code).toBe('PASSWORD_UNCHANGED');
    expect((await changePassword('ops', 'wrong-current-password', 'Anji-river-2026').expect(401)).body.code).toBe('INVALID_CREDENTIALS');
    await changePassword('ops', OPS_PASSWORD, 'Ops-own-password-2026').expect(204);
    await login('ops', OPS_PASSWORD).expect(401);
    ops = as((await login('ops', 'Ops-own-password-2026').expect(200)).body.accessToken);
    expect((await ops.get('/users/ops').expect(200)).body).toEqual({
      userId: 'ops',
      username: 'ops',
      displayName: '系统管理员',
      roles: ['admin'],
      orgUnitId: null,
      homeCountyId: null,
      disabled: false,
      passwordMustChange: false,
    });
  });

  it('registers the city and a county, and opens an official of it, who sets their own password and signs in', async () => {
    await ops.post('/org-units', { unitId: 'huzhou', kind: 'city', name: '湖州市' }).expect(201);
    await ops.post('/org-units', { unitId: 'anji', kind: 'county', name: '安吉县', parentId: 'huzhou' }).expect(201);
    await ops.post('/org-units', { unitId: 'anji-dipu', kind: 'township', name: '递铺街道', parentId: 'anji' }).expect(201);

    const opened = await ops.post('/users', { username: 'li.ming', displayName: '李明', roles: ['official'], orgUnitId: 'anji-dipu', password: 'Given-by-ops-2026' }).expect(201);
    expect(opened.body).toMatchObject({ id: 'li.ming', version: 1, state: { roles: ['official'], orgUnitId: 'anji-dipu', homeCountyId: 'anji', passwordMustChange: true } });
    expect(opened.headers['etag']).toBe('"1"');

    expect((await ops.post('/users', { username: 'li.ming', displayName: '李明', roles: ['viewer'], password: 'Given-by-ops-2026' }).expect(409)).body.code).toBe('ACCOUNT_ALREADY_EXISTS');
    expect((await ops.post('/users', { username: 'Li Ming', displayName: '李明', roles: ['viewer'], password: 'Given-by-ops-2026' }).expect(400)).body.code).toBe('INVALID_USERNAME');
    expect((await ops.post('/users', { username: 'wang.fang', displayName: '王芳', roles: ['inspector'], password: 'Given-by-ops-2026' }).expect(400)).body.code).toBe('ACCOUNT_UNIT_REQUIRED');
    expect((await ops.post('/users', { username: 'wang.fang', displayName: '王芳', roles: ['inspector'], orgUnitId: 'atlantis', password: 'Given-by-ops-2026' }).expect(404)).body.code).toBe('ORG_UNIT_NOT_FOUND');
    expect((await ops.post('/users', { username: 'wang.fang', displayName: '王芳', roles: ['viewer'], password: 'password123' }).expect(400)).body.code).toBe('WEAK_PASSWORD');
    expect((await ops.post('/users', { username: 'wang.fang', displayName: '王芳', roles: ['root'], password: 'Given-by-ops-2026' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await ops.post('/users', { username: 'wang.fang', displayName: '王芳', roles: ['viewer'], orgUnitId: null, password: 'Given-by-ops-2026' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    await ops.post('/users', { username: 'wang.fang', displayName: '王芳', roles: ['viewer'], password: 'Given-by-ops-2026' }).expect(201); // no unit: absent
    await ops.post('/users/wang.fang/unit', { orgUnitId: 'anji' }).expect(200);
    expect((await ops.post('/users/wang.fang/unit', {}).expect(200)).body.state).toMatchObject({ orgUnitId: null, homeCountyId: null });

    await login('li.ming', 'Given-by-ops-2026').expect(403);
    await changePassword('li.ming', 'Given-by-ops-2026', 'Li-ming-own-2026').expect(204);
    const official = as((await login('li.ming', 'Li-ming-own-2026').expect(200)).body.accessToken);
    expect((await official.get('/org-units/anji/lists').expect(403)).body.code).toBe('OUT_OF_SCOPE'); // scoped to 递铺街道
    await official.get('/org-units/anji-dipu/lists').expect(200);
    expect((await official.get('/users').expect(403)).body.code).toBe('ROLE_FORBIDDEN');
  });

  it('ends a session the moment its account’s unit or roles change, or it is disabled; a disabled account cannot sign in until enabled', async () => {
    let official = as((await login('li.ming', 'Li-ming-own-2026').expect(200)).body.accessToken);
    await ops.post('/users/li.ming/unit', { orgUnitId: 'anji' }).expect(200);
    expect((await official.get('/org-units/anji-dipu/lists').expect(401)).body.code).toBe('SESSION_ENDED');
    official = as((await login('li.ming', 'Li-ming-own-2026').expect(200)).body.accessToken);
    await official.get('/org-units/anji/lists').expect(200); // the new unit, with the new session

    await ops.post('/users/li.ming/roles', { roles: ['official', 'auditor'] }).expect(200);
    expect((await official.get('/org-units/anji/lists').expect(401)).body.code).toBe('SESSION_ENDED');
    official = as((await login('li.ming', 'Li-ming-own-2026').expect(200)).body.accessToken);
    await official.get('/audit/events?limit=1').expect(200); // now an auditor too

    expect((await ops.post('/users/li.ming/disable', {}).expect(400)).body.code).toBe('VALIDATION_FAILED');
    const disabled = await ops.post('/users/li.ming/disable', { reason: '调离岗位' }).expect(200);
    expect(disabled.body.state).toMatchObject({ disabled: true });
    expect((await official.get('/org-units/anji/lists').expect(401)).body.code).toBe('SESSION_ENDED');
    expect((await login('li.ming', 'Li-ming-own-2026').expect(403)).body.code).toBe('ACCOUNT_DISABLED');
    expect((await ops.post('/users/li.ming/disable', { reason: '再次' }).expect(409)).body.code).toBe('ACCOUNT_DISABLED');
    await ops.post('/users/li.ming/enable').expect(200);
    expect((await ops.post('/users/li.ming/enable').expect(409)).body.code).toBe('ACCOUNT_ALREADY_ENABLED');
    await login('li.ming', 'Li-ming-own-2026').expect(200);
  });

  it('a reset password ends the sessions and must be changed; the failed sign-ins’ lock is lifted by an unlock', async () => {
    const official = as((await login('li.ming', 'Li-ming-own-2026').expect(200)).body.accessToken);
    await ops.post('/users/li.ming/reset-password', { password: 'Reset-by-ops-2026' }).expect(200);
    expect((await official.get('/org-units/anji/lists').expect(401)).body.code).toBe('SESSION_ENDED');
    await login('li.ming', 'Li-ming-own-2026').expect(401);
    expect((await login('li.ming', 'Reset-by-ops-2026').expect(403)).body.code).toBe('PASSWORD_CHANGE_REQUIRED');

    for (let attempt = 0; attempt < 3; attempt += 1) await login('li.ming', 'a-wrong-guess').expect(401);
    expect((await login('li.ming', 'Reset-by-ops-2026').expect(429)).body.code).toBe('ACCOUNT_RATE_LIMITED');
    expect((await changePassword('li.ming', 'Reset-by-ops-2026', 'Li-ming-new-2026').expect(429)).body.code).toBe('ACCOUNT_RATE_LIMITED');
    await ops.post('/users/li.ming/unlock').expect(200);
    await changePassword('li.ming', 'Reset-by-ops-2026', 'Li-ming-new-2026').expect(204);
    await login('li.ming', 'Li-ming-new-2026').expect(200);
  });

  it('never lets an admin lock themselves out, and refuses what it cannot find', async () => {
    expect((await ops.post('/users/ops/disable', { reason: '测试' }).expect(403)).body.code).toBe('CANNOT_LOCK_OUT_SELF');
    expect((await ops.post('/users/ops/roles', { roles: ['auditor'] }).expect(403)).body.code).toBe('CANNOT_LOCK_OUT_SELF');
    expect((await ops.post('/users/nobody/enable').expect(404)).body.code).toBe('ACCOUNT_NOT_FOUND');
    expect((await ops.get('/users/nobody').expect(404)).body.code).toBe('ACCOUNT_NOT_FOUND');
  });

  it('shows every account change in the audit trail: who did what to whom, and when, with no password in it', async () => {
    const trail = (await ops.get('/audit/streams/user-li.ming').expect(200)).body as { events: Array<{ type: string; data: Record<string, unknown>; metadata: { actorId: string }; actorName: string | null }> };
    expect(trail.events.map((event) => [event.type, event.metadata.actorId])).toEqual([
      ['AccountCreated', 'ops'],
      ['PasswordChanged', 'li.ming'],
      ['AccountMoved', 'ops'],
      ['AccountRolesChanged', 'ops'],
      ['AccountDisabled', 'ops'],
      ['AccountEnabled', 'ops'],
      ['PasswordReset', 'ops'],
      ['AccountUnlocked', 'ops'],
      ['PasswordChanged', 'li.ming'],
    ]);
    expect(trail.events[0]!.actorName).toBe('系统管理员');
    expect(trail.events[4]!.data).toMatchObject({ reason: '调离岗位', by: 'ops' });
    expect(JSON.stringify(trail)).not.toMatch(/Li-ming|Reset-by-ops|Given-by-ops|argon2/);
    const bootstrap = (await ops.get('/audit/streams/user-ops').expect(200)).body.events as Array<{ type: string; metadata: { actorId: string } }>;
    expect(bootstrap.map((event) => [event.type, event.metadata.actorId])).toEqual([
      ['AccountCreated', 'system'],
      ['PasswordChanged', 'ops'],
    ]);
  });

  it('on the next start opens no second first admin and appends nothing', async () => {
    const before = Number((await db.database.pool.query('SELECT count(*) AS n FROM es_events')).rows[0].n);
    await app.close();
    app = await createApiTestApp(db.database, { config, clock });
    ops = as((await login('ops', 'Ops-own-password-2026').expect(200)).body.accessToken);
    expect(Number((await db.database.pool.query('SELECT count(*) AS n FROM es_events')).rows[0].n)).toBe(before);
    expect((await ops.get('/users').expect(200)).body.items.map((user: { username: string }) => user.username)).toEqual(['li.ming', 'ops', 'wang.fang']);
  });
});
