import { eventually, serverTarget, TestDatabase } from '@app/testing';
import { TEST_JWT_SECRET } from './api-test-app';
import { buildApi, freePort, jsonLines, Running, startApi, within } from './built-api';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const BOOTSTRAP_PASSWORD = 'Boot-secret-7781-zq';
const OWN_PASSWORD = 'Own-secret-5512-xk';
const NEW_ACCOUNT_PASSWORD = 'First-secret-3390-wv';

const server = serverTarget();
const onServer = server === undefined ? describe.skip : describe;

/**
 * The built API as operators run it, read through its standard output: one access line per
 * request, the request id from the client's header (or minted) on the line, the events and the
 * problem answer, and no password or token anywhere in the log.
 */
onServer('request logs of the built API', () => {
  let testDatabase: TestDatabase;
  let api: Running;
  let base: string;
  let token: string;

  const call = async (method: 'GET' | 'POST', path: string, options: { body?: object; headers?: Record<string, string> } = {}) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }), ...options.headers },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text === '' ? {} : JSON.parse(text)) as Body };
  };
  const accessLines = () => jsonLines(api.output()).filter((line) => line['context'] === 'HTTP');

  beforeAll(async () => {
    await buildApi();
    testDatabase = await server!.create();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    api = startApi({
      DATABASE_URL: testDatabase.url!,
      JWT_SECRET: TEST_JWT_SECRET,
      PORT: String(port),
      DEMO: 'false',
      LOG_LEVEL: 'log',
      BOOTSTRAP_ADMIN_USERNAME: 'ops',
      BOOTSTRAP_ADMIN_PASSWORD: BOOTSTRAP_PASSWORD,
    });
    await Promise.race([
      eventually(async () => {
        if ((await fetch(`${base}/health/live`)).status !== 200) throw new Error('not serving yet');
      }, 60_000, 200),
      api.finished.then(({ code }) => Promise.reject(new Error(`exited with ${code} before serving:\n${api.output()}`))),
    ]);
    const changed = await call('POST', '/auth/password', { body: { username: 'ops', currentPassword: BOOTSTRAP_PASSWORD, newPassword: OWN_PASSWORD } });
    expect(changed.status).toBe(204);
    const login = await call('POST', '/auth/login', { body: { username: 'ops', password: OWN_PASSWORD }, headers: { 'X-Request-Id': 'login-1' } });
    expect(login.status).toBe(200);
    token = login.body['accessToken'] as string;
  }, 240_000);

  afterAll(async () => {
    if (api !== undefined && api.child.exitCode === null) {
      api.child.kill('SIGTERM');
      await within(15_000, api.finished, 'shutdown');
    }
    await testDatabase?.dispose();
  });

  it('writes one access line per request, with the id the client sent, echoed as X-Request-Id', async () => {
    const health = await call('GET', '/health/live', { headers: { 'X-Request-Id': 'probe-7f3a.1' } });
    expect(health.headers.get('x-request-id')).toBe('probe-7f3a.1');
    const line = await eventually(async () => {
      const found = accessLines().filter((entry) => entry['requestId'] === 'probe-7f3a.1');
      if (found.length === 0) throw new Error('no access line yet');
      return found;
    });
    expect(line).toEqual([
      expect.objectContaining({ level: 'info', method: 'GET', path: '/health/live', status: 200, durationMs: expect.any(Number), message: 'GET /health/live 200' }),
    ]);
    expect(new Date(line[0]!['time'] as string).toISOString()).toBe(line[0]!['time']);
  });

  it('mints a UUID when the client sends no id or a malformed one, and names the signed-in user on the line', async () => {
    const minted = await call('GET', '/org-units', { headers: { Authorization: `Bearer ${token}`, 'X-Request-Id': 'not a good id' } });
    expect(minted.status).toBe(200);
    const id = minted.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const line = await eventually(async () => accessLines().find((entry) => entry['requestId'] === id) ?? Promise.reject(new Error('no access line yet')));
    expect(line).toMatchObject({ method: 'GET', path: '/org-units', status: 200, userId: expect.any(String) });
  });

  it('records the request id as the correlationId of the events the request appended', async () => {
    const opened = await call('POST', '/users', {
      headers: { Authorization: `Bearer ${token}`, 'X-Correlation-Id': 'open-account-42' },
      body: { username: 'li.ming', displayName: '李明', roles: ['viewer'], password: NEW_ACCOUNT_PASSWORD },
    });
    expect(opened.status).toBe(201);
    expect(opened.headers.get('x-request-id')).toBe('open-account-42');
    const { rows } = await testDatabase.database.pool.query<{ type: string }>(
      `SELECT event_type AS type FROM es_events WHERE metadata->>'correlationId' = $1`,
      ['open-account-42'],
    );
    expect(rows.length).toBeGreaterThan(0);
    const line = await eventually(async () => accessLines().find((entry) => entry['requestId'] === 'open-account-42') ?? Promise.reject(new Error('no access line yet')));
    expect(line).toMatchObject({ method: 'POST', path: '/users', status: 201 });
  });

  it('names the request as the instance of a problem answer', async () => {
    const missing = await call('GET', '/cases/no-such-case', { headers: { Authorization: `Bearer ${token}`, 'X-Request-Id': 'lookup-404' } });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ status: 404, instance: 'urn:request:lookup-404' });
    const refused = await call('GET', '/cases');
    expect(refused.status).toBe(401);
    expect(refused.body['instance']).toBe(`urn:request:${refused.headers.get('x-request-id')}`);
    const line = await eventually(async () => accessLines().find((entry) => entry['requestId'] === 'lookup-404') ?? Promise.reject(new Error('no access line yet')));
    expect(line).toMatchObject({ path: '/cases/no-such-case', status: 404 });
  });

  it('never writes a password or an access token, whatever the request carried', async () => {
    await call('POST', '/auth/login', { body: { username: 'ops', password: 'Wrong-secret-0042-qq' }, headers: { Authorization: `Bearer ${token}`, Cookie: 'session=cookie-secret-9' } });
    await eventually(async () => {
      if (!accessLines().some((entry) => entry['path'] === '/auth/login' && entry['status'] === 401)) throw new Error('no access line yet');
    });
    const log = api.output();
    for (const secret of [BOOTSTRAP_PASSWORD, OWN_PASSWORD, NEW_ACCOUNT_PASSWORD, 'Wrong-secret-0042-qq', token, 'cookie-secret-9']) {
      expect(log).not.toContain(secret);
    }
  });
});
