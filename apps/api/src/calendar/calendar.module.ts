import { Inject, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { Clock, CLOCK, WorkingDayCalendar } from '@app/workflow';
import { WORKING_DAY_CALENDAR } from '@app/workflow-runtime';
import { calendarCoverage } from './calendar-coverage';
import { CalendarReader } from './calendar-reader';
import { CalendarController } from './calendar.controller';
import { GetCalendarYearHandler } from './get-calendar-year/get-calendar-year.handler';
import { ListCalendarYearsHandler } from './list-calendar-years/list-calendar-years.handler';
import { LoadCalendarNoticeHandler } from './load-calendar-notice/load-calendar-notice.handler';

/** The working-day calendar (工作日): its routes and use cases. */
@Module({
  controllers: [CalendarController],
  providers: [CalendarReader, ListCalendarYearsHandler, GetCalendarYearHandler, LoadCalendarNoticeHandler],
})
export class CalendarModule implements OnApplicationBootstrap {
  private readonly logger = new Logger('Calendar');

  constructor(
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Says at start-up when the loaded notices run out soon: a warning, the process serves all the same. */
  onApplicationBootstrap(): void {
    const coverage = calendarCoverage(this.calendar, this.clock.now());
    if (coverage.status === 'warn') this.logger.warn({ message: coverage.warning, lastOfficialDay: coverage.lastOfficialDay, daysLeft: coverage.daysLeft });
  }
}
