import { DomainError } from '../domain-error';

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
 * The answer depends on a day the calendar cannot speak for: a year with no loaded notice before
 * the statute revisions it knows (2008 on), or past year 9998. The product holds no such dates.
 */
export class CalendarYearOutOfRange extends DomainError {
  readonly code = 'CALENDAR_YEAR_OUT_OF_RANGE';

  constructor(
    readonly year: number,
    readonly firstYear: number,
    readonly lastYear: number,
  ) {
    super(`The working-day calendar covers ${firstYear} to ${lastYear} (and years with a loaded notice); ${year} is outside`, {
      year,
      firstYear,
      lastYear,
    });
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
  /** The rules broken, in a sentence each. */
  readonly problems: readonly string[];
  /** The same, each with the field it is about (dotted path; empty when about the whole year). */
  readonly fieldProblems: readonly { readonly field: string; readonly message: string }[];

  constructor(
    readonly year: unknown,
    problems: readonly (string | { readonly field: string; readonly message: string })[],
  ) {
    const fieldProblems = problems.map((problem) => (typeof problem === 'string' ? { field: '', message: problem } : problem));
    const messages = fieldProblems.map((problem) => problem.message);
    super(`Holiday data for ${String(year)} is invalid:\n${messages.map((message) => `- ${message}`).join('\n')}`);
    this.problems = messages;
    this.fieldProblems = fieldProblems;
  }
}
