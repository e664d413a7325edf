import { Query } from '@nestjs/cqrs';
import type { CalendarYearsView } from '../calendar.responses';

/**
 * The years of the working-day calendar from `from` to `to` (by default: from the earlier of the
 * first official year and this year, to the later of the last official year and next year), as
 * the calendar stood at `asOf` (now when absent).
 */
export class ListCalendarYearsQuery extends Query<CalendarYearsView> {
  constructor(
    readonly range: { readonly from?: number; readonly to?: number },
    readonly asOf?: Date,
  ) {
    super();
  }
}
