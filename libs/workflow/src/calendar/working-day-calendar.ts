import { createHash } from 'node:crypto';
import {
  type CalendarDate,
  calendarDateOfEpochDay,
  epochDayOf,
  firstEpochDayOfYear,
  isWeekendEpochDay,
  yearOfEpochDay,
} from './calendar-date';
import { InvalidHolidayData, InvalidWorkingDayCount } from './calendar.errors';
import { validateHolidayYear } from './china-holidays.validator';
import type { HolidayNotice, HolidayYear } from './holiday-year';
import { provisionalYear } from './provisional-year';

/**
 * What a day is in the working-day calendar (工作日历), and whether work is done on it. A day in
 * lieu (补假) is a day off only a provisional year has: see {@link ProvisionalYear}.
 */
export type DayClassification =
  | { readonly kind: 'workday'; readonly isWorkingDay: true }
  | { readonly kind: 'weekend'; readonly isWorkingDay: false }
  | { readonly kind: 'public-holiday'; readonly isWorkingDay: false; readonly holiday: string }
  | { readonly kind: 'day-in-lieu'; readonly isWorkingDay: false; readonly holiday: string }
  | { readonly kind: 'make-up-workday'; readonly isWorkingDay: true; readonly holiday: string };

/**
 * Where a year's days come from: `official`, the State Council's notice for the year (shipped or
 * loaded); `provisional`, computed from the statute because no notice is loaded (no 调休).
 */
export type CalendarBasis = 'official' | 'provisional';

/** The tables a calendar answers from; immutable once built. */
interface CalendarTables {
  readonly official: ReadonlyMap<number, HolidayYear>;
  /** Epoch day → holiday name, over every official year. */
  readonly holidays: ReadonlyMap<number, string>;
  readonly makeUpWorkdays: ReadonlyMap<number, string>;
  readonly fingerprint: string;
  /** Filled as years are counted over (see {@link RunningTotals}). */
  readonly runningTotals: Map<number, RunningTotals>;
}

/**
 * A year's working days as running totals: `before[i]` is how many of its first `i` days are
 * working days, so the working days of any stretch of the year are one subtraction.
 */
interface RunningTotals {
  /** The epoch day of 1 January. */
  readonly firstDay: number;
  /** One more entry than the year has days. */
  readonly before: Uint16Array;
}

/**
 * Bumped whenever the provisional rules change (statute revisions, 补假), so that whatever was
 * computed on the old rules (durable timers) is computed again.
 */
const PROVISIONAL_RULES_VERSION = 'statute-2008-2014-2025;in-lieu-after-holiday;v1';

/**
 * The working-day calendar (工作日): Monday to Friday are working days, Saturdays and Sundays
 * are not, public holidays (放假) are not, and make-up workdays (调休上班日) are, even on a weekend.
 *
 * A year is official when its State Council notice is held, and provisional otherwise: its days
 * off are then the statute's (see {@link ProvisionalYear}), so every answer can be given; callers
 * that show a deadline say when it rests on a provisional year ({@link hasProvisionalDaysIn}).
 */
export class WorkingDayCalendar {
  protected tables: CalendarTables;

  constructor(years: readonly HolidayYear[]) {
    const official = new Map<number, HolidayYear>();
    const holidays = new Map<number, string>();
    const makeUpWorkdays = new Map<number, string>();
    for (const holidayYear of years) {
      validateHolidayYear(holidayYear);
      if (official.has(holidayYear.year)) {
        throw new InvalidHolidayData(holidayYear.year, [`the year ${holidayYear.year} is supplied more than once`]);
      }
      official.set(holidayYear.year, holidayYear);
      for (const holiday of holidayYear.holidays) {
        const last = epochDayOf(holiday.to);
        for (let day = epochDayOf(holiday.from); day <= last; day++) {
          holidays.set(day, holiday.name);
        }
      }
      for (const makeUp of holidayYear.makeUpWorkdays) {
        makeUpWorkdays.set(epochDayOf(makeUp.date), makeUp.holiday);
      }
    }
    this.tables = { official, holidays, makeUpWorkdays, fingerprint: fingerprintOf(official), runningTotals: new Map() };
  }

  /** Answers from now on as `other` does (see the runtime's followed calendar). */
  protected answerAs(other: WorkingDayCalendar): void {
    this.tables = other.tables;
  }

  /** The years with an official notice, oldest first. */
  get loadedYears(): readonly number[] {
    return [...this.tables.official.keys()].sort((a, b) => a - b);
  }

  /**
   * Names exactly what the calendar answers: the official years' content and the provisional
   * rules. Two calendars with the same fingerprint give the same answer to every question.
   */
  get fingerprint(): string {
    return this.tables.fingerprint;
  }

  basisOf(year: number): CalendarBasis {
    return this.tables.official.has(year) ? 'official' : 'provisional';
  }

