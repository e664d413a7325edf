import { Query } from '@nestjs/cqrs';
import type { CalendarYearView } from '../calendar-year.view';

/** One year of the working-day calendar with its days off, as the calendar stood at `asOf` (now when absent). */
export class GetCalendarYearQuery extends Query<CalendarYearView> {
  constructor(
    readonly year: number,
    readonly asOf?: Date,
  ) {
    super();
  }
}
