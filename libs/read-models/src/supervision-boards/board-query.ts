import type { CalendarDate, WorkingDayCalendar } from '@app/workflow';
import { InvalidInputError, shanghaiDateOf } from '@app/workflow';
import type { EntityManager } from 'typeorm';

/** Anything that runs SQL and returns rows: the runtime's DataSource, or a manager in a transaction. */
export type ReadModelReader = Pick<EntityManager, 'query'>;

/** A page of a board: the items and, when more follow, the cursor to ask for them with. */
export interface BoardPage<Item> {
  readonly items: Item[];
  readonly nextCursor: string | null;
}

export class InvalidCursor extends InvalidInputError {
  readonly code = 'INVALID_CURSOR';
  constructor() {
    super('The cursor is not a nextCursor this list handed out; ask for the first page without one');
  }
}

/** Longest sort key a cursor may carry (ids are at most a few hundred characters). */
const MAX_CURSOR_KEY_LENGTH = 500;

/**
 * A list cursor: the sort key of the last item of a page, tagged with the list it belongs to and
 * base64url-encoded, so clients pass it back as it is. Every list (rounds, tasks, cases, the audit
 * trail) pages with one, under the same names: `nextCursor` out, `cursor` in.
 */
export function encodeListCursor(list: string, key: string): string {
  return Buffer.from(`${list}:${key}`, 'utf8').toString('base64url');
}

/**
 * The sort key of a cursor of `list`. Anything else — text that is not base64url, a cursor of
 * another list, bytes that are not UTF-8, a key with control characters — is refused with
 * {@link InvalidCursor} rather than read as some other page.
 */
export function decodeListCursor(list: string, cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const key = text.startsWith(`${list}:`) ? text.slice(list.length + 1) : '';
  const wellFormed = key.length > 0 && key.length <= MAX_CURSOR_KEY_LENGTH && !/\p{Cc}/u.test(key);
  // Only the exact text this API encodes: base64url decoding skips stray characters, UTF-8 decoding replaces bad bytes.
  if (!wellFormed || encodeListCursor(list, key) !== cursor) throw new InvalidCursor();
  return key;
}

/** What "today" and "overdue" are measured with: the clock's instant and the working-day calendar. */
export interface WorkingDayClock {
  readonly now: Date;
  readonly calendar: WorkingDayCalendar;
}

/**
 * Working days past a deadline, counted to today (Asia/Shanghai); 0 when the deadline has not
 * passed. A deadline passed on a Friday evening is 0 over the weekend and 1 on Monday.
 */
export function workingDaysOverdue(deadline: { dueOn: CalendarDate; deadlineAt: string }, clock: WorkingDayClock): number {
  if (clock.now.getTime() <= Date.parse(deadline.deadlineAt)) return 0;
  return clock.calendar.workingDaysBetween(deadline.dueOn, shanghaiDateOf(clock.now) as CalendarDate);
}

/**
 * The day a deadline must fall before for it to be at least one working day overdue today: the
 * last working day on or before today. Lets SQL filter on `due_on` what {@link workingDaysOverdue}
 * would say row by row.
 */
export function overdueBefore(clock: WorkingDayClock): CalendarDate {
  return clock.calendar.subtractWorkingDays(shanghaiDateOf(clock.now) as CalendarDate, 0);
}

/**
 * Whether a deadline counted from `countedFrom` (the instant it was given) to `dueOn` rests on a
 * provisional year of the calendar as it is now (`deadlineProvisional` in the API). The day itself
 * stays the day the unit was told; the flag turns false once the year's notice is loaded.
 */
export function isProvisionalDeadline(countedFrom: string, dueOn: CalendarDate, calendar: WorkingDayCalendar): boolean {
  return calendar.hasProvisionalDaysIn(shanghaiDateOf(new Date(countedFrom)), dueOn);
}

/** Builds a WHERE clause and its parameters one condition at a time. */
export class SqlConditions {
  readonly parameters: unknown[] = [];
  private readonly conditions: string[] = [];

  /** Adds `condition`, in which `?` stands for the parameter `value`. */
  add(condition: string, value?: unknown): this {
    if (value === undefined) {
      this.conditions.push(condition);
      return this;
    }
    this.parameters.push(value);
    this.conditions.push(condition.replace('?', `$${this.parameters.length}`));
    return this;
  }

  /** A placeholder for one more parameter, for use outside the WHERE clause. */
  parameter(value: unknown): string {
    this.parameters.push(value);
    return `$${this.parameters.length}`;
  }

  get where(): string {
    return this.conditions.length === 0 ? '' : `WHERE ${this.conditions.join(' AND ')}`;
  }
}