  /** The official data of a year, or undefined when the year is provisional. */
  officialYear(year: number): HolidayYear | undefined {
    return this.tables.official.get(year);
  }

  /** The notice a year's days were taken from, or undefined when the year is provisional. */
  noticeFor(year: number): HolidayNotice | undefined {
    return this.tables.official.get(year)?.notice;
  }

  /**
   * Whether an answer counted over the days after `from` up to `to` (both as
   * `addWorkingDays(from, n) === to` counts them) used a provisional year: a deadline is
   * provisional when the days it was counted over are.
   */
  hasProvisionalDaysIn(from: CalendarDate, to: CalendarDate): boolean {
    const first = yearOfEpochDay(Math.min(epochDayOf(from) + 1, epochDayOf(to)));
    const last = yearOfEpochDay(epochDayOf(to));
    for (let year = first; year <= last; year++) {
      if (this.basisOf(year) === 'provisional') return true;
    }
    return false;
  }

  /**
   * The last day of the run of official years that holds `today`: official days remain until
   * then. When `today`'s own year is provisional, the last official day before it (in the past),
   * or undefined when there is none.
   */
  lastOfficialDayFrom(today: CalendarDate): CalendarDate | undefined {
    let year = yearOfEpochDay(epochDayOf(today));
    if (this.basisOf(year) === 'provisional') {
      const earlier = this.loadedYears.filter((loaded) => loaded < year);
      return earlier.length === 0 ? undefined : (`${earlier[earlier.length - 1]}-12-31` as CalendarDate);
    }
    while (this.basisOf(year + 1) === 'official') year++;
    return `${year}-12-31` as CalendarDate;
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
    // The days after `start` through `end`, a year at a time, from each year's running totals.
    let count = 0;
    for (let day = start + 1; day <= end; ) {
      const { firstDay, before } = this.runningTotalsOf(yearOfEpochDay(day));
      const last = Math.min(end, firstDay + before.length - 2);
      count += before[last - firstDay + 1]! - before[day - firstDay]!;
      day = last + 1;
    }
    return count;
  }

  /** A year's running count of working days, made once per year and set of notices. */
  private runningTotalsOf(year: number): RunningTotals {
    let totals = this.tables.runningTotals.get(year);
    if (totals === undefined) {
      const firstDay = firstEpochDayOfYear(year);
      const days = firstEpochDayOfYear(year + 1) - firstDay;
      const before = new Uint16Array(days + 1);
      for (let index = 0; index < days; index++) before[index + 1] = before[index]! + (this.classifyEpochDay(firstDay + index).isWorkingDay ? 1 : 0);
      totals = { firstDay, before };
      this.tables.runningTotals.set(year, totals);
    }
    return totals;
  }

  private classifyEpochDay(day: number): DayClassification {
    const year = yearOfEpochDay(day);
    if (this.tables.official.has(year)) {
      const holiday = this.tables.holidays.get(day);
      if (holiday !== undefined) return { kind: 'public-holiday', isWorkingDay: false, holiday };
      const madeUpFor = this.tables.makeUpWorkdays.get(day);
      if (madeUpFor !== undefined) return { kind: 'make-up-workday', isWorkingDay: true, holiday: madeUpFor };
    } else {
      const dayOff = provisionalDayOff(year, day);
      if (dayOff !== undefined) {
        return dayOff.kind === 'statutory'
          ? { kind: 'public-holiday', isWorkingDay: false, holiday: dayOff.holiday }
          : { kind: 'day-in-lieu', isWorkingDay: false, holiday: dayOff.holiday };
      }
    }
    return isWeekendEpochDay(day) ? { kind: 'weekend', isWorkingDay: false } : { kind: 'workday', isWorkingDay: true };
  }
}

const provisionalDays = new Map<number, ReadonlyMap<number, { kind: 'statutory' | 'in-lieu'; holiday: string }>>();

function provisionalDayOff(year: number, day: number): { kind: 'statutory' | 'in-lieu'; holiday: string } | undefined {
  let days = provisionalDays.get(year);
  if (days === undefined) {
    days = new Map(provisionalYear(year).daysOff.map((dayOff) => [epochDayOf(dayOff.date), { kind: dayOff.kind, holiday: dayOff.holiday }]));
    provisionalDays.set(year, days);
  }
  return days.get(day);
}

function fingerprintOf(official: ReadonlyMap<number, HolidayYear>): string {
  const content = [...official.values()]
    .sort((a, b) => a.year - b.year)
    .map((year) => ({ year: year.year, holidays: year.holidays.map(({ name, from, to }) => [name, from, to]), makeUps: year.makeUpWorkdays.map(({ date, holiday }) => [date, holiday]) }));
  return createHash('sha256').update(JSON.stringify({ rules: PROVISIONAL_RULES_VERSION, official: content })).digest('hex').slice(0, 32);
}

function assertWorkingDayCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) throw new InvalidWorkingDayCount(count);
}
