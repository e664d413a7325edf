import { type CalendarDate, calendarDateOfEpochDay, epochDayOf, isWeekendEpochDay } from './calendar-date';
import { type StatuteRevision, statuteRevisionFor, statutoryHolidays } from './statutory-holidays';

/**
 * A day off of a provisional year: a statutory day (法定假日) or a day in lieu (补假) of one that
 * fell on a weekend or on another holiday's day.
 */
export interface ProvisionalDayOff {
  readonly date: CalendarDate;
  /** The statutory holiday the day belongs to, e.g. 国庆节. */
  readonly holiday: string;
  readonly kind: 'statutory' | 'in-lieu';
}

/**
 * A year whose State Council notice is not loaded, computed from the statute alone.
 *
 * Days off are the statutory days of article 2, plus one day in lieu (补假) for every statutory
 * day that falls on a Saturday or a Sunday (article 6: "全体公民放假的假日，如果适逢周六、周日，
 * 应当在工作日补假"), and for every statutory day that falls on a day already off for another
 * holiday (中秋 on 1 October: the 2020 notice gave it its day back). The day in lieu is the first
 * weekday after the holiday's last statutory day that is not already off; they are placed in date
 * order, after every statutory day, so a day in lieu never takes another holiday's own day.
 *
 * Make-up workdays (调休上班) are a choice of each notice and cannot be predicted: a provisional
 * year has none, and no bridge days either. So a provisional year loses exactly one weekday per
 * statutory day, as every notice's year does once its bridges and make-up days are netted out:
 * counts of working days over a span that covers a holiday's whole break agree with the notice;
 * a deadline that falls inside the break may land a few days apart.
 */
export interface ProvisionalYear {
  readonly year: number;
  readonly statute: StatuteRevision;
  /** In date order. */
  readonly daysOff: readonly ProvisionalDayOff[];
}

const cache = new Map<number, ProvisionalYear>();

/** The provisional calendar of `year` (memoised: it depends on nothing but the year). */
export function provisionalYear(year: number): ProvisionalYear {
  const known = cache.get(year);
  if (known !== undefined) return known;
  const computed = computeProvisionalYear(year);
  cache.set(year, computed);
  return computed;
}

function computeProvisionalYear(year: number): ProvisionalYear {
  const statute = statuteRevisionFor(year);
  const off = new Map<number, ProvisionalDayOff>();
  const owed: { holiday: string; after: number }[] = [];
  for (const holiday of statutoryHolidays(year)) {
    const days = holiday.days.map(epochDayOf);
    const last = Math.max(...days);
    for (const day of days) {
      if (off.has(day)) {
        owed.push({ holiday: holiday.name, after: last });
        continue;
      }
      off.set(day, { date: calendarDateOfEpochDay(day), holiday: holiday.name, kind: 'statutory' });
      if (isWeekendEpochDay(day)) owed.push({ holiday: holiday.name, after: last });
    }
  }
  for (const { holiday, after } of owed.sort((a, b) => a.after - b.after)) {
    let day = after + 1;
    while (isWeekendEpochDay(day) || off.has(day)) day++;
    off.set(day, { date: calendarDateOfEpochDay(day), holiday, kind: 'in-lieu' });
  }
  return { year, statute, daysOff: [...off.entries()].sort(([a], [b]) => a - b).map(([, dayOff]) => dayOff) };
}
