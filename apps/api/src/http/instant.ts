import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches, ValidateBy } from 'class-validator';

/** An instant with its offset: a bare date or local time would be read in the server's zone. */
const INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * The instants a query may name: years 1000 to 9999 (UTC). JavaScript and PostgreSQL both hold
 * wider ranges, but not the same ones at their edges (year 0, five-digit years), and a filter
 * outside these years names nothing anyway.
 */
const EARLIEST = Date.UTC(1000, 0, 1);
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export function isUsableInstant(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const time = Date.parse(value);
  return Number.isFinite(time) && time >= EARLIEST && time <= LATEST;
}

/**
 * A query or body field holding an instant: ISO 8601 with `Z` or an offset (e.g.
 * `2026-09-30T16:00:00Z`), between the years 1000 and 9999.
 */
export function IsInstant(): PropertyDecorator {
  return applyDecorators(
    IsISO8601({ strict: true }),
    Matches(INSTANT_WITH_OFFSET, { message: ({ property }) => `${property} must be an ISO 8601 instant with Z or an offset, e.g. 2026-09-30T16:00:00Z` }),
    ValidateBy({
      name: 'isUsableInstant',
      validator: {
        validate: isUsableInstant,
        defaultMessage: (args) => `${args?.property ?? 'value'} must be an instant between the years 1000 and 9999`,
      },
    }),
  );
}

/** The instant a validated (IsInstant) optional field names. */
export function instantOf(value: string | undefined): Date | undefined {
  return value === undefined ? undefined : new Date(value);
}
