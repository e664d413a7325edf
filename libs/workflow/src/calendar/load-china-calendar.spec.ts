import type { CalendarDate } from './calendar-date';
import type { HolidayYear } from './holiday-year';
import { CHINA_HOLIDAY_YEARS, loadChinaCalendar } from './load-china-calendar';

function daysIn(from: CalendarDate, to: CalendarDate): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
}

function holiday(year: HolidayYear, name: string) {
  const found = year.holidays.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`${year.year} has no ${name}`);
  return found;
}

describe('loadChinaCalendar', () => {
  const calendar = loadChinaCalendar();
  const byYear = new Map(CHINA_HOLIDAY_YEARS.map((year) => [year.year, year]));

  it('given the shipped data, when loaded, then 2024, 2025 and 2026 are covered, each from its notice', () => {
    expect(calendar.loadedYears).toEqual([2024, 2025, 2026]);
    expect(calendar.noticeFor(2024)).toMatchObject({ documentNumber: '国办发明电〔2023〕7号', publishedOn: '2023-10-25' });
    expect(calendar.noticeFor(2025)).toMatchObject({ documentNumber: '国办发明电〔2024〕12号', publishedOn: '2024-11-12' });
    expect(calendar.noticeFor(2026)).toMatchObject({ documentNumber: '国办发明电〔2025〕7号', publishedOn: '2025-11-04' });
  });

  it.each<[number, string, number]>([
    [2024, '春节', 8],
    [2024, '清明节', 3],
    [2024, '劳动节', 5],
    [2024, '中秋节', 3],
    [2024, '国庆节', 7],
    [2025, '春节', 8],
    [2025, '清明节', 3],
    [2025, '劳动节', 5],
    [2025, '端午节', 3],
    [2025, '国庆节、中秋节', 8],
    [2026, '元旦', 3],
    [2026, '春节', 9],
    [2026, '清明节', 3],
    [2026, '劳动节', 5],
    [2026, '端午节', 3],
    [2026, '中秋节', 3],
    [2026, '国庆节', 7],
  ])('given the %i notice, when %s is measured, then it lasts the %i days the notice states (共N天)', (year, name, days) => {
    const { from, to } = holiday(byYear.get(year)!, name);
    expect(daysIn(from, to)).toBe(days);
  });

  it.each<[number, number]>([
    // 366 days − 104 weekend days − 11 statutory holiday days (before the 2024 revision)
    [2024, 251],
    // 365 − 104 − 13 statutory days (除夕 and May 2 added from 2025): make-up days balance the bridges
    [2025, 248],
    [2026, 248],
  ])('given %i, when its working days are counted, then there are %i', (year, expected) => {
    expect(calendar.workingDaysBetween(`${year - 1}-12-31` as CalendarDate, `${year}-12-31` as CalendarDate)).toBe(
      expected,
    );
  });
});
