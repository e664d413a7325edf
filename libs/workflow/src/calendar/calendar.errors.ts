import { DomainError } from '../domain-error';
import type { CalendarDate } from './calendar-date';

/** A string that is not an ISO `YYYY-MM-DD` calendar date, or a `Date` that is not a valid instant. */
export class InvalidCalendarDate extends DomainError {
  readonly code = 'INVALID_CALENDAR_DATE';

  constructor(readonly value: unknown) {
    super(
      value instanceof Date
        ? 'Invalid instant: the Date does not hold a valid time'
        : `Invalid calendar date ${JSON.stringify(value)}: expected an existing date written YYYY-MM-DD`,
    );
  }
}

/**
 * The answer depends on a year for which no holiday notice is loaded. Weekends alone would give
 * a plausible but wrong answer (Spring Festival, make-up Saturdays), so the calendar refuses.
 */
export class CalendarYearNotLoaded extends DomainError {
  readonly code = 'CALENDAR_YEAR_NOT_LOADED';

  constructor(
    readonly year: number,
    readonly loadedYears: readonly number[],
    readonly date?: CalendarDate,
  ) {
    const loaded = loadedYears.length > 0 ? loadedYears.join(', ') : 'none';
    const subject = date === undefined ? `the year ${year}` : `${date}`;
    super(`No working-day calendar is loaded for ${year} (needed for ${subject}); loaded years: ${loaded}`);
  }
}

/** A working-day count that is not a non-negative integer. */
export class InvalidWorkingDayCount extends DomainError {
  readonly code = 'INVALID_WORKING_DAY_COUNT';

  constructor(readonly count: number) {
    super(`A working-day count must be a non-negative integer, got ${count}`);
  }
}

/** A year of holiday data that breaks one or more rules; `problems` lists every broken rule. */
export class InvalidHolidayData extends DomainError {
  readonly code = 'INVALID_HOLIDAY_DATA';

  constructor(
    readonly year: unknown,
    readonly problems: readonly string[],
  ) {
    super(`Holiday data for ${String(year)} is invalid:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  }
}
