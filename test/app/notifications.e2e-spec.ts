import { createHmac } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { NotificationDispatcher } from '@app/notifications';
import { primaryTarget, TestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { TimerService } from '@app/workflow-runtime';
import { createApiTestApp, testConfig } from './api-test-app';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const WEBHOOK_SECRET = 'webhook-secret-of-the-receiver';
const DINGTALK_SECRET = 'SEC0123456789abcdef';

/** What the capture server was sent, as it arrived. */
interface Captured {
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/**
 * A loopback stand-in for a receiving system (`/hook`) and a DingTalk robot (`/robot/send`): it
 * records every request, checks signatures the way the real receivers do, and can be told to fail.
 */
class CaptureServer {
  readonly received: Captured[] = [];
  failing = false;
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://capture');
        const captured: Captured = { path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
        this.received.push(captured);
        if (url.pathname === '/robot/send') {
          // DingTalk answers 200 either way; a refusal is a non-zero errcode.
          const signed = dingtalkSignatureHolds(captured);
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify(this.failing || !signed ? { errcode: 310000, errmsg: 'sign not match' } : { errcode: 0, errmsg: 'ok' }));
          return;
        }
        if (this.failing || !webhookSignatureHolds(captured)) {
          res.writeHead(this.failing ? 503 : 401);
          res.end(this.failing ? 'down for maintenance' : 'bad signature');
          return;
        }
        res.writeHead(204);
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  hooks(): Body[] {
    return this.received.filter((item) => item.path === '/hook').map((item) => JSON.parse(item.body));
  }

  robots(): Body[] {
    return this.received.filter((item) => item.path === '/robot/send').map((item) => JSON.parse(item.body));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server === undefined ? resolve() : this.server.close(() => resolve())));
  }
}

function webhookSignatureHolds({ headers, body }: Captured): boolean {
  const timestamp = String(headers['x-supervision-timestamp']);
  const expected = `v1=${createHmac('sha256', WEBHOOK_SECRET).update(`${timestamp}.${body}`).digest('hex')}`;
  return headers['x-supervision-signature'] === expected;
}

function dingtalkSignatureHolds({ query }: Captured): boolean {
  const timestamp = query.get('timestamp') ?? '';
  return query.get('access_token') === 'robot-token' && query.get('sign') === createHmac('sha256', DINGTALK_SECRET).update(`${timestamp}\n${DINGTALK_SECRET}`).digest('base64');
}

/**
 * 交办, 催办, warnings, escalations and 复核 results reach the people responsible at that moment:
 * in their inbox, on a signed webhook and on a DingTalk robot, at least once, retried with backoff
 * when a channel fails, and never twice for one event and recipient.
 */
