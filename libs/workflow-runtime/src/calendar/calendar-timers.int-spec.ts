import { randomUUID } from 'node:crypto';
import { migrate } from '@app/database';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore } from '@app/event-store';
import { eventually, primaryTarget, TestDatabase } from '@app/testing';
import {
  Actor,
  CALENDAR_STREAM_ID,
  calendarWorkflow,
  CHINA_HOLIDAY_YEARS,
  DomainError,
  endOfShanghaiDay,
  HolidayYear,
  SettableClock,
  shanghaiDateOf,
  WorkflowDefinition,
} from '@app/workflow';
import { TimerService } from '../timer-service';
import { TimerStore } from '../timer-store';
import { WorkflowEngine } from '../workflow-engine';
import { WORKFLOW_MIGRATIONS } from '../workflow.schema';
import { CalendarFollower } from './calendar-follower';
import { CalendarTimers } from './calendar-timers';
import { FollowedWorkingDayCalendar } from './followed-calendar';

/** Test data only: a made-up 2027 notice (not the State Council's), with a long Spring Festival. */
const TEST_NOTICE_2027: HolidayYear = {
  year: 2027,
  notice: { title: '国务院办公厅关于2027年部分节假日安排的通知（测试数据）', documentNumber: '国办发明电〔2026〕99号', publishedOn: '2026-11-20', checkedAgainst: [] },
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-05', to: '2027-02-13' },
  ],
  makeUpWorkdays: [{ date: '2027-02-14', holiday: '春节' }],
};

// A reminder due a number of working days after it is set.
type ReminderState = { status: 'none' } | { status: 'set'; setAt: string } | { status: 'rung' };
type ReminderCommand = { type: 'SetReminder' } | { type: 'Ring'; dueAt: string };
type ReminderEvent = { type: 'ReminderSet'; data: { setAt: string } } | { type: 'ReminderRang'; data: { rangAt: string } };

class ReminderRefused extends DomainError {
  readonly code = 'REMINDER_REFUSED';
}

const reminder: WorkflowDefinition<ReminderState, ReminderCommand, ReminderEvent, { workingDays: number }> = {
  name: 'reminder',
  version: 1,
  initialState: () => ({ status: 'none' }),
  statusOf: (state) => state.status,
  evolve: (_state, event) => (event.type === 'ReminderSet' ? { status: 'set', setAt: event.data.setAt } : { status: 'rung' }),
  refuse: () => new ReminderRefused('not now'),
  states: {
    none: { on: { SetReminder: { roles: ['admin'], decide: (_s, _c, { now }) => [{ type: 'ReminderSet', data: { setAt: now.toISOString() } }] } } },
    set: {
      on: { Ring: { roles: ['system'], decide: (_s, _c, { now }) => [{ type: 'ReminderRang', data: { rangAt: now.toISOString() } }] } },
      timers: (state, { calendar, settings }) => {
        if (state.status !== 'set') return [];
        const dueAt = endOfShanghaiDay(calendar.addWorkingDays(shanghaiDateOf(new Date(state.setAt)), settings.workingDays));
        return [{ name: 'ring', dueAt, command: { type: 'Ring', dueAt: dueAt.toISOString() } }];
      },
    },
    rung: { on: {} },
  },
};

const admin: Actor = { userId: 'admin', roles: ['admin'] };
/** 30 working days from Monday 28 December 2026: provisionally Monday 15 February 2027, by the test notice Tuesday 16. */
const PROVISIONAL_DUE = endOfShanghaiDay('2027-02-15');
const OFFICIAL_DUE = endOfShanghaiDay('2027-02-16');

