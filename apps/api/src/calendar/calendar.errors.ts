import { InvalidInputError, NotFoundError, STATUTE_REVISIONS } from '@app/workflow';

export class CalendarYearNotFound extends NotFoundError {
  readonly code = 'CALENDAR_YEAR_NOT_FOUND';
  constructor(year: number) {
    super(`No calendar for ${year}: no notice is loaded and the statute revisions known start in ${STATUTE_REVISIONS[0]!.firstYear}`, { year });
  }
}

/** How many years one listing of the calendar covers at most, after its first. */
export const MAX_LISTED_YEARS = 50;

export class InvalidYearRange extends InvalidInputError {
  readonly code = 'INVALID_RANGE';
  constructor() {
    super(`\`to\` must be from \`from\` to ${MAX_LISTED_YEARS} years after it`);
  }
}
