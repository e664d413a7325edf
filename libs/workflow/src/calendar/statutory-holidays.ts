import { LunarDay, SolarDay, SolarTerm } from 'tyme4ts';
import type { CalendarDate } from './calendar-date';
import { CalendarYearOutOfRange } from './calendar.errors';

/**
 * 《全国年节及纪念日放假办法》 (the statute on public holidays) in one of its revisions: the days
 * off it gives every citizen (全体公民放假的节日, article 2) in the years it governs. Lunar dates
 * (除夕, 春节, 端午, 中秋) and the solar term 清明 come from the `tyme4ts` calendar library.
 */
export interface StatuteRevision {
  /** The decree that made the revision, e.g. 国务院令第795号（2024年11月10日） */
  readonly decree: string;
  /** The first calendar year the revision governs (each took effect on a 1 January). */
  readonly firstYear: number;
  /** The statutory days of `year`, holiday by holiday, in the order the statute lists them. */
  readonly holidaysOf: (year: number) => StatutoryHoliday[];
}

/** One holiday of article 2 and the days it gives in one year (e.g. 劳动节: 5月1日、2日). */
export interface StatutoryHoliday {
  /** As the State Council's notices name it: 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节 */
  readonly name: string;
  readonly days: readonly CalendarDate[];
}

function dateOf(day: SolarDay): CalendarDate {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(day.getYear(), 4)}-${pad(day.getMonth(), 2)}-${pad(day.getDay(), 2)}` as CalendarDate;
}

function gregorian(year: number, month: number, day: number): CalendarDate {
  return dateOf(SolarDay.fromYmd(year, month, day));
}

/** The Gregorian date of a day of the (non-leap) lunar month `month` of lunar year `year`. */
function lunar(year: number, month: number, day: number): CalendarDate {
  return dateOf(LunarDay.fromYmd(year, month, day).getSolarDay());
}

/** 除夕 before the lunar new year that starts in `year`: the last day of the twelfth month, 29th or 30th. */
function lunarNewYearsEve(year: number): CalendarDate {
  return dateOf(LunarDay.fromYmd(year, 1, 1).next(-1).getSolarDay());
}

function qingming(year: number): CalendarDate {
  return dateOf(SolarTerm.fromName(year, '清明').getSolarDay());
}

/** The holidays every revision since 2008 shares, around the ones that changed. */
function holidaysWith(year: number, springFestival: readonly CalendarDate[], labourDay: readonly CalendarDate[]): StatutoryHoliday[] {
  return [
    { name: '元旦', days: [gregorian(year, 1, 1)] },
    { name: '春节', days: springFestival },
    { name: '清明节', days: [qingming(year)] },
    { name: '劳动节', days: labourDay },
    { name: '端午节', days: [lunar(year, 5, 5)] },
    { name: '中秋节', days: [lunar(year, 8, 15)] },
    { name: '国庆节', days: [gregorian(year, 10, 1), gregorian(year, 10, 2), gregorian(year, 10, 3)] },
  ];
}

/** The revisions that matter for working days since 2008, oldest first. */
export const STATUTE_REVISIONS: readonly StatuteRevision[] = [
  {
    // 春节 3 days: 除夕, 初一, 初二; 清明, 端午 and 中秋 added; 劳动节 down to 1 day.
    decree: '国务院令第513号（2007年12月14日）',
    firstYear: 2008,
    holidaysOf: (year) => holidaysWith(year, [lunarNewYearsEve(year), lunar(year, 1, 1), lunar(year, 1, 2)], [gregorian(year, 5, 1)]),
  },
  {
    // 春节 3 days: 初一 to 初三 (除夕 no longer a holiday).
    decree: '国务院令第644号（2013年12月11日）',
    firstYear: 2014,
    holidaysOf: (year) => holidaysWith(year, [lunar(year, 1, 1), lunar(year, 1, 2), lunar(year, 1, 3)], [gregorian(year, 5, 1)]),
  },
  {
    // 春节 4 days: 除夕 to 初三; 劳动节 2 days: 5月1日、2日.
    decree: '国务院令第795号（2024年11月10日）',
    firstYear: 2025,
    holidaysOf: (year) =>
      holidaysWith(
        year,
        [lunarNewYearsEve(year), lunar(year, 1, 1), lunar(year, 1, 2), lunar(year, 1, 3)],
        [gregorian(year, 5, 1), gregorian(year, 5, 2)],
      ),
  },
];

/** The last year a provisional calendar is computed for: dates are written with four-digit years. */
export const LAST_PROVISIONAL_YEAR = 9998;

/** The revision that governs `year`; years before 2008 are out of range (the product has no data there). */
export function statuteRevisionFor(year: number): StatuteRevision {
  const first = STATUTE_REVISIONS[0]!.firstYear;
  if (!Number.isInteger(year) || year < first || year > LAST_PROVISIONAL_YEAR) {
    throw new CalendarYearOutOfRange(year, first, LAST_PROVISIONAL_YEAR);
  }
  return [...STATUTE_REVISIONS].reverse().find((revision) => revision.firstYear <= year)!;
}

/** Article 2's holidays in `year`, by the revision in force that year. */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  return statuteRevisionFor(year).holidaysOf(year);
}

