import { Inject, Injectable } from '@nestjs/common';
import { CalendarNoticesState, calendarNoticesAsOf, LAST_PROVISIONAL_YEAR, noticesInForce, STATUTE_REVISIONS, WorkingDayCalendar } from '@app/workflow';
import { CalendarFollower, FollowedWorkingDayCalendar, WORKING_DAY_CALENDAR } from '@app/workflow-runtime';
import { calendarYearView, CalendarYearView } from './calendar-year.view';

/** The working-day calendar at one instant, with the loads it rests on. */
export interface CalendarAt {
  readonly calendar: WorkingDayCalendar;
  readonly state: CalendarNoticesState;
  /** The calendar stream's version (`calendar-cn`): how many loads there have been. */
  readonly version: number;
}

/**
 * The calendar as the use cases answer with it: this process's followed calendar, brought up to
 * every load committed before the call, as it is now or as it stood at a past instant.
 */
@Injectable()
export class CalendarReader {
  constructor(
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: FollowedWorkingDayCalendar,
    @Inject(CalendarFollower) private readonly follower: CalendarFollower,
  ) {}

  async at(asOf: Date | undefined): Promise<CalendarAt> {
    await this.follower.fresh();
    const version = this.calendar.state.loads.length;
    if (asOf === undefined) return { calendar: this.calendar, state: this.calendar.state, version };
    return { calendar: this.calendar.asOf(asOf), state: calendarNoticesAsOf(this.calendar.state, asOf), version };
  }

  yearView({ calendar, state }: CalendarAt, year: number): CalendarYearView {
    return calendarYearView(calendar, year, noticesInForce(state, this.calendar.builtInYears).get(year));
  }
}

/** A year with no notice can be computed from the statute: from the first revision known, up to the last year the lunar tables reach. */
export function isComputable(year: number): boolean {
  return year >= STATUTE_REVISIONS[0]!.firstYear && year <= LAST_PROVISIONAL_YEAR;
}
