import { CalendarNoticesState, calendarNoticesAsOf, calendarOfNotices, CHINA_HOLIDAY_YEARS, HolidayYear, initialCalendarNotices, WorkingDayCalendar } from '@app/workflow';

/**
 * The working-day calendar of a running process: it answers as the calendar stream says now. The
 * process's engine, timers and queries all hold this one object; when a notice is loaded (in this
 * process or another) the calendar follower folds the event in and every holder answers with the
 * new year from its next question on, without a restart.
 */
export class FollowedWorkingDayCalendar extends WorkingDayCalendar {
  private notices: CalendarNoticesState = initialCalendarNotices();

  constructor(readonly builtInYears: readonly HolidayYear[] = CHINA_HOLIDAY_YEARS) {
    super(builtInYears);
  }

  /** The loads folded so far (for the years endpoint and as-of reads). */
  get state(): CalendarNoticesState {
    return this.notices;
  }

  /** Answers from now on with the calendar these loads make. */
  follow(notices: CalendarNoticesState): void {
    this.notices = notices;
    this.answerAs(calendarOfNotices(notices, this.builtInYears));
  }

  /** The calendar as it stood at `instant`: only the notices loaded by then. */
  asOf(instant: Date): WorkingDayCalendar {
    return calendarOfNotices(calendarNoticesAsOf(this.notices, instant), this.builtInYears);
  }
}
