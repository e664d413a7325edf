import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { primaryTarget, TestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { TimerService } from '@app/workflow-runtime';
import { createApiTestApp, testConfig } from './api-test-app';

/** The value of one series in a scrape (`name{labels}` exactly as exposed); 0 when absent (a counter not yet counted). */
function sample(metrics: string, series: string): number {
  const line = metrics.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? 0 : Number(line.slice(series.length + 1));
}

/**
 * The domain's metrics on the API's /metrics move with what happens over HTTP: events appended by
 * category, commands refused by their code, timers fired by name and due, open cases by their
 * gravest warning as the case board shows them.
 */
describe('domain metrics on the API’s /metrics', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let timers: TimerService;
  const clock = new SettableClock('2026-03-02T01:00:00.000Z'); // Monday 09:00 in Shanghai
  const tokens: Record<string, string> = {};
  const YUCUN = 'anji-tianhuangping-yucun';

  const as = (user: string) => ({
    get: (path: string) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[user]}`),
    post: (path: string, body: object = {}) => request(app.getHttpServer()).post(path).set('Authorization', `Bearer ${tokens[user]}`).send(body),
  });
  const scrape = async (): Promise<string> => (await request(app.getHttpServer()).get('/metrics').expect(200)).text;
  const openCase = async (title: string): Promise<string> =>
    (await as('admin').post('/cases', { title, description: '限期整改', severity: 'high', responsibleUnitId: YUCUN, dueWorkingDays: 3 }).expect(201)).body.id;

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', DEMO_ACTIVITY: 'false', LOGIN_RATE_LIMIT_PER_MINUTE: '100' }), clock });
    timers = app.get(TimerService);
    // The timers fire when this suite says (fireDue), not when the background loop looks.
    await timers.stop();
    for (const user of ['admin', 'official.yucun']) {
      tokens[user] = (await request(app.getHttpServer()).post('/auth/login').send({ username: user, password: 'huzhou-demo' }).expect(200)).body.accessToken;
    }
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it('counts a command’s events by stream category, and a refused command by its error code', async () => {
    const before = await scrape();
    const caseId = await openCase('余村河道保洁不及时');
    const refused = await as('official.yucun').post(`/cases/${caseId}/sign`).expect(409);
    const code: string = refused.body.code;
    expect(code).toMatch(/^[A-Z_]+$/);

    const after = await scrape();
    expect(sample(after, 'events_appended_total{category="case"}') - sample(before, 'events_appended_total{category="case"}')).toBe(1);
    expect(sample(after, `command_rejections_total{workflow="case",code="${code}"}`) - sample(before, `command_rejections_total{workflow="case",code="${code}"}`)).toBe(1);
    // Never a series per stream: the case's id appears nowhere in the scrape.
    expect(after).not.toContain(caseId);
  });

  it('counts the warning timers fired by name, shows them due until they fire, and the open cases by colour as the case board has them', async () => {
    const late = await openCase('余村垃圾分类未落实');
    await as('admin').post(`/cases/${late}/assign`).expect(200);
    await as('official.yucun').post(`/cases/${late}/sign`).expect(200);
    const before = await scrape();
    clock.set('2026-03-11T02:00:00.000Z'); // `late` was due Thursday 5 March: its warning timers are all due
    const due = await scrape();
    expect(sample(due, 'timers_due')).toBeGreaterThanOrEqual(3);

    await timers.fireDue();
    const onTime = await openCase('余村路灯维修'); // due in three working days: no warning yet
    await as('admin').post(`/cases/${onTime}/assign`).expect(200);
    const after = await scrape();
    expect(sample(after, 'timers_due')).toBe(0);
    // Blue may be passed over as no longer wanted once yellow is up: only yellow and red surely fire.
    for (const colour of ['yellow', 'red']) {
      const series = `timers_fired_total{workflow="case",timer="case-warning-${colour}"}`;
      expect(sample(after, series) - sample(before, series)).toBeGreaterThanOrEqual(1);
    }

    const board = async (query: string): Promise<string[]> => (await as('admin').get(`/cases?${query}`).expect(200)).body.items.map((item: { caseId: string }) => item.caseId);
    const red = await board('warning=red');
    expect(red).toContain(late);
    expect(sample(after, 'cases_open{warning="red"}')).toBe(red.length);
    const open = (await board('')).length;
    const warned = new Set([...(await board('warning=blue')), ...(await board('warning=yellow')), ...red]);
    expect(warned.has(onTime)).toBe(false);
    expect(sample(after, 'cases_open{warning="none"}')).toBe(open - warned.size);
    const total = ['none', 'blue', 'yellow', 'red'].reduce((sum, colour) => sum + sample(after, `cases_open{warning="${colour}"}`), 0);
    expect(total).toBe(open);
    expect(after).toMatch(/^database_pool_waiting_clients \d+$/m);
  });
});
