import { CaseUseCases, caseUseCases } from '../../cases/case-test-fixtures';
import { GetCalendarYearQuery } from '../get-calendar-year/get-calendar-year.query';
import { ListCalendarYearsQuery } from './list-calendar-years.query';

describe('reading the working-day calendar, without HTTP', () => {
  let app: CaseUseCases;
  beforeAll(async () => {
    app = await caseUseCases();
  });
  afterAll(async () => app?.close());

  it('lists the shipped years as official with their notices, and later ones as provisional, computed from the statute', async () => {
    const listed = await app.queries.execute(new ListCalendarYearsQuery({ from: 2025, to: 2028 }));
    expect(listed.items.map((year) => [year.year, year.basis, year.source])).toEqual([
      [2025, 'official', 'built-in'],
      [2026, 'official', 'built-in'],
      [2027, 'provisional', null],
      [2028, 'provisional', null],
    ]);
    expect(listed.items[1]!.notice).toMatchObject({ title: '国务院办公厅关于2026年部分节假日安排的通知' });
    expect(listed.items[2]).toMatchObject({ statute: expect.stringContaining('795'), holidays: [], makeUpWorkdays: [] });
    expect(listed.items[2]!.daysOff.map((day) => day.holiday)).toEqual(expect.arrayContaining(['春节', '国庆节']));
    expect(listed).toMatchObject({ lastOfficialDay: '2026-12-31', version: 0 });
  });

  it('refuses a range that ends before it starts or spans more than 50 years (INVALID_RANGE)', async () => {
    await expect(app.queries.execute(new ListCalendarYearsQuery({ from: 2027, to: 2026 }))).rejects.toMatchObject({ code: 'INVALID_RANGE' });
    await expect(app.queries.execute(new ListCalendarYearsQuery({ from: 2000, to: 2051 }))).rejects.toMatchObject({ code: 'INVALID_RANGE' });
    await expect(app.queries.execute(new ListCalendarYearsQuery({ from: 2000, to: 2050 }))).resolves.toMatchObject({ items: expect.any(Array) });
  });

  it('one year: official or computable; a year before the statutes known and with no notice is CALENDAR_YEAR_NOT_FOUND', async () => {
    await expect(app.queries.execute(new GetCalendarYearQuery(2024))).resolves.toMatchObject({ year: 2024, basis: 'official', workingDays: 251 });
    await expect(app.queries.execute(new GetCalendarYearQuery(2030))).resolves.toMatchObject({ year: 2030, basis: 'provisional' });
    await expect(app.queries.execute(new GetCalendarYearQuery(2007))).rejects.toMatchObject({ code: 'CALENDAR_YEAR_NOT_FOUND', details: { year: 2007 } });
  });
});
