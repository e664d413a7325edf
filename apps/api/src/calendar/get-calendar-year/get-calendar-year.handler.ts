import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CalendarReader, isComputable } from '../calendar-reader';
import { CalendarYearView } from '../calendar-year.view';
import { CalendarYearNotFound } from '../calendar.errors';
import { GetCalendarYearQuery } from './get-calendar-year.query';

/** An official year, or a provisional one the statute can compute; any other is CALENDAR_YEAR_NOT_FOUND. */
@QueryHandler(GetCalendarYearQuery)
export class GetCalendarYearHandler implements IQueryHandler<GetCalendarYearQuery, CalendarYearView> {
  constructor(@Inject(CalendarReader) private readonly reader: CalendarReader) {}

  async execute({ year, asOf }: GetCalendarYearQuery): Promise<CalendarYearView> {
    const at = await this.reader.at(asOf);
    if (at.calendar.basisOf(year) === 'provisional' && !isComputable(year)) throw new CalendarYearNotFound(year);
    return this.reader.yearView(at, year);
  }
}
