import { BadRequestException, Body, Controller, Get, HttpCode, Inject, Param, Put, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsInstant } from '../http/instant';
import { Roles } from '@app/auth';
import {
  CALENDAR_STREAM_ID,
  CALENDAR_WORKFLOW,
  CalendarCommand,
  CalendarNoticesState,
  calendarNoticesAsOf,
  Clock,
  CLOCK,
  InvalidHolidayData,
  LAST_PROVISIONAL_YEAR,
  NotFoundError,
  noticesInForce,
  STATUTE_REVISIONS,
  WorkingDayCalendar,
} from '@app/workflow';
import { CalendarFollower, CommandMetadata, FollowedWorkingDayCalendar, WORKING_DAY_CALENDAR, WorkflowEngine } from '@app/workflow-runtime';
import { CommandMeta } from '../http/command-metadata.decorator';
import { AppendedEventView, withETag } from '../http/stream-response';
import { calendarCoverage } from './calendar-coverage';
import { calendarYearView, CalendarYearView, HolidayRangeView, MakeUpWorkdayView, NoticeView } from './calendar-year.view';
import { HeaderSink } from '../http/header-sink';

export class CalendarYearNotFound extends NotFoundError {
  readonly code = 'CALENDAR_YEAR_NOT_FOUND';
  constructor(year: number) {
    super(`No calendar for ${year}: no notice is loaded and the statute revisions known start in ${STATUTE_REVISIONS[0]!.firstYear}`, { year });
  }
}

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

