import { CALENDAR_STREAM_ID } from '@app/workflow';
import { TEST_NOTICE_2027 } from '../../../../../test/app/calendar-test-notice';
import { CaseUseCases, caseUseCases, metadataOf } from '../../cases/case-test-fixtures';
import { GetCalendarYearQuery } from '../get-calendar-year/get-calendar-year.query';
import { ListCalendarYearsQuery } from '../list-calendar-years/list-calendar-years.query';
import { LoadCalendarNoticeCommand } from './load-calendar-notice.command';

describe('loading a year’s State Council notice, without HTTP', () => {
  let app: CaseUseCases;
  beforeAll(async () => {
    app = await caseUseCases();
  });
  afterAll(async () => app?.close());

  const calendarVersion = async () => (await app.engine.load('calendar', CALENDAR_STREAM_ID)).version;

  it('a bad notice is INVALID_HOLIDAY_DATA naming every bad field, and records nothing', async () => {
    const bad = { ...TEST_NOTICE_2027, notice: { ...TEST_NOTICE_2027.notice, publishedOn: '2026-11-31' }, makeUpWorkdays: [{ date: '2027-02-12', holiday: '春节' }] };
    const refused = app.commands.execute(new LoadCalendarNoticeCommand(2027, bad, metadataOf('admin')));
    await expect(refused).rejects.toMatchObject({ code: 'INVALID_HOLIDAY_DATA' });
    const fields = await refused.catch((error: { fieldProblems: { field: string }[] }) => error.fieldProblems.map((problem) => problem.field));
    expect(fields).toEqual(['notice.publishedOn', 'makeUpWorkdays.0.date', 'makeUpWorkdays.0.date']); // a weekday, and inside a holiday
    expect(await calendarVersion()).toBe(0);
  });

  it('the year is official at once, in the answer and in every read after it; as of before the load it stays provisional', async () => {
    // A millisecond back: an as-of read counts what was recorded at or before its instant, and the
    // load may be recorded within the millisecond it was sent.
    const before = new Date(Date.now() - 1);
    const { year, result } = await app.commands.execute(new LoadCalendarNoticeCommand(2027, TEST_NOTICE_2027, metadataOf('admin')));
    expect(year).toBe(2027);
    expect(result.events.map((event) => event.type)).toEqual(['CalendarNoticeLoaded']);
    expect(result.state).toMatchObject({ year: 2027, basis: 'official', source: 'loaded', loadedBy: 'admin', holidays: TEST_NOTICE_2027.holidays });
    await expect(app.queries.execute(new GetCalendarYearQuery(2027))).resolves.toMatchObject({ basis: 'official', source: 'loaded' });
    await expect(app.queries.execute(new ListCalendarYearsQuery({ from: 2027, to: 2027 }))).resolves.toMatchObject({ version: 1, lastOfficialDay: '2027-12-31' });
    await expect(app.queries.execute(new GetCalendarYearQuery(2027, before))).resolves.toMatchObject({ basis: 'provisional', source: null });
  });

  it('loading the notice in force again records nothing; a retry with the same command id answers as the first time', async () => {
    const again = await app.commands.execute(new LoadCalendarNoticeCommand(2027, TEST_NOTICE_2027, metadataOf('admin')));
    expect(again.result.events).toEqual([]);
    const corrected = { ...TEST_NOTICE_2027, holidays: [TEST_NOTICE_2027.holidays[0], { ...TEST_NOTICE_2027.holidays[1], to: '2027-02-12' }] };
    const metadata = metadataOf('admin');
    const first = await app.commands.execute(new LoadCalendarNoticeCommand(2027, corrected, metadata));
    const retry = await app.commands.execute(new LoadCalendarNoticeCommand(2027, corrected, metadata));
    expect(retry.result).toMatchObject({ duplicate: true, version: first.result.version, events: first.result.events });
    expect(await calendarVersion()).toBe(2);
  });
});