describe('timers and the working-day calendar', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let timers: TimerStore;
  let clock: SettableClock;
  let calendar: FollowedWorkingDayCalendar;
  let engine: WorkflowEngine;
  let follower: CalendarFollower;
  let calendarTimers: CalendarTimers;

  beforeEach(async () => {
    db = await primaryTarget().create();
    await migrate(db.database.pool, 'event-store', EVENT_STORE_MIGRATIONS);
    await migrate(db.database.pool, 'workflow', WORKFLOW_MIGRATIONS);
    store = new PostgresEventStore(db.database.pool);
    timers = new TimerStore(db.database.pool);
    clock = new SettableClock('2026-12-28T02:00:00.000Z');
    calendar = new FollowedWorkingDayCalendar(CHINA_HOLIDAY_YEARS);
    engine = new WorkflowEngine(store, timers, clock, calendar);
    engine.register({ definitions: [reminder], settings: { workingDays: 30 } });
    engine.register({ definitions: [calendarWorkflow], settings: { builtInYears: CHINA_HOLIDAY_YEARS } });
    follower = new CalendarFollower(store, calendar, { pollIntervalMs: 100 });
    await follower.start();
    calendarTimers = new CalendarTimers(engine, timers, calendar, clock);
  });
  afterEach(async () => {
    await follower.stop();
    await db.dispose();
  });

  const setReminder = async (): Promise<string> => {
    const stream = `reminder-${randomUUID()}`;
    await engine.handle('reminder', stream, { type: 'SetReminder' }, { actor: admin, commandId: randomUUID() });
    return stream;
  };
  const loadNotice = () => engine.handle('calendar', CALENDAR_STREAM_ID, { type: 'LoadCalendarNotice', notice: TEST_NOTICE_2027 }, { actor: admin, commandId: randomUUID() });

  it('a timer that falls in a year without a notice is scheduled on the provisional calendar', async () => {
    const stream = await setReminder();
    expect(calendar.basisOf(2027)).toBe('provisional');
    expect(await timers.scheduledFor(stream)).toEqual([{ name: 'ring', dueAt: PROVISIONAL_DUE }]);
  });

  it('when a notice is loaded, every process’s calendar follows the stream and reconciling moves open instances’ timers to the official day', async () => {
    const stream = await setReminder();
    const other = new FollowedWorkingDayCalendar(CHINA_HOLIDAY_YEARS);
    const otherFollower = new CalendarFollower(new PostgresEventStore(db.database.pool), other, { pollIntervalMs: 100 });
    await otherFollower.start();
    const changes: string[] = [];
    follower.onChange((fingerprint) => changes.push(fingerprint));
    try {
      await loadNotice();
      await follower.fresh();
      expect(calendar.basisOf(2027)).toBe('official');
      expect(changes).toEqual([calendar.fingerprint]);
      await eventually(async () => expect(other.basisOf(2027)).toBe('official'), 10_000, 50);

      expect(await calendarTimers.reconcileAll()).toMatchObject({ instances: 1, failed: 0 });
      expect(await timers.scheduledFor(stream)).toEqual([{ name: 'ring', dueAt: OFFICIAL_DUE }]);
      expect(await timers.reconciledCalendar()).toBe(calendar.fingerprint);
    } finally {
      await otherFollower.stop();
    }
  });

  it('a timer firing at an instant the instance no longer wants schedules the wanted one, which then fires', async () => {
    const stream = await setReminder();
    await loadNotice();
    await follower.fresh();
    // No reconciliation: the provisional timer is still scheduled, a day early.
    clock.set(new Date(PROVISIONAL_DUE.getTime() + 1));
    const service = new TimerService(timers, engine, clock);
    await service.fireDue();
    expect((await engine.load<ReminderState>(reminder.name, stream)).state.status).toBe('set');
    expect(await timers.scheduledFor(stream)).toEqual([{ name: 'ring', dueAt: OFFICIAL_DUE }]);
    const { rows } = await db.database.pool.query<{ status: string; last_error: string }>(`SELECT status, last_error FROM wf_timers WHERE stream_id = $1 AND due_at = $2`, [
      stream,
      PROVISIONAL_DUE,
    ]);
    expect(rows).toEqual([{ status: 'cancelled', last_error: 'the instance no longer wants this timer' }]);

    clock.set(new Date(OFFICIAL_DUE.getTime() + 1));
    await service.fireDue();
    expect((await engine.load<ReminderState>(reminder.name, stream)).state.status).toBe('rung');
  });

  it('at start-up, timers are reconciled once per calendar: the first time over every instance that ever had one, then not again', async () => {
    // An instance whose timer an older release left out (its day had no notice then): none scheduled.
    const lost = await setReminder();
    await db.database.pool.query(`UPDATE wf_timers SET status = 'cancelled' WHERE stream_id = $1`, [lost]);

    expect(await calendarTimers.catchUp()).toMatchObject({ instances: 1, failed: 0 });
    expect(await timers.scheduledFor(lost)).toEqual([{ name: 'ring', dueAt: PROVISIONAL_DUE }]);
    expect(await calendarTimers.catchUp()).toBeUndefined();

    await loadNotice();
    await follower.fresh();
    expect(await calendarTimers.catchUp()).toMatchObject({ instances: 1, failed: 0 });
    expect(await timers.scheduledFor(lost)).toEqual([{ name: 'ring', dueAt: OFFICIAL_DUE }]);
  });
});
