import { BadRequestException } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { InvalidHolidayData } from '@app/workflow';
import { IsInstant } from '../http/instant';
import { HolidayRangeView, MakeUpWorkdayView, NoticeView } from './calendar-year.view';

export class AsOfQuery {
  @ApiPropertyOptional({ description: 'the calendar as it stood at this instant (only the notices loaded by then)', example: '2026-12-06T00:00:00Z' })
  @IsOptional()
  @IsInstant()
  asOf?: string;
}

export class CalendarYearsQuery extends AsOfQuery {
  @ApiPropertyOptional({ description: 'first year listed; default: the earlier of the first official year and this year' })
  @IsOptional()
  from?: string;
  @ApiPropertyOptional({ description: 'last year listed (at most 50 years after `from`); default: the later of the last official year and next year' })
  @IsOptional()
  to?: string;
}

/** The body of a load: the notice as the shipped years hold it (`year` may be left out: the path names it). */
export class CalendarNoticeBody {
  @ApiPropertyOptional({ example: 2027, description: 'must equal the year in the path when given' }) year?: number;
  @ApiProperty({ type: NoticeView }) notice!: NoticeView;
  @ApiProperty({ type: [HolidayRangeView], description: 'in date order, each within the year, none overlapping' }) holidays!: HolidayRangeView[];
  @ApiProperty({ type: [MakeUpWorkdayView], description: 'Saturdays or Sundays declared working days, each for a listed holiday' })
  makeUpWorkdays!: MakeUpWorkdayView[];
}

const YEAR = /^\d{4}$/;

/** The year a path or query field names; 400 VALIDATION_FAILED unless it is four digits. */
export function yearOf(value: string, field: string): number;
export function yearOf(value: string | undefined, field: string): number | undefined;
export function yearOf(value: string | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (!YEAR.test(value)) {
    throw new BadRequestException({ code: 'VALIDATION_FAILED', message: 'The request is not valid', errors: [{ field, message: `${field} must be a four-digit year` }] });
  }
  return Number(value);
}

/** The body with the path's year: a body naming another year is refused (the validator would accept it for the wrong year). */
export function noticeForYear(body: unknown, year: number): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const given = (body as { year?: unknown }).year;
  if (given !== undefined && given !== year) {
    throw new BadRequestException({
      code: 'INVALID_HOLIDAY_DATA',
      message: `The notice is for ${String(given)}, the path for ${year}`,
      errors: [{ field: 'year', message: `year ${JSON.stringify(given)} does not match the year in the path (${year})` }],
    });
  }
  return { ...body, year };
}

/** A notice the calendar refuses is bad input: 400 INVALID_HOLIDAY_DATA with every bad field (dotted path) and the rule it breaks. */
export function refusedNotice(year: number): (error: unknown) => never {
  return (error) => {
    if (!(error instanceof InvalidHolidayData)) throw error;
    throw new BadRequestException({ code: error.code, message: `The notice for ${year} is not valid`, errors: error.fieldProblems });
  };
}
