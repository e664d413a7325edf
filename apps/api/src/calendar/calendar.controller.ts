import { Body, Controller, Get, HttpCode, Inject, Param, Put, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiBearerAuth, ApiBody, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/auth';
import { CommandMetadata } from '@app/workflow-runtime';
import { CommandMeta } from '../http/command-metadata.decorator';
import { HeaderSink } from '../http/header-sink';
import { ApiVersionedResponse, commandResponse, CommandResponse } from '../http/stream-response';
import { CalendarYearView } from './calendar-year.view';
import { instantOf } from '../http/instant';
import { AsOfQuery, CalendarNoticeBody, CalendarYearsQuery, noticeForYear, refusedNotice, yearOf } from './calendar.requests';
import { CalendarLoadResponse, CalendarYearsView } from './calendar.responses';
import { GetCalendarYearQuery } from './get-calendar-year/get-calendar-year.query';
import { ListCalendarYearsQuery } from './list-calendar-years/list-calendar-years.query';
import { LoadCalendarNoticeCommand } from './load-calendar-notice/load-calendar-notice.command';

const DEADLINES_GIVEN =
  'A deadline already given (recorded in the event that handed the case or task over) stays the day the unit was told: loading a notice ' +
  'never moves it. Deadlines given after the load, overdue counts and warning timers use the calendar as it now is: every open ' +
  'instance’s timers are reconciled with it (blue, yellow and red warnings move to the official days), and `deadlineProvisional` turns ' +
  'false on deadlines whose days are now all official.';

/**
 * The working-day calendar: which years are official (a State Council notice is held) and which
 * provisional (computed from the statute), and loading a year's notice at runtime. Each route
 * hands one query or command to its use case (calendar/*).
 */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller()
export class CalendarController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Get('calendar/years')
  @ApiOperation({
    summary: 'The years of the working-day calendar: official ones with their notice, provisional ones with the statute they are computed from',
    description: 'Provisional years are listed from this year on (and any between official ones). ' + DEADLINES_GIVEN,
  })
  @ApiOkResponse({ type: CalendarYearsView })
  years(@Query() query: CalendarYearsQuery): Promise<CalendarYearsView> {
    const range = { from: yearOf(query.from, 'from'), to: yearOf(query.to, 'to') };
    return this.queries.execute(new ListCalendarYearsQuery(range, instantOf(query.asOf)));
  }

  @Get('calendar/years/:year')
  @ApiOperation({ summary: 'One year of the working-day calendar, with its days off' })
  @ApiOkResponse({ type: CalendarYearView })
  @ApiNotFoundResponse({ description: 'CALENDAR_YEAR_NOT_FOUND: no notice loaded and before 2008 (or past 9998)' })
  year(@Param('year') year: string, @Query() query: AsOfQuery): Promise<CalendarYearView> {
    return this.queries.execute(new GetCalendarYearQuery(yearOf(year, 'year'), instantOf(query.asOf)));
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
  @ApiHeader({ name: 'If-Match', required: false, description: 'the calendar stream version the client saw (the version of the load’s answer, or the `version` GET /calendar/years answers); a stale one is refused with 412' })
  @ApiVersionedResponse(CalendarLoadResponse)
  @ApiBadRequestResponse({ description: 'INVALID_HOLIDAY_DATA: `errors` lists every bad field (dotted path) with the rule it breaks' })
  async load(
    @Param('year') yearText: string,
    @Body() body: unknown,
    @CommandMeta() meta: CommandMetadata,
    @Res({ passthrough: true }) response: HeaderSink,
  ): Promise<CommandResponse> {
    const year = yearOf(yearText, 'year');
    const loaded = await this.commands.execute(new LoadCalendarNoticeCommand(year, noticeForYear(body, year), meta)).catch(refusedNotice(year));
    return commandResponse(response, String(loaded.year), loaded.result);
  }
}