describe('notifications reach the people responsible, in the inbox and on outside channels', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let dispatcher: NotificationDispatcher;
  let timers: TimerService;
  const capture = new CaptureServer();
  const clock = new SettableClock('2026-03-02T01:00:00.000Z'); // Monday 09:00 in Shanghai
  const tokens: Record<string, string> = {};
  const YUCUN = 'anji-tianhuangping-yucun';
  const TIANHUANGPING = 'anji-tianhuangping';
  const SECRETARY = `person-${TIANHUANGPING}-secretary`;
  let caseId: string;

  const as = (user: string) => ({
    get: (path: string) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[user]}`),
    post: (path: string, body: object = {}) => request(app.getHttpServer()).post(path).set('Authorization', `Bearer ${tokens[user]}`).send(body),
  });
  const inboxOf = async (user: string, query = ''): Promise<Body> => (await as(user).get(`/notifications/inbox${query}`).expect(200)).body;
  const outbox = async (query: string): Promise<Body[]> => (await as('admin').get(`/notifications?${query}`).expect(200)).body.items;

  beforeAll(async () => {
    const base = await capture.start();
    db = await primaryTarget().create();
    const config = testConfig({
      DEMO: 'true',
      LOGIN_RATE_LIMIT_PER_MINUTE: '100',
      NOTIFY_WEBHOOK_URL: `${base}/hook`,
      NOTIFY_WEBHOOK_SECRET: WEBHOOK_SECRET,
      NOTIFY_DINGTALK_URL: `${base}/robot/send?access_token=robot-token`,
      NOTIFY_DINGTALK_SECRET: DINGTALK_SECRET,
      NOTIFY_MAX_ATTEMPTS: '3',
      NOTIFY_RETRY_BASE_SECONDS: '5',
    });
    app = await createApiTestApp(db.database, { config, clock });
    dispatcher = app.get(NotificationDispatcher);
    timers = app.get(TimerService);
    for (const user of ['admin', 'official.yucun', 'official.anji', 'inspector.wuxing']) {
      tokens[user] = (await request(app.getHttpServer()).post('/auth/login').send({ username: user, password: 'huzhou-demo' }).expect(200)).body.accessToken;
    }
    // 天荒坪镇's secretary has an account under the person id the org tree holds: escalations reach them.
    await as('admin').post('/users', { username: SECRETARY, displayName: '天荒坪镇党委书记', roles: ['viewer'], password: 'Tianhuangping-2026!' }).expect(201);
    // A second official of 余村, disabled later on.
    await as('admin').post('/users', { username: 'official.yucun.b', displayName: '余村副主任', roles: ['official'], orgUnitId: YUCUN, password: 'Yucun-deputy-2026!' }).expect(201);
    const opened = await as('admin')
      .post('/cases', { title: '余村河道保洁不及时', description: '群众反映河道漂浮物清理不及时', severity: 'high', responsibleUnitId: YUCUN, dueWorkingDays: 3 })
      .expect(201);
    caseId = opened.body.id;
    await as('admin').post(`/cases/${caseId}/assign`).expect(200);
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
    await capture.stop();
  });

  it('交办: the unit’s official finds it in the inbox at once; the webhook and the robot get it signed once the dispatcher runs', async () => {
    const inbox = await inboxOf('official.yucun');
    expect(inbox.unread).toBe(1);
    expect(inbox.items).toEqual([
      expect.objectContaining({ kind: 'assignment', caseId, unitId: YUCUN, channel: 'inbox', recipient: 'official.yucun', status: 'delivered', readAt: null }),
    ]);
    expect(inbox.items[0].title).toBe('【交办】余村：余村河道保洁不及时');
    expect(inbox.items[0].text).toContain('整改期限至 2026-03-05');
    // Not an official of 余村, nor responsible for it: nothing.
    expect((await inboxOf('official.anji')).items).toEqual([]);

    expect(await dispatcher.deliverDue()).toBe(2);
    const [hook] = capture.hooks();
    expect(hook).toMatchObject({
      kind: 'assignment',
      caseId,
      unit: { id: YUCUN, name: '余村' },
      title: '【交办】余村：余村河道保洁不及时',
      recipients: [
        { userId: 'official.yucun', displayName: expect.any(String) },
        { userId: 'official.yucun.b', displayName: '余村副主任' },
      ],
    });
    const [robot] = capture.robots();
    expect(robot).toMatchObject({ msgtype: 'markdown', markdown: { title: '【交办】余村：余村河道保洁不及时' } });
    expect(robot!.markdown.text).toContain('责任单位：余村\u3000责任人：');
    expect(robot!.markdown.text).toContain('余村副主任');
    const statuses = await outbox(`caseId=${caseId}&channel=webhook`);
    expect(statuses).toEqual([expect.objectContaining({ status: 'delivered', attempts: 1, lastError: null, recipient: `unit:${YUCUN}` })]);
  });

  it('a channel that fails is retried with backoff and delivered once it recovers; the repeat carries the same notification id', async () => {
    capture.failing = true;
    await as('inspector.wuxing').post(`/cases/${caseId}/urge`, { message: '请三日内完成清理' }).expect(200);
    expect((await inboxOf('official.yucun')).items[0]).toMatchObject({ kind: 'urging', text: '案件「余村河道保洁不及时」第 1 次催办余村：请三日内完成清理' });

    const before = capture.received.length;
    await dispatcher.deliverDue();
    expect(capture.received.length - before).toBe(2);
    const [pending] = await outbox(`caseId=${caseId}&channel=webhook&status=pending`);
    expect(pending).toMatchObject({ kind: 'urging', attempts: 1, lastError: 'HTTP 503: down for maintenance' });
    expect(Date.parse(pending!.nextAttemptAt)).toBe(clock.now().getTime() + 5000);
    const [robotPending] = await outbox(`caseId=${caseId}&channel=dingtalk&status=pending`);
    expect(robotPending!.lastError).toBe('DingTalk errcode 310000: sign not match');

    // Not due yet: nothing is sent.
    await dispatcher.deliverDue();
    expect(capture.received.length - before).toBe(2);

    capture.failing = false;
    clock.advance(5000);
    await dispatcher.deliverDue();
    const urgings = capture.received.filter((item) => item.path === '/hook' && JSON.parse(item.body).kind === 'urging');
    expect(urgings).toHaveLength(2);
    expect(new Set(urgings.map((item) => item.headers['x-supervision-notification-id'])).size).toBe(1);
    expect(await outbox(`caseId=${caseId}&status=pending`)).toEqual([]);
    expect((await outbox(`caseId=${caseId}&channel=webhook`)).find((item) => item.kind === 'urging')).toMatchObject({ status: 'delivered', attempts: 2, lastError: null });
  });

  it('a delivery that keeps failing is given up after the attempts allowed, shown as failed, and an admin sends it again', async () => {
    capture.failing = true;
    await as('admin').post(`/cases/${caseId}/urge`).expect(200);
    for (let attempt = 0; attempt < 3; attempt++) {
      await dispatcher.deliverDue();
      clock.advance(60_000);
    }
    const failed = await outbox(`caseId=${caseId}&status=failed`);
    expect(failed.map((item) => [item.channel, item.attempts])).toEqual(expect.arrayContaining([['webhook', 3], ['dingtalk', 3]]));
    const webhook = failed.find((item) => item.channel === 'webhook')!;

    await as('official.yucun').post(`/notifications/${webhook.notificationId}/retry`).expect(403);
    capture.failing = false;
    const retried = (await as('admin').post(`/notifications/${webhook.notificationId}/retry`).expect(200)).body;
    expect(retried).toMatchObject({ status: 'pending', attempts: 0 });
    await dispatcher.deliverDue();
    expect((await as('admin').post(`/notifications/${webhook.notificationId}/retry`).expect(409)).body).toMatchObject({ code: 'NOTIFICATION_NOT_RETRYABLE' });
    expect((await outbox(`caseId=${caseId}&channel=webhook`)).find((item) => item.notificationId === webhook.notificationId)).toMatchObject({ status: 'delivered' });
    await as('admin').post('/notifications/not-a-uuid/retry').expect(404);

    const metrics = (await request(app.getHttpServer()).get('/metrics').expect(200)).text;
    expect(metrics).toMatch(/notifications_sent_total\{channel="webhook",outcome="gave_up"\} 1/);
    expect(metrics).toMatch(/notifications_sent_total\{channel="webhook",outcome="retry"\} 3/);
    const inboxRows = (await outbox('channel=inbox&limit=200')).length;
    expect(metrics).toContain(`notifications_sent_total{channel="inbox",outcome="delivered"} ${inboxRows}`);
    expect(metrics).toMatch(/notification_outbox_backlog\{channel="dingtalk",status="failed"\} 1/);
  });

  it('yellow and red warnings tell the accountable unit, and the escalation the unit above, whose secretary’s account is told', async () => {
    await as('official.yucun').post(`/cases/${caseId}/sign`).expect(200);
    clock.set('2026-03-06T02:00:00.000Z'); // due Thursday 5 March: overdue, yellow
    await timers.fireDue();
    clock.set('2026-03-11T02:00:00.000Z'); // past the red threshold of 3 working days
    await timers.fireDue();
    const titles = (await inboxOf('official.yucun')).items.map((item: Body) => item.title);
    expect(titles).toEqual(expect.arrayContaining(['【黄牌】余村：余村河道保洁不及时', '【红牌】余村：余村河道保洁不及时']));
    const forSecretary = (await outbox(`caseId=${caseId}&channel=inbox`)).filter((item) => item.recipient === SECRETARY);
    expect(forSecretary).toEqual([expect.objectContaining({ kind: 'escalation', unitId: TIANHUANGPING, title: '【升级督办】天荒坪镇：余村河道保洁不及时' })]);
    await dispatcher.deliverDue();
    const escalated = capture.hooks().find((hook) => hook.kind === 'escalation');
    expect(escalated).toMatchObject({ unit: { id: TIANHUANGPING, name: '天荒坪镇' }, recipients: [{ userId: SECRETARY, displayName: '天荒坪镇党委书记' }] });
  });

  it('复核 sends the result to the responsible unit; an account disabled by then is told nothing more', async () => {
    await as('official.yucun').post(`/cases/${caseId}/progress`, { report: '已组织清理' }).expect(200);
    await as('official.yucun').post(`/cases/${caseId}/submit`, { report: '河道已清理完毕' }).expect(200);
    await as('admin').post('/users/official.yucun.b/disable', { reason: '调任' }).expect(200);
    await as('admin').post(`/cases/${caseId}/reject`, { reason: '仍有漂浮物' }).expect(200);
    expect((await inboxOf('official.yucun')).items[0]).toMatchObject({ kind: 'verification', title: '【复核退回】余村：余村河道保洁不及时', text: expect.stringContaining('仍有漂浮物') });
    const forDeputy = (await outbox(`caseId=${caseId}&channel=inbox&limit=200`)).filter((item) => item.recipient === 'official.yucun.b');
    expect(forDeputy.map((item) => item.kind)).toContain('assignment');
    expect(forDeputy.map((item) => item.kind)).not.toContain('verification');
  });

  it('the inbox: read one, read all, page through; another user’s notification and a bad cursor are refused', async () => {
    const first = await inboxOf('official.yucun', '?limit=2');
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await inboxOf('official.yucun', `?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`);
    expect(second.items.map((item: Body) => item.notificationId)).not.toContain(first.items[0].notificationId);
    const all = (await inboxOf('official.yucun', '?limit=200')).items;
    expect(first.unread).toBe(all.length);

    const one = all[0].notificationId;
    await as('official.anji').post(`/notifications/inbox/${one}/read`).expect(404);
    const read = (await as('official.yucun').post(`/notifications/inbox/${one}/read`).expect(200)).body;
    expect(read.readAt).toBe(clock.now().toISOString());
    expect((await inboxOf('official.yucun', '?unread=true&limit=200')).items).toHaveLength(all.length - 1);
    expect((await as('official.yucun').post('/notifications/inbox/read-all').expect(200)).body).toEqual({ marked: all.length - 1 });
    expect((await inboxOf('official.yucun')).unread).toBe(0);

    await as('official.yucun').get('/notifications/inbox?cursor=bm90LWEtY3Vyc29y').expect(400);
    await as('official.yucun').get('/notifications/inbox?unread=maybe').expect(400);
    await as('official.yucun').get('/notifications').expect(403);
  });

  it('one row per event, channel and recipient: every notification names a distinct (event, channel, recipient)', async () => {
    const rows = await outbox('limit=200');
    const keys = rows.map((item) => `${item.eventId}/${item.channel}/${item.recipient}`);
    expect(new Set(keys).size).toBe(keys.length);
    const { rows: counted } = await db.database.pool.query<{ n: string }>('SELECT count(*) AS n FROM notifications');
    expect(Number(counted[0]!.n)).toBe(rows.length);
  });
});
