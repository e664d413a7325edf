import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock, CLOCK } from '@app/workflow';
import { calendarCoverage } from '../calendar-coverage';
import { CalendarReader, isComputable } from '../calendar-reader';
import { InvalidYearRange, MAX_LISTED_YEARS } from '../calendar.errors';
import { CalendarYearsView } from '../calendar.responses';
import { ListCalendarYearsQuery } from './list-calendar-years.query';

/** Lists every official year in the range, and every provisional one the statute can compute. */
@QueryHandler(ListCalendarYearsQuery)
export class ListCalendarYearsHandler implements IQueryHandler<ListCalendarYearsQuery, CalendarYearsView> {
  constructor(
    @Inject(CalendarReader) private readonly reader: CalendarReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ range, asOf }: ListCalendarYearsQuery): Promise<CalendarYearsView> {
    const at = await this.reader.at(asOf);
    const now = this.clock.now();
    const thisYear = now.getUTCFullYear();
    const official = at.calendar.loadedYears;
    const from = range.from ?? Math.min(official[0] ?? thisYear, thisYear);
    const to = range.to ?? Math.max(official[official.length - 1] ?? thisYear, thisYear + 1);
    if (to < from || to - from > MAX_LISTED_YEARS) throw new InvalidYearRange();
    const listed: number[] = [];
    for (let year = from; year <= to; year++) if (at.calendar.basisOf(year) === 'official' || isComputable(year)) listed.push(year);
    const coverage = calendarCoverage(at.calendar, now);
    return {
      items: listed.map((year) => this.reader.yearView(at, year)),
      lastOfficialDay: coverage.lastOfficialDay,
      daysLeft: coverage.daysLeft,
      version: at.version,
    };
  }
}
