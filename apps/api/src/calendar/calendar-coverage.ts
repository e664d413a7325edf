import { CalendarDate, shanghaiDateOf, WorkingDayCalendar } from '@app/workflow';

/** Fewer days than this of official calendar ahead, and /health warns (the State Council's notice comes each November). */
export const CALENDAR_WARNING_DAYS = 60;

const MS_PER_DAY = 86_400_000;

/** How far ahead the loaded notices reach from today, as /health and /metrics report it. */
export interface CalendarCoverage {
  readonly status: 'up' | 'warn';
  /** The last day of the run of official years from today (in the past once today is provisional); null if none. */
  readonly lastOfficialDay: CalendarDate | null;
  /** Days from today to `lastOfficialDay`: negative once it has passed; null without one. */
  readonly daysLeft: number | null;
  /** The official years, oldest first. */
  readonly officialYears: readonly number[];
  readonly warning?: string;
}

export function calendarCoverage(calendar: WorkingDayCalendar, now: Date): CalendarCoverage {
  const today = shanghaiDateOf(now);
  const lastOfficialDay = calendar.lastOfficialDayFrom(today) ?? null;
  const daysLeft = lastOfficialDay === null ? null : Math.round((Date.parse(lastOfficialDay) - Date.parse(today)) / MS_PER_DAY);
  const officialYears = calendar.loadedYears;
  if (daysLeft !== null && daysLeft >= CALENDAR_WARNING_DAYS) return { status: 'up', lastOfficialDay, daysLeft, officialYears };
  const warning =
    daysLeft === null || daysLeft < 0
      ? `no State Council holiday notice is loaded for ${today.slice(0, 4)}: deadlines are counted on the provisional calendar; load the notice (PUT /admin/calendar/years/:year)`
      : `the loaded holiday notices end on ${lastOfficialDay} (${daysLeft} days from today): deadlines after it are provisional until the next year's notice is loaded`;
  return { status: 'warn', lastOfficialDay, daysLeft, officialYears, warning };
}
