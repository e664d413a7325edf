import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import { Clock, CLOCK, WorkingDayCalendar } from '@app/workflow';
import { WORKING_DAY_CALENDAR } from '@app/workflow-runtime';
import { CALENDAR_WARNING_DAYS, calendarCoverage } from '../calendar/calendar-coverage';
import { ProblemDetails } from '../http/problem-details';
import { DatabaseHealth } from './database-health';

class DatabaseStatus {
  @ApiProperty({ enum: ['up'] }) status!: 'up';
  @ApiProperty({ enum: ['server', 'embedded'] }) mode!: 'server' | 'embedded';
}

class CalendarStatus {
  @ApiProperty({
    enum: ['up', 'warn'],
    description: `warn when fewer than ${CALENDAR_WARNING_DAYS} days of official calendar (loaded State Council notices) remain, or none: a warning, never a failure (deadlines are then counted provisionally)`,
  })
  status!: 'up' | 'warn';
  @ApiProperty({ nullable: true, example: '2026-12-31', description: 'the last day of the run of official years from today' }) lastOfficialDay!: string | null;
  @ApiProperty({ nullable: true, description: 'days from today to lastOfficialDay; negative once it has passed' }) daysLeft!: number | null;
  @ApiProperty({ type: [Number], example: [2024, 2025, 2026] }) officialYears!: readonly number[];
  @ApiProperty({ required: false, description: 'what to do, when status is warn' }) warning?: string;
}

class HealthInfo {
  @ApiProperty({ type: DatabaseStatus }) database!: DatabaseStatus;
  @ApiProperty({ type: CalendarStatus }) calendar!: CalendarStatus;
}

class ReadinessReport {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ type: HealthInfo }) info!: HealthInfo;
}

class LivenessReport {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ description: 'seconds since the process started' }) uptimeSeconds!: number;
}

@Public()
@ApiTags('ops')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DatabaseHealth) private readonly database: DatabaseHealth,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Readiness: the process is up and the database answers; the calendar entry warns when its notices run out soon' })
  @ApiOkResponse({ type: ReadinessReport })
  @ApiServiceUnavailableResponse({ type: ProblemDetails, description: 'NOT_READY: the database does not answer' })
  async ready(): Promise<ReadinessReport> {
    const database = await this.database.check();
    if (database.status === 'down') {
      throw new ServiceUnavailableException({ message: 'The database does not answer', code: 'NOT_READY', details: { database } });
    }
    return { status: 'ok', info: { database, calendar: calendarCoverage(this.calendar, this.clock.now()) } };
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process serves requests (the database is not asked)' })
  @ApiOkResponse({ type: LivenessReport })
  live(): LivenessReport {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }
}
