import { InvalidCalendarDate } from './calendar.errors';

/**
 * A calendar date in China (Asia/Shanghai), written ISO `YYYY-MM-DD`. It names a day, not an
 * instant: deadlines are counted in days, and a day becomes a pair of instants only through
 * `startOfShanghaiDay` / `endOfShanghaiDay`.
 */
export type CalendarDate = `${number}-${number}-${number}`;

const MS_PER_DAY = 86_400_000;
/** Mainland China has kept UTC+8 all year since 1992 (no daylight saving), so a fixed offset is exact. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01, or undefined when `value` is not an existing `YYYY-MM-DD` date. */
export function tryEpochDay(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return undefined;
  }
  return Math.round(probe.getTime() / MS_PER_DAY);
}

export function epochDayOf(date: CalendarDate): number {
  const day = tryEpochDay(date);
  if (day === undefined) throw new InvalidCalendarDate(date);
  return day;
}

export function calendarDateOfEpochDay(epochDay: number): CalendarDate {
  const probe = new Date(epochDay * MS_PER_DAY);
  const year = String(probe.getUTCFullYear()).padStart(4, '0');
  const month = String(probe.getUTCMonth() + 1).padStart(2, '0');
  const day = String(probe.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}` as CalendarDate;
}

export function yearOfEpochDay(epochDay: number): number {
  return new Date(epochDay * MS_PER_DAY).getUTCFullYear();
}

/** The epoch day of 1 January of `year`. */
export function firstEpochDayOfYear(year: number): number {
  return new Date(0).setUTCFullYear(year, 0, 1) / MS_PER_DAY;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfEpochDay(epochDay: number): number {
  return new Date(epochDay * MS_PER_DAY).getUTCDay();
}

export function isWeekendEpochDay(epochDay: number): boolean {
  const weekday = weekdayOfEpochDay(epochDay);
  return weekday === 0 || weekday === 6;
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  return tryEpochDay(value) !== undefined;
}

/** Narrows untrusted input (an HTTP body, a config value) to a `CalendarDate`, or throws `InvalidCalendarDate`. */
export function parseCalendarDate(value: string): CalendarDate {
  if (!isCalendarDate(value)) throw new InvalidCalendarDate(value);
  return value;
}

/** The day it is in China at `instant`. */
export function shanghaiDateOf(instant: Date): CalendarDate {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new InvalidCalendarDate(instant);
  return calendarDateOfEpochDay(Math.floor((time + SHANGHAI_OFFSET_MS) / MS_PER_DAY));
}

/** 00:00:00.000 in China on `date`, as an instant. */
export function startOfShanghaiDay(date: CalendarDate): Date {
  return new Date(epochDayOf(date) * MS_PER_DAY - SHANGHAI_OFFSET_MS);
}

/** 23:59:59.999 in China on `date`, as an instant: the last moment a deadline falling on `date` is met. */
export function endOfShanghaiDay(date: CalendarDate): Date {
  return new Date((epochDayOf(date) + 1) * MS_PER_DAY - SHANGHAI_OFFSET_MS - 1);
}
