import { ApiProperty } from '@nestjs/swagger';
import { CalendarBasis, CalendarDate, NoticeInForce, provisionalYear, WorkingDayCalendar } from '@app/workflow';

export class NoticeView {
  @ApiProperty({ example: '国务院办公厅关于2026年部分节假日安排的通知' }) title!: string;
  @ApiProperty({ example: '国办发明电〔2025〕7号' }) documentNumber!: string;
  @ApiProperty({ example: '2025-11-04' }) publishedOn!: string;
  @ApiProperty({ type: [String], description: 'where the published text was read' }) checkedAgainst!: readonly string[];
}

export class HolidayRangeView {
  @ApiProperty({ example: '春节' }) name!: string;
  @ApiProperty({ example: '2026-02-15' }) from!: string;
  @ApiProperty({ example: '2026-02-23' }) to!: string;
}

export class MakeUpWorkdayView {
  @ApiProperty({ example: '2026-02-14' }) date!: string;
  @ApiProperty({ example: '春节' }) holiday!: string;
}

export class DayOffView {
  @ApiProperty({ example: '2027-10-04' }) date!: string;
  @ApiProperty({ example: '国庆节' }) holiday!: string;
  @ApiProperty({ enum: ['statutory', 'in-lieu'], description: 'a statutory day, or a day in lieu (补假) of one on a weekend or shared with another holiday' })
  kind!: 'statutory' | 'in-lieu';
}

/** One year of the working-day calendar, official or provisional. */
export class CalendarYearView {
  @ApiProperty({ example: 2027 }) year!: number;
  @ApiProperty({
    enum: ['official', 'provisional'],
    description:
      'official: the State Council notice for the year is loaded (shipped with the code or loaded by an admin). provisional: no notice is ' +
      'loaded; the days off are the statutory holidays of 《全国年节及纪念日放假办法》 with a day in lieu (补假) for each statutory day on a ' +
      'weekend or shared with another holiday, and there are no make-up workdays (调休), which no one can predict',
  })
  basis!: CalendarBasis;
  @ApiProperty({ description: 'working days in the year (1 January to 31 December)' }) workingDays!: number;
  @ApiProperty({ type: NoticeView, nullable: true, description: 'the notice, for an official year' }) notice!: NoticeView | null;
  @ApiProperty({ enum: ['built-in', 'loaded'], nullable: true, description: 'an official year: shipped with the code, or loaded at runtime (an event)' })
  source!: 'built-in' | 'loaded' | null;
  @ApiProperty({ type: String, nullable: true, description: 'who loaded the notice (a loaded year)' }) loadedBy!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'when the notice was loaded (a loaded year)' }) loadedAt!: string | null;
  @ApiProperty({ type: [HolidayRangeView], description: 'the notice’s holidays (official years)' }) holidays!: readonly HolidayRangeView[];
  @ApiProperty({ type: [MakeUpWorkdayView], description: 'the notice’s make-up workdays (official years; none in a provisional year)' })
  makeUpWorkdays!: readonly MakeUpWorkdayView[];
  @ApiProperty({ type: String, nullable: true, description: 'the statute revision a provisional year is computed from', example: '国务院令第795号（2024年11月10日）' })
  statute!: string | null;
  @ApiProperty({ type: [DayOffView], description: 'the days off of a provisional year (empty for an official year: see holidays)' })
  daysOff!: readonly DayOffView[];
}

export function calendarYearView(calendar: WorkingDayCalendar, year: number, inForce: NoticeInForce | undefined): CalendarYearView {
  const workingDays = calendar.workingDaysBetween(`${year - 1}-12-31` as CalendarDate, `${year}-12-31` as CalendarDate);
  const official = calendar.officialYear(year);
  if (official !== undefined) {
    return {
      year,
      basis: 'official',
      workingDays,
      notice: { ...official.notice, checkedAgainst: official.notice.checkedAgainst ?? [] },
      source: inForce?.source ?? 'built-in',
      loadedBy: inForce?.loadedBy ?? null,
      loadedAt: inForce?.loadedAt ?? null,
      holidays: official.holidays,
      makeUpWorkdays: official.makeUpWorkdays,
      statute: null,
      daysOff: [],
    };
  }
  const provisional = provisionalYear(year);
  return {
    year,
    basis: 'provisional',
    workingDays,
    notice: null,
    source: null,
    loadedBy: null,
    loadedAt: null,
    holidays: [],
    makeUpWorkdays: [],
    statute: provisional.statute.decree,
    daysOff: provisional.daysOff,
  };
}
