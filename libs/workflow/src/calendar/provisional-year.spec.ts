import { type CalendarDate, epochDayOf } from './calendar-date';
import type { HolidayYear } from './holiday-year';
import { CHINA_HOLIDAY_YEARS, loadChinaCalendar } from './load-china-calendar';
import { provisionalYear } from './provisional-year';
import { statutoryHolidays } from './statutory-holidays';
import { WorkingDayCalendar } from './working-day-calendar';

function insideNotice(notice: HolidayYear, date: CalendarDate): boolean {
  const day = epochDayOf(date);
  return notice.holidays.some((holiday) => epochDayOf(holiday.from) <= day && day <= epochDayOf(holiday.to));
}

const daysOffOf = (year: number) => provisionalYear(year).daysOff.map(({ date, holiday, kind }) => `${date} ${holiday}${kind === 'in-lieu' ? ' 补假' : ''}`);

describe('the provisional calendar of a year without a notice', () => {
  describe.each(CHINA_HOLIDAY_YEARS.map((notice) => [notice.year, notice] as const))('given the %i notice as the check', (year, notice) => {
    it('when the statutory days are computed, then every one falls inside one of the notice’s holidays', () => {
      const outside = statutoryHolidays(year).flatMap((holiday) => holiday.days.filter((date) => !insideNotice(notice, date)).map((date) => `${holiday.name} ${date}`));
      expect(outside).toEqual([]);
      expect(statutoryHolidays(year).flatMap((holiday) => holiday.days)).toHaveLength(year >= 2025 ? 13 : 11);
    });

    it('when the days in lieu are added, then they too fall inside the notice’s holidays', () => {
      const outside = provisionalYear(year).daysOff.filter((dayOff) => !insideNotice(notice, dayOff.date));
      expect(outside).toEqual([]);
    });

    it('when the whole year’s working days are counted, then the provisional count equals the notice’s', () => {
      const official = loadChinaCalendar();
      const provisional = new WorkingDayCalendar([]);
      const from = `${year - 1}-12-31` as CalendarDate;
      const to = `${year}-12-31` as CalendarDate;
      expect(provisional.basisOf(year)).toBe('provisional');
      expect(provisional.workingDaysBetween(from, to)).toBe(official.workingDaysBetween(from, to));
    });
  });

  describe('the statute revision in force', () => {
    it.each<[number, string, string[]]>([
      [2013, '国务院令第513号（2007年12月14日）', ['2013-02-09', '2013-02-10', '2013-02-11']], // 除夕 to 初二
      [2024, '国务院令第644号（2013年12月11日）', ['2024-02-10', '2024-02-11', '2024-02-12']], // 初一 to 初三
      [2027, '国务院令第795号（2024年11月10日）', ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']], // 除夕 to 初三
    ])('given %i, when its 春节 is computed, then %s governs it: %j', (year, decree, springFestival) => {
      expect(provisionalYear(year).statute.decree).toBe(decree);
      expect(statutoryHolidays(year).find((holiday) => holiday.name === '春节')?.days).toEqual(springFestival);
    });

    it('given 2024 and 2025, when 劳动节 is computed, then it is 1 day before the 2024 revision and 2 after', () => {
      expect(statutoryHolidays(2024).find((holiday) => holiday.name === '劳动节')?.days).toEqual(['2024-05-01']);
      expect(statutoryHolidays(2025).find((holiday) => holiday.name === '劳动节')?.days).toEqual(['2025-05-01', '2025-05-02']);
    });
  });

  describe('补假: a statutory day on a weekend is made up on the next free weekday', () => {
    it('given 2027, when computed, then 春节, 劳动节 and 国庆节 each get their weekend days back right after the holiday', () => {
      expect(daysOffOf(2027)).toEqual([
        '2027-01-01 元旦',
        '2027-02-05 春节',
        '2027-02-06 春节',
        '2027-02-07 春节',
        '2027-02-08 春节',
        '2027-02-09 春节 补假',
        '2027-02-10 春节 补假',
        '2027-04-05 清明节',
        '2027-05-01 劳动节',
        '2027-05-02 劳动节',
        '2027-05-03 劳动节 补假',
        '2027-05-04 劳动节 补假',
        '2027-06-09 端午节',
        '2027-09-15 中秋节',
        '2027-10-01 国庆节',
        '2027-10-02 国庆节',
        '2027-10-03 国庆节',
        '2027-10-04 国庆节 补假',
        '2027-10-05 国庆节 补假',
      ]);
    });

    it('given 2030, when computed, then only 春节 (Saturday and Sunday) needs days in lieu', () => {
      expect(daysOffOf(2030)).toEqual([
        '2030-01-01 元旦',
        '2030-02-02 春节',
        '2030-02-03 春节',
        '2030-02-04 春节',
        '2030-02-05 春节',
        '2030-02-06 春节 补假',
        '2030-02-07 春节 补假',
        '2030-04-05 清明节',
        '2030-05-01 劳动节',
        '2030-05-02 劳动节',
        '2030-06-05 端午节',
        '2030-09-12 中秋节',
        '2030-10-01 国庆节',
        '2030-10-02 国庆节',
        '2030-10-03 国庆节',
      ]);
    });

    it('given 2020, when 中秋 falls on 1 October, then 国庆 gets back the day it shares with 中秋 as well as its Saturday (the 2020 notice gave both back)', () => {
      const october = provisionalYear(2020).daysOff.filter((dayOff) => dayOff.date.startsWith('2020-10'));
      expect(october.map(({ date, holiday, kind }) => [date, holiday, kind])).toEqual([
        ['2020-10-01', '中秋节', 'statutory'],
        ['2020-10-02', '国庆节', 'statutory'],
        ['2020-10-03', '国庆节', 'statutory'],
        ['2020-10-05', '国庆节', 'in-lieu'],
        ['2020-10-06', '国庆节', 'in-lieu'],
      ]);
    });

    it('given any year from 2025 to 2100, when counted, then it loses exactly one weekday per statutory day (13)', () => {
      const provisional = new WorkingDayCalendar([]);
      for (let year = 2025; year <= 2100; year++) {
        const weekdays = countWeekdays(year);
        expect([year, provisional.workingDaysBetween(`${year - 1}-12-31` as CalendarDate, `${year}-12-31` as CalendarDate)]).toEqual([year, weekdays - 13]);
      }
    });
  });
});

function countWeekdays(year: number): number {
  let count = 0;
  for (let day = epochDayOf(`${year}-01-01` as CalendarDate); day <= epochDayOf(`${year}-12-31` as CalendarDate); day++) {
    const weekday = new Date(day * 86_400_000).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}
