import { ApiProperty } from '@nestjs/swagger';
import { AppendedEventView } from '../http/stream-response';
import { CalendarYearView } from './calendar-year.view';

export class CalendarYearsView {
  @ApiProperty({ type: [CalendarYearView] }) items!: CalendarYearView[];
  @ApiProperty({ type: String, nullable: true, description: 'the last day of the run of official years from today (see /health)', example: '2026-12-31' })
  lastOfficialDay!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'days from today to lastOfficialDay (negative once passed)' }) daysLeft!: number | null;
  @ApiProperty({ description: 'the version of the calendar stream (calendar-cn) the answer reflects' }) version!: number;
}

export class CalendarLoadResponse {
  @ApiProperty({ example: '2027' }) id!: string;
  @ApiProperty({ description: 'the calendar stream’s version after the load; also the ETag' }) version!: number;
  @ApiProperty({ type: [AppendedEventView], description: 'CalendarNoticeLoaded, or nothing when the same notice was in force already' })
  events!: AppendedEventView[];
  @ApiProperty({ description: 'true when this Idempotency-Key was seen before and nothing was appended' }) replayed!: boolean;
  @ApiProperty({ type: CalendarYearView, description: 'the year as the calendar now has it' }) state!: CalendarYearView;
}
