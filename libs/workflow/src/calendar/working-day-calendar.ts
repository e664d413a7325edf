import {
  type CalendarDate,
  calendarDateOfEpochDay,
  epochDayOf,
  isWeekendEpochDay,
  yearOfEpochDay,
} from './calendar-date';
import { CalendarYearNotLoaded, InvalidHolidayData, InvalidWorkingDayCount } from './calendar.errors';
import { validateHolidayYear } from './china-holidays.validator';
import type { HolidayNotice, HolidayYear } from './holiday-year';

/** What a day is in the working-day calendar (工作日历), and whether work is done on it. */
export type DayClassification =
  | { readonly kind: 'workday'; readonly isWorkingDay: true }
  | { readonly kind: 'weekend'; readonly isWorkingDay: false }
  | { readonly kind: 'public-holiday'; readonly isWorkingDay: false; readonly holiday: string }
  | { readonly kind: 'make-up-workday'; readonly isWorkingDay: true; readonly holiday: string };

/**
 * The working-day calendar (工作日): Monday to Friday are working days, Saturdays and Sundays
 * are not, public holidays (放假) are not, and make-up workdays (调休上班日) are, even on a weekend.
 *
 * Strict by design: any answer that depends on a day in a year with no loaded notice throws
 * `CalendarYearNotLoaded` instead of guessing from weekends. Only the days an answer actually
 * depends on need to be loaded.
 */
export class WorkingDayCalendar {
  private readonly notices = new Map<number, HolidayNotice>();
  private readonly holidays = new Map<number, string>();
  private readonly makeUpWorkdays = new Map<number, string>();

  constructor(years: readonly HolidayYear[]) {
    for (const holidayYear of years) {
      validateHolidayYear(holidayYear);
      if (this.notices.has(holidayYear.year)) {
        throw new InvalidHolidayData(holidayYear.year, [`the year ${holidayYear.year} is supplied more than once`]);
      }
      this.notices.set(holidayYear.year, holidayYear.notice);
      for (const holiday of holidayYear.holidays) {
        const last = epochDayOf(holiday.to);
        for (let day = epochDayOf(holiday.from); day <= last; day++) {
          this.holidays.set(day, holiday.name);
        }
      }
      for (const makeUp of holidayYear.makeUpWorkdays) {
        this.makeUpWorkdays.set(epochDayOf(makeUp.date), makeUp.holiday);
      }
    }
  }

  get loadedYears(): readonly number[] {
    return [...this.notices.keys()].sort((a, b) => a - b);
  }

  /** The notice a year's days were taken from, for showing on a deadline or in the audit trail. */
  noticeFor(year: number): HolidayNotice {
    const notice = this.notices.get(year);
    if (notice === undefined) throw new CalendarYearNotLoaded(year, this.loadedYears);
    return notice;
  }

  classify(date: CalendarDate): DayClassification {
    return this.classifyEpochDay(epochDayOf(date));
  }

  isWorkingDay(date: CalendarDate): boolean {
    return this.classify(date).isWorkingDay;
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: CalendarDate): CalendarDate {
    return this.addWorkingDays(date, 1);
  }

  /** The last working day strictly before `date`. */
  previousWorkingDay(date: CalendarDate): CalendarDate {
    return this.subtractWorkingDays(date, 1);
  }

  /**
   * The deadline "`count` working days from `date`": the earliest working day W on or after
   * `date` such that (date, W] holds `count` working days. So for `count` ≥ 1 it is the
   * count-th working day after `date`, whatever `date` itself is (a case assigned on a Saturday
   * with 1 working day is due on Monday); for `count` = 0 it is `date` when that is a working
   * day and otherwise the next working day, because a deadline never falls on a day off.
   */
  addWorkingDays(date: CalendarDate, count: number): CalendarDate {
    assertWorkingDayCount(count);
    let day = epochDayOf(date);
    if (count === 0) {
      while (!this.classifyEpochDay(day).isWorkingDay) day++;
      return calendarDateOfEpochDay(day);
    }
    let remaining = count;
    while (remaining > 0) {
      day++;
      if (this.classifyEpochDay(day).isWorkingDay) remaining--;
    }
    return calendarDateOfEpochDay(day);
  }

  /**
   * The mirror of `addWorkingDays`, e.g. for "warn 3 working days before the deadline": the latest
   * working day W on or before `date` such that [W, date) holds `count` working days.
   */
  subtractWorkingDays(date: CalendarDate, count: number): CalendarDate {
    assertWorkingDayCount(count);
    let day = epochDayOf(date);
    if (count === 0) {
      while (!this.classifyEpochDay(day).isWorkingDay) day--;
      return calendarDateOfEpochDay(day);
    }
    let remaining = count;
    while (remaining > 0) {
      day--;
      if (this.classifyEpochDay(day).isWorkingDay) remaining--;
    }
    return calendarDateOfEpochDay(day);
  }

  /**
   * The number of working days in (from, to]: `from` excluded, `to` included, so that
   * `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every n ≥ 1. When `to` is before
   * `from` the result is minus the count in (to, from], so swapping the arguments flips the sign.
   */
  workingDaysBetween(from: CalendarDate, to: CalendarDate): number {
    const start = epochDayOf(from);
    const end = epochDayOf(to);
    if (end < start) return -this.workingDaysBetween(to, from);
    let count = 0;
    for (let day = start + 1; day <= end; day++) {
      if (this.classifyEpochDay(day).isWorkingDay) count++;
    }
    return count;
  }

  private classifyEpochDay(day: number): DayClassification {
    const year = yearOfEpochDay(day);
    if (!this.notices.has(year)) {
      throw new CalendarYearNotLoaded(year, this.loadedYears, calendarDateOfEpochDay(day));
    }
    const holiday = this.holidays.get(day);
    if (holiday !== undefined) return { kind: 'public-holiday', isWorkingDay: false, holiday };
    const madeUpFor = this.makeUpWorkdays.get(day);
    if (madeUpFor !== undefined) return { kind: 'make-up-workday', isWorkingDay: true, holiday: madeUpFor };
    return isWeekendEpochDay(day) ? { kind: 'weekend', isWorkingDay: false } : { kind: 'workday', isWorkingDay: true };
  }
}

function assertWorkingDayCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) throw new InvalidWorkingDayCount(count);
}
