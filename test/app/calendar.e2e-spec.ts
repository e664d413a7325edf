import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { caseStreamId } from '@app/supervision';
import { eventually, primaryTarget, TestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { TimerService, TimerStore } from '@app/workflow-runtime';
import { createApiTestApp, testConfig } from './api-test-app';
import { TEST_NOTICE_2027 } from './calendar-test-notice';
import { PROBLEM_JSON } from './demo-session';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The calendar past 2026 over HTTP, with a settable clock: cases handed over in December 2026
 * with deadlines in 2027 are accepted and marked provisional, every read answers in 2027, a red
 * warning in 2027 fires, and an admin's load of a 2027 notice is an event after which deadlines
 * are no longer provisional and the open cases' timers sit on the official days.
 */
describe('the working-day calendar past 2026', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  const clock = new SettableClock('2026-12-07T02:00:00.000Z'); // Monday 7 December 2026, 10:00 in Shanghai
  const tokens: Record<string, string> = {};
  let soon: string; // 20 working days: due Tuesday 5 January 2027
  let later: string; // 40 working days: due Tuesday 2 February 2027, red across 春节

  const as = (user: string) => ({
    get: (path: string) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[user]}`),
    post: (path: string, body: object = {}) => request(app.getHttpServer()).post(path).set('Authorization', `Bearer ${tokens[user]}`).send(body),
    put: (path: string, body: unknown) => request(app.getHttpServer()).put(path).set('Authorization', `Bearer ${tokens[user]}`).send(body as object),
  });
  const scheduled = (caseId: string) => app.get(TimerStore).scheduledFor(caseStreamId(caseId));

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', RUN_TIMERS: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '100' }), clock });
    for (const user of ['admin', 'official.anji', 'auditor']) {
      tokens[user] = (await request(app.getHttpServer()).post('/auth/login').send({ username: user, password: 'huzhou-demo' }).expect(200)).body.accessToken;
    }
    const handOver = async (dueWorkingDays: number): Promise<string> => {
      const opened = await as('admin')
        .post('/cases', { title: '村级议事制度未落实', description: '限期整改', severity: 'high', responsibleUnitId: 'anji-xilong', dueWorkingDays })
        .expect(201);
      await as('admin').post(`/cases/${opened.body.id}/assign`).expect(200);
      return opened.body.id;
    };
    soon = await handOver(20);
    later = await handOver(40);
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it('a case handed over in December 2026 with 20 and 40 working days is accepted, its deadline in 2027 marked provisional everywhere it shows', async () => {
    const one = (await as('admin').get(`/cases/${soon}`).expect(200)).body;
    expect(one).toMatchObject({ status: 'assigned', deadline: { dueOn: '2027-01-05' }, deadlineProvisional: true });
    expect((await as('admin').get(`/cases/${later}`).expect(200)).body).toMatchObject({ deadline: { dueOn: '2027-02-02' }, deadlineProvisional: true });

    const board = (await as('admin').get('/cases?unit=anji').expect(200)).body;
    expect(board.items.map((item: Body) => [item.caseId, item.deadlineProvisional]).sort()).toEqual([[later, true], [soon, true]].sort());
    const chain = (await as('official.anji').get(`/cases/${soon}/chain`).expect(200)).body;
    expect(chain).toMatchObject({ dueOn: '2027-01-05', deadlineProvisional: true });
    const lists = (await as('official.anji').get('/org-units/anji/lists').expect(200)).body;
    expect(lists.problems.items.map((item: Body) => item.deadlineProvisional)).toEqual([true, true]);

    // The red of the first case falls in 2027 and is scheduled: 3 working days after 5 January.
    expect((await scheduled(soon)).find((timer) => timer.name === 'case-warning-red')?.dueAt.toISOString()).toBe('2027-01-08T16:00:00.000Z');
  });

  it('/health stays up and warns that the loaded notices end in 24 days; /metrics shows it', async () => {
    const health = (await request(app.getHttpServer()).get('/health').expect(200)).body;
    expect(health).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, calendar: { status: 'warn', lastOfficialDay: '2026-12-31', daysLeft: 24, officialYears: [2024, 2025, 2026] } },
    });
    expect(health.info.calendar.warning).toContain('2026-12-31');
    const metrics = (await request(app.getHttpServer()).get('/metrics').expect(200)).text;
    expect(metrics).toMatch(/^calendar_official_days_remaining 24$/m);
    expect(metrics).toMatch(/^calendar_last_official_day_timestamp_seconds 1798732800$/m); // 2027-01-01T00:00+08:00
  });

  it('in January 2027 every read answers 200 and the red warning that falls in 2027 fires and escalates', async () => {
    clock.set('2027-01-11T02:00:00.000Z'); // Monday 11 January 2027
    await app.get(TimerService).fireDue();
    await eventually(async () => {
      const one = (await as('admin').get(`/cases/${soon}`).expect(200)).body;
      expect(one.activeWarnings).toEqual(['yellow', 'red']);
      expect(one.escalationLevel).toBe(1);
    });
    const board = (await as('admin').get('/cases?unit=anji&overdue=true').expect(200)).body;
    expect(board.items.map((item: Body) => [item.caseId, item.overdueWorkingDays])).toEqual([[soon, 4]]);
    await as('official.anji').get(`/cases/${soon}/chain`).expect(200);
    await as('official.anji').get('/org-units/anji/lists').expect(200);
    await as('admin').get('/tasks').expect(200);
    expect((await as('official.anji').get('/calendar/years/2027').expect(200)).body).toMatchObject({ year: 2027, basis: 'provisional', notice: null });
  });

  it('loading the 2027 notice: an official is refused 403, a bad notice 400 listing every bad field, and neither records anything', async () => {
    const before = await eventCount();
    const refused = await as('official.anji').put('/admin/calendar/years/2027', TEST_NOTICE_2027).expect(403);
    expect(refused.headers['content-type']).toMatch(PROBLEM_JSON);

    const bad = await as('admin')
      .put('/admin/calendar/years/2027', {
        ...TEST_NOTICE_2027,
        notice: { ...TEST_NOTICE_2027.notice, documentNumber: '99号', publishedOn: '2026-11-31' },
        holidays: [TEST_NOTICE_2027.holidays[1], TEST_NOTICE_2027.holidays[0]],
        makeUpWorkdays: [{ date: '2027-02-12', holiday: '春节' }],
        source: 'a blog',
      })
      .expect(400);
    expect(bad.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(bad.body.code).toBe('INVALID_HOLIDAY_DATA');
    expect(bad.body.errors.map((error: Body) => error.field)).toEqual([
      'source',
      'notice.documentNumber',
      'notice.publishedOn',
      'holidays.1.from',
      'makeUpWorkdays.0.date',
      'makeUpWorkdays.0.date',
    ]);
    await as('admin').put('/admin/calendar/years/2028', TEST_NOTICE_2027).expect(400);
    await as('admin').put('/admin/calendar/years/20x7', TEST_NOTICE_2027).expect(400);
    expect(await eventCount()).toBe(before);
  });

  it('an admin loads the 2027 notice: an event in the audit trail, deadlines no longer provisional (the day stays), timers reconciled', async () => {
    const redBefore = (await scheduled(later)).find((timer) => timer.name === 'case-warning-red')!.dueAt.toISOString();
    expect(redBefore).toBe('2027-02-11T16:00:00.000Z'); // provisional: 3 Feb, 4 Feb, then 11 Feb after 除夕…初三 and two days in lieu

    const loaded = await as('admin').put('/admin/calendar/years/2027', TEST_NOTICE_2027).expect(200);
    expect(loaded.headers['etag']).toBe('"1"');
    expect(loaded.body).toMatchObject({ id: '2027', version: 1, replayed: false, state: { year: 2027, basis: 'official', source: 'loaded', loadedBy: 'admin' } });
    expect(loaded.body.events.map((event: Body) => event.type)).toEqual(['CalendarNoticeLoaded']);
    const again = await as('admin').put('/admin/calendar/years/2027', TEST_NOTICE_2027).expect(200);
    expect(again.body).toMatchObject({ version: 1, events: [] });

    const trail = (await as('auditor').get('/audit/events?stream=calendar-cn').expect(200)).body;
    expect(trail.items.map((event: Body) => [event.type, event.actorId ?? event.metadata?.actorId])).toEqual([['CalendarNoticeLoaded', 'admin']]);

    const one = (await as('admin').get(`/cases/${later}`).expect(200)).body;
    expect(one).toMatchObject({ deadline: { dueOn: '2027-02-02' }, deadlineProvisional: false });
    const lists = (await as('official.anji').get('/org-units/anji/lists').expect(200)).body;
    expect(lists.problems.items.map((item: Body) => item.deadlineProvisional)).toEqual([false, false]);

    // Official: 3 Feb, 4 Feb, then the make-up Sunday 14 February.
    await eventually(async () => {
      expect((await scheduled(later)).map((timer) => [timer.name, timer.dueAt.toISOString()])).toEqual([
        ['case-warning-blue', '2027-01-28T16:00:00.000Z'],
        ['case-warning-yellow', '2027-02-02T16:00:00.000Z'],
        ['case-warning-red', '2027-02-14T16:00:00.000Z'],
      ]);
    }, 10_000);

    const years = (await as('official.anji').get('/calendar/years').expect(200)).body;
    expect(years.items.map((year: Body) => [year.year, year.basis])).toEqual([
      [2024, 'official'],
      [2025, 'official'],
      [2026, 'official'],
      [2027, 'official'],
      [2028, 'provisional'],
    ]);
    expect(loaded.body.state.loadedAt).toBe('2027-01-11T02:00:00.000Z');
    const asOfBefore = (await as('official.anji').get('/calendar/years/2027?asOf=2027-01-11T01:59:59Z').expect(200)).body;
    expect(asOfBefore.basis).toBe('provisional');
    const health = (await request(app.getHttpServer()).get('/health').expect(200)).body;
    expect(health.info.calendar).toMatchObject({ status: 'up', lastOfficialDay: '2027-12-31', officialYears: [2024, 2025, 2026, 2027] });
  });

  const eventCount = async (): Promise<number> => Number((await db.database.pool.query('SELECT count(*) AS n FROM es_events')).rows[0].n);
});
