import { Inject, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { Clock, CLOCK, WorkingDayCalendar } from '@app/workflow';
import { WORKING_DAY_CALENDAR } from '@app/workflow-runtime';
import { calendarCoverage } from './calendar-coverage';
import { CalendarController } from './calendar.controller';

@Module({ controllers: [CalendarController] })
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
