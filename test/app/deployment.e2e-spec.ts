import { ChildProcess, execFile, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { eventually, serverTarget, TestDatabase } from '@app/testing';
import { buildApi, freePort, ROOT, Running, startApi, within } from './built-api';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const WORKER_MAIN = join(ROOT, 'dist/apps/worker/main.js');
const JWT_SECRET = 'deployment-secret-of-at-least-thirty-two-chars';
const WEBHOOK_SECRET = 'the-receiving-systems-secret';
const DINGTALK_SECRET = 'SECdeployment0123456789';
const START_MS = 60_000;

interface Received {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** A receiving system and a DingTalk robot on loopback, checking signatures as the real ones do. */
async function captureServer(): Promise<{ server: Server; base: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://capture');
      const item: Received = { path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(item);
      if (url.pathname === '/robot/send') {
        const timestamp = url.searchParams.get('timestamp') ?? '';
        const sign = createHmac('sha256', DINGTALK_SECRET).update(`${timestamp}\n${DINGTALK_SECRET}`).digest('base64');
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(url.searchParams.get('sign') === sign ? { errcode: 0, errmsg: 'ok' } : { errcode: 310000, errmsg: 'sign not match' }));
        return;
      }
      const timestamp = String(req.headers['x-supervision-timestamp']);
      const signature = `v1=${createHmac('sha256', WEBHOOK_SECRET).update(`${timestamp}.${item.body}`).digest('hex')}`;
      res.writeHead(req.headers['x-supervision-signature'] === signature ? 204 : 401);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

const server = serverTarget();
const onServer = server === undefined ? describe.skip : describe;

/**
 * A deployment from zero, as an operator makes one: the built API and the built worker on a
 * PostgreSQL server with DEMO=false and the real clock. The first admin comes from configuration
 * and sets their own password; the units and the people are registered over the API; a round runs,
 * a finding becomes a case, the case is escalated; the people responsible are told in their inbox,
 * on a signed webhook and on a DingTalk robot (delivered by the worker); a user disabled mid-session
 * loses access on their next request; the audit trail holds every account change.
 */
onServer('a deployment from zero on a server database, without the demo', () => {
  let db: TestDatabase;
  let api: Running;
  let worker: { child: ChildProcess; output: () => string } | undefined;
  let workerBase: string;
  let capture: Awaited<ReturnType<typeof captureServer>>;
  let base: string;
  const tokens: Record<string, string> = {};

  /** Requests as `user`; an unexpected status fails with the problem the API answered. */
  const as = (user: string) => ({
    get: (path: string) => answered(request(base).get(path).set('Authorization', `Bearer ${tokens[user]}`)),
    post: (path: string, body: object = {}) => answered(request(base).post(path).set('Authorization', `Bearer ${tokens[user]}`).send(body)),
  });
  const answered = (pending: request.Test) => ({
    expect: async (status: number) => {
      const response = await pending;
      if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${response.text}`);
      return response;
    },
  });

  /** Signs in with a first password an admin gave, sets the user's own, and keeps the token. */
  async function firstSignIn(username: string, given: string, own: string): Promise<void> {
    const refused = await request(base).post('/auth/login').send({ username, password: given }).expect(403);
    expect(refused.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    await request(base).post('/auth/password').send({ username, currentPassword: given, newPassword: own }).expect(204);
    tokens[username] = (await request(base).post('/auth/login').send({ username, password: own }).expect(200)).body.accessToken;
  }

  beforeAll(async () => {
    await buildApi();
    await promisify(execFile)(process.execPath, [require.resolve('@nestjs/cli/bin/nest.js'), 'build', 'worker'], { cwd: ROOT });
    capture = await captureServer();
    db = await server!.create();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const common = {
      DATABASE_URL: db.url!,
      DEMO: 'false',
      JWT_SECRET,
      LOG_LEVEL: 'warn',
      // Five people's first sign-ins (three calls each) from one address within a minute.
      LOGIN_RATE_LIMIT_PER_MINUTE: '60',
      NOTIFY_WEBHOOK_URL: `${capture.base}/hook`,
      NOTIFY_WEBHOOK_SECRET: WEBHOOK_SECRET,
      NOTIFY_DINGTALK_URL: `${capture.base}/robot/send?access_token=deployment`,
      NOTIFY_DINGTALK_SECRET: DINGTALK_SECRET,
      // The first approved extension is itself a red warning: an escalation without waiting days.
      CASE_RED_ON_APPROVED_EXTENSION: '1',
    };
    // The API serves only; the worker fires timers, runs the process managers and sends notifications.
    api = startApi({ ...common, PORT: String(port), RUN_TIMERS: 'false', BOOTSTRAP_ADMIN_USERNAME: 'ops', BOOTSTRAP_ADMIN_PASSWORD: 'Ops-first-password-2026' });
    await within(START_MS, eventually(async () => expect((await request(base).get('/health')).status).toBe(200), START_MS, 200), 'the API start');
    const workerPort = await freePort();
    workerBase = `http://127.0.0.1:${workerPort}`;
    const workerEnv = { PATH: process.env['PATH'] ?? '', ...common, WORKER_PORT: String(workerPort), SHUTDOWN_DRAIN_SECONDS: '0' };
    const child = spawn(process.execPath, [WORKER_MAIN], { cwd: ROOT, env: workerEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    worker = { child, output: () => output };
  }, 4 * START_MS);

  afterAll(async () => {
    worker?.child.kill('SIGTERM');
    api?.child.kill('SIGTERM');
    await api?.finished;
    await db?.dispose();
    await new Promise<void>((resolve) => capture?.server.close(() => resolve()));
  }, START_MS);

  it('the first admin comes from configuration and must set their own password before anything else', async () => {
    expect((await request(base).post('/auth/login').send({ username: 'ops', password: 'wrong-password-123' })).status).toBe(401);
    await firstSignIn('ops', 'Ops-first-password-2026', 'Ops-own-password-2026-huzhou');
    expect((await as('ops').get('/users').expect(200)).body.items.map((user: Body) => user.userId)).toEqual(['ops']);
  });

  it('the org tree and the people are registered over the API; each sets their own password at first sign-in', async () => {
    const units = [
      { unitId: 'huzhou', kind: 'city', name: '湖州市' },
      { unitId: 'anji', kind: 'county', name: '安吉县', parentId: 'huzhou' },
      { unitId: 'anji-tianhuangping', kind: 'township', name: '天荒坪镇', parentId: 'anji' },
    ];
    for (const unit of units) await as('ops').post('/org-units', unit).expect(201);
    const people = [
      { username: 'zhang.wei', displayName: '张伟（督查员）', roles: ['inspector'], orgUnitId: 'huzhou' },
      { username: 'li.na', displayName: '李娜（安吉县联络员）', roles: ['official'], orgUnitId: 'anji' },
      { username: 'wang.qiang', displayName: '王强（天荒坪镇联络员）', roles: ['official'], orgUnitId: 'anji-tianhuangping' },
      { username: 'zhao.min', displayName: '赵敏（审计）', roles: ['auditor'] },
    ];
    for (const [index, person] of people.entries()) {
      await as('ops').post('/users', { ...person, password: `Temporary-given-2026-${index}` }).expect(201);
      await firstSignIn(person.username, `Temporary-given-2026-${index}`, `Chosen-by-owner-2026-${index}`);
    }
    expect((await as('ops').get('/users').expect(200)).body.items).toHaveLength(5);
  });

  let caseId: string;

  it('a round runs: a task for 安吉县, a finding, and a case from it handed to 天荒坪镇, whose official is told at once and the outside channels by the worker', async () => {
    const round = await as('ops')
      .post('/rounds', {
        kind: 'major-inspection',
        title: '2026年第四季度大督查',
        period: '2026-Q4',
        scopeCountyIds: ['anji'],
        rubric: { items: [{ code: 'rectification', title: '问题整改', weight: 1, maxScore: 10 }] },
        scoringPolicy: { method: 'mean' },
        window: { opensOn: '2026-10-01', closesOn: '2026-12-31' },
      })
      .expect(201);
    await as('ops').post(`/rounds/${round.body.id}/start`).expect(200);
    const task = await as('ops').post(`/rounds/${round.body.id}/tasks`, { targetUnitId: 'anji', inspectorIds: ['zhang.wei'], dueWorkingDays: 5 }).expect(201);
    await as('zhang.wei').post(`/tasks/${task.body.id}/open`).expect(200);
    const finding = await as('zhang.wei')
      .post(`/tasks/${task.body.id}/findings`, { title: '天荒坪镇污水终端停运', description: '三处终端设施停运未修复', severity: 'high', unitId: 'anji-tianhuangping' })
      .expect(200);
    const opened = await as('zhang.wei').post('/cases', { finding: { taskId: task.body.id, findingId: finding.body.state.findings[0].findingId }, dueWorkingDays: 3 }).expect(201);
    caseId = opened.body.id;
    await as('zhang.wei').post(`/cases/${caseId}/assign`).expect(200);

    const inbox = (await as('wang.qiang').get('/notifications/inbox').expect(200)).body;
    expect(inbox.items.map((item: Body) => item.title)).toEqual(['【交办】天荒坪镇：天荒坪镇污水终端停运']);
    await eventually(async () => {
      const hooks = capture.received.filter((item) => item.path === '/hook').map((item) => JSON.parse(item.body));
      expect(hooks.map((hook) => hook.kind)).toContain('assignment');
      expect(capture.received.filter((item) => item.path === '/robot/send')).not.toHaveLength(0);
    }, START_MS, 100); // the worker may still be starting
    await eventually(async () => {
      const delivered = (await as('zhao.min').get(`/notifications?caseId=${caseId}&status=delivered`).expect(200)).body.items;
      expect(delivered.map((item: Body) => item.channel).sort()).toEqual(['dingtalk', 'inbox', 'webhook']);
    });
  });

  it('an approved extension is a red warning for 天荒坪镇 and escalates the case to 安吉县, whose official is told; the robot and the webhook carry both', async () => {
    await as('wang.qiang').post(`/cases/${caseId}/sign`).expect(200);
    await as('wang.qiang').post(`/cases/${caseId}/request-extension`, { newDueWorkingDays: 10, reason: '设备采购需要时间' }).expect(200);
    await as('ops').post(`/cases/${caseId}/approve-extension`, {}).expect(200);
    const county = (await as('li.na').get('/notifications/inbox').expect(200)).body.items.map((item: Body) => item.title);
    expect(county).toEqual(['【升级督办】安吉县：天荒坪镇污水终端停运']);
    const township = (await as('wang.qiang').get('/notifications/inbox').expect(200)).body.items.map((item: Body) => item.title);
    expect(township).toContain('【红牌】天荒坪镇：天荒坪镇污水终端停运');
    await eventually(async () => {
      const kinds = capture.received.filter((item) => item.path === '/hook').map((item) => JSON.parse(item.body).kind);
      expect(kinds).toEqual(expect.arrayContaining(['assignment', 'warning', 'escalation']));
      const robotTitles = capture.received.filter((item) => item.path === '/robot/send').map((item) => JSON.parse(item.body).markdown.title);
      expect(robotTitles).toContain('【升级督办】安吉县：天荒坪镇污水终端停运');
    });
    await eventually(async () => expect((await as('zhao.min').get(`/notifications?caseId=${caseId}&status=pending`).expect(200)).body.items).toEqual([]));
  });

  it('a user disabled mid-session loses access on their next request', async () => {
    await as('wang.qiang').get(`/cases/${caseId}`).expect(200);
    await as('ops').post('/users/wang.qiang/disable', { reason: '岗位调整' }).expect(200);
    const refused = await as('wang.qiang').get(`/cases/${caseId}`).expect(401);
    expect(refused.body.code).toBe('SESSION_ENDED');
    expect((await request(base).post('/auth/login').send({ username: 'wang.qiang', password: 'Chosen-by-owner-2026-2' })).body.code).toBe('ACCOUNT_DISABLED');
  });

  it('the audit trail shows every account change: who granted what to whom, and when', async () => {
    const history = async (userId: string): Promise<Body[]> => (await as('zhao.min').get(`/audit/streams/user-${userId}`).expect(200)).body.events;
    expect((await history('ops')).map((event) => event.type)).toEqual(['AccountCreated', 'PasswordChanged']);
    const wang = await history('wang.qiang');
    expect(wang.map((event) => [event.type, event.metadata.actorId])).toEqual([
      ['AccountCreated', 'ops'],
      ['PasswordChanged', 'wang.qiang'],
      ['AccountDisabled', 'ops'],
    ]);
    expect(wang[2]!.data).toMatchObject({ reason: '岗位调整', by: 'ops' });
    const disabledBy = (await as('zhao.min').get('/audit/events?type=AccountDisabled').expect(200)).body.items;
    expect(disabledBy).toEqual([expect.objectContaining({ streamId: 'user-wang.qiang', actorName: '系统管理员' })]);
  });

  it('the worker answers /health and /metrics (the deliveries it made, the timers due, the open cases by warning); the API counts the appends', async () => {
    const health = await request(workerBase).get('/health').expect(200);
    expect(health.body).toMatchObject({ status: 'ok' });
    const metrics = (await request(workerBase).get('/metrics').expect(200)).text;
    const value = (series: string): number => Number(new RegExp(`^${series.replace(/[{}"=,]/g, (c) => `\\${c}`)} (\\S+)$`, 'm').exec(metrics)?.[1] ?? NaN);
    expect(value('notifications_sent_total{channel="webhook",outcome="delivered"}')).toBeGreaterThanOrEqual(3);
    expect(value('notifications_sent_total{channel="dingtalk",outcome="delivered"}')).toBeGreaterThanOrEqual(3);
    expect(value('notification_outbox_backlog{channel="webhook",status="pending"}')).toBe(0);
    expect(value('cases_open{warning="red"}')).toBe(1);
    expect(metrics).toMatch(/^timers_due \d+$/m);
    expect(metrics).toMatch(/^database_pool_waiting_clients \d+$/m);
    // The API's /metrics: the commands' appends, and the inbox entries written with them.
    const api = (await request(base).get('/metrics').expect(200)).text;
    expect(api).toMatch(/^events_appended_total\{category="case"\} [1-9]\d*$/m);
    expect(api).toMatch(/^events_appended_total\{category="user"\} [1-9]\d*$/m);
    expect(api).toMatch(/^notifications_sent_total\{channel="inbox",outcome="delivered"\} [1-9]\d*$/m);
  });

  it('the worker ran the deliveries and logged no failure', () => {
    expect(worker!.output()).not.toMatch(/"level":"(error|fatal)"/);
    expect(api.output()).not.toMatch(/"level":"(error|fatal)"/);
  });
});