export class CalendarYearsView {
  @ApiProperty({ type: [CalendarYearView] }) items!: CalendarYearView[];
  @ApiProperty({ nullable: true, description: 'the last day of the run of official years from today (see /health)', example: '2026-12-31' })
  lastOfficialDay!: string | null;
  @ApiProperty({ nullable: true, description: 'days from today to lastOfficialDay (negative once passed)' }) daysLeft!: number | null;
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

const YEAR = /^\d{4}$/;

function yearOf(value: string | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (!YEAR.test(value)) {
    throw new BadRequestException({ code: 'VALIDATION_FAILED', message: 'The request is not valid', errors: [{ field, message: `${field} must be a four-digit year` }] });
  }
  return Number(value);
}

const DEADLINES_GIVEN =
  'A deadline already given (recorded in the event that handed the case or task over) stays the day the unit was told: loading a notice ' +
  'never moves it. Deadlines given after the load, overdue counts and warning timers use the calendar as it now is: every open ' +
  'instance’s timers are reconciled with it (blue, yellow and red warnings move to the official days), and `deadlineProvisional` turns ' +
  'false on deadlines whose days are now all official.';

/**
 * The working-day calendar: which years are official (a State Council notice is held) and which
 * provisional (computed from the statute), and loading a year's notice at runtime.
 */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller()
export class CalendarController {
  constructor(
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: FollowedWorkingDayCalendar,
    @Inject(CalendarFollower) private readonly follower: CalendarFollower,
    @Inject(WorkflowEngine) private readonly engine: WorkflowEngine,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('calendar/years')
  @ApiOperation({
    summary: 'The years of the working-day calendar: official ones with their notice, provisional ones with the statute they are computed from',
    description: 'Provisional years are listed from this year on (and any between official ones). ' + DEADLINES_GIVEN,
  })
  @ApiOkResponse({ type: CalendarYearsView })
  async years(@Query() query: CalendarYearsQuery): Promise<CalendarYearsView> {
    const { calendar, state, version } = await this.calendarAt(query.asOf);
    const thisYear = Number(this.clock.now().toISOString().slice(0, 4));
    const official = calendar.loadedYears;
    const from = yearOf(query.from, 'from') ?? Math.min(official[0] ?? thisYear, thisYear);
    const to = yearOf(query.to, 'to') ?? Math.max(official[official.length - 1] ?? thisYear, thisYear + 1);
    if (to < from || to - from > 50) {
      throw new BadRequestException({ code: 'INVALID_RANGE', message: '`to` must be from `from` to 50 years after it' });
    }
    const inForce = noticesInForce(state, this.calendar.builtInYears);
    const listed: number[] = [];
    for (let year = from; year <= to; year++) if (calendar.basisOf(year) === 'official' || isComputable(year)) listed.push(year);
    const coverage = calendarCoverage(calendar, this.clock.now());
    return {
      items: listed.map((year) => calendarYearView(calendar, year, inForce.get(year))),
      lastOfficialDay: coverage.lastOfficialDay,
      daysLeft: coverage.daysLeft,
      version,
    };
  }

  @Get('calendar/years/:year')
  @ApiOperation({ summary: 'One year of the working-day calendar, with its days off' })
  @ApiOkResponse({ type: CalendarYearView })
  @ApiNotFoundResponse({ description: 'CALENDAR_YEAR_NOT_FOUND: no notice loaded and before 2008 (or past 9998)' })
  async year(@Param('year') yearText: string, @Query() query: AsOfQuery): Promise<CalendarYearView> {
    const year = yearOf(yearText, 'year')!;
    const { calendar, state } = await this.calendarAt(query.asOf);
    if (calendar.basisOf(year) === 'provisional' && !isComputable(year)) throw new CalendarYearNotFound(year);
    return calendarYearView(calendar, year, noticesInForce(state, this.calendar.builtInYears).get(year));
  }

  @Put('admin/calendar/years/:year')
  @HttpCode(200)
  @Roles('admin')
  @ApiTags('admin')
  @ApiOperation({
    summary: 'Load the State Council’s notice for a year (国务院办公厅关于N年部分节假日安排的通知): from now on the year is official',
    description:
      'The load is an event (CalendarNoticeLoaded on the stream calendar-cn, in the audit trail); every process follows it within seconds, ' +
      'without a restart. The notice is validated exactly like the years shipped with the code; loading the notice already in force records ' +
      'nothing. A later load of the same year replaces the earlier one (a corrected notice). ' +
      DEADLINES_GIVEN,
  })
  @ApiBody({ type: CalendarNoticeBody })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'names the load: a retry with the same key appends nothing and answers as the first time' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'the calendar stream version the client saw (ETag of GET /calendar/years); a stale one is refused with 412' })
  @ApiOkResponse({ type: CalendarLoadResponse })
  @ApiBadRequestResponse({ description: 'INVALID_HOLIDAY_DATA: `errors` lists every bad field (dotted path) with the rule it breaks' })
  async load(
    @Param('year') yearText: string,
    @Body() body: unknown,
    @CommandMeta() meta: CommandMetadata,
    @Res({ passthrough: true }) response: HeaderSink,
  ): Promise<CalendarLoadResponse> {
    const year = yearOf(yearText, 'year')!;
    const notice = withYear(body, year);
    let result;
    try {
      result = await this.engine.handle<CalendarNoticesState, CalendarCommand>(CALENDAR_WORKFLOW, CALENDAR_STREAM_ID, { type: 'LoadCalendarNotice', notice }, meta);
    } catch (error) {
      if (!(error instanceof InvalidHolidayData)) throw error;
      throw new BadRequestException({ code: error.code, message: `The notice for ${year} is not valid`, errors: error.fieldProblems });
    }
    await this.follower.fresh();
    withETag(response, result.version);
    return {
      id: String(year),
      version: result.version,
      events: result.events.map((event) => ({ position: event.position, version: event.version, type: event.type, id: event.id })),
      replayed: result.duplicate,
      state: calendarYearView(this.calendar, year, noticesInForce(this.calendar.state, this.calendar.builtInYears).get(year)),
    };
  }

  private async calendarAt(asOf: string | undefined): Promise<{ calendar: WorkingDayCalendar; state: CalendarNoticesState; version: number }> {
    await this.follower.fresh();
    const version = this.calendar.state.loads.length;
    if (asOf === undefined) return { calendar: this.calendar, state: this.calendar.state, version };
    const instant = new Date(asOf);
    return { calendar: this.calendar.asOf(instant), state: calendarNoticesAsOf(this.calendar.state, instant), version };
  }
}

function isComputable(year: number): boolean {
  return year >= STATUTE_REVISIONS[0]!.firstYear && year <= LAST_PROVISIONAL_YEAR;
}

/** The body with the path's year: a body naming another year is refused (the validator would accept it for the wrong year). */
function withYear(body: unknown, year: number): unknown {
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
