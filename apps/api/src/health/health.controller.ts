import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import { DatabaseHealth, Draining, ReaderHealth } from '@app/operations';
import { Clock, CLOCK, WorkingDayCalendar } from '@app/workflow';
import { WORKING_DAY_CALENDAR } from '@app/workflow-runtime';
import { CALENDAR_WARNING_DAYS, calendarCoverage } from '../calendar/calendar-coverage';
import { ProblemDetails } from '../http/problem-details';

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
  @ApiProperty({ type: String, nullable: true, example: '2026-12-31', description: 'the last day of the run of official years from today' }) lastOfficialDay!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'days from today to lastOfficialDay; negative once it has passed' }) daysLeft!: number | null;
  @ApiProperty({ type: [Number], example: [2024, 2025, 2026] }) officialYears!: readonly number[];
  @ApiProperty({ required: false, description: 'what to do, when status is warn' }) warning?: string;
}

class ReaderStatus {
  @ApiProperty({ example: 'county-ranking' }) name!: string;
  @ApiProperty({ enum: ['projector', 'process-manager'] }) kind!: 'projector' | 'process-manager';
  @ApiProperty({
    example: 'running',
    description: 'as this process knows it: running here, stopped here (another process may run it), failed at an event, or rebuilding',
  })
  state!: string;
  @ApiProperty({ enum: ['up', 'behind'], description: 'behind: its oldest unhandled event has waited longer than boundSeconds' })
  status!: 'up' | 'behind';
  @ApiProperty({ description: 'global position of the last event it has handled' }) checkpointPosition!: number;
  @ApiProperty({ description: 'committed events it has still to handle' }) lagEvents!: number;
  @ApiProperty({ description: 'how long the oldest of those has been waiting, in seconds' }) lagSeconds!: number;
  @ApiProperty({ nullable: true, type: String, description: 'why it last failed, if it did' }) lastError!: string | null;
}

class ReadersStatus {
  @ApiProperty({
    enum: ['up', 'behind', 'unknown'],
    description: 'behind when any reader is behind; unknown when the lag could not be read in time',
  })
  status!: 'up' | 'behind' | 'unknown';
  @ApiProperty({ example: 30, description: 'READER_LAG_BOUND_SECONDS' }) boundSeconds!: number;
  @ApiProperty({
    type: [ReaderStatus],
    description: 'the async projectors (not with Kafka, whose consumer group keeps its own place) and the process managers',
  })
  readers!: readonly ReaderStatus[];
  @ApiProperty({ required: false, description: 'which readers are behind and by how much, or why the lag is unknown' }) warning?: string;
}

class HealthInfo {
  @ApiProperty({ type: DatabaseStatus }) database!: DatabaseStatus;
  @ApiProperty({ type: CalendarStatus }) calendar!: CalendarStatus;
  @ApiProperty({ type: ReadersStatus }) readers!: ReadersStatus;
}

class ReadinessReport {
  @ApiProperty({
    enum: ['ok', 'degraded'],
    description:
      'degraded: a reader is behind its bound (or its lag is unknown), so the read models or reactions it feeds are stale. Still 200: every process reads the same checkpoints, so no other instance would answer fresher, and commands go on working',
  })
  status!: 'ok' | 'degraded';
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
    @Inject(ReaderHealth) private readonly readers: ReaderHealth,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(Draining) private readonly draining: Draining,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Readiness: the process is up, not shutting down, and the database answers (else 503); degraded, naming the reader and its lag, while a projector or process manager is behind its bound; the calendar entry warns when its notices run out soon',
  })
  @ApiOkResponse({ type: ReadinessReport })
  @ApiServiceUnavailableResponse({
    type: ProblemDetails,
    description: 'NOT_READY: the database does not answer; DRAINING: the process got SIGTERM and stops after SHUTDOWN_DRAIN_SECONDS (take it out of rotation)',
  })
  async ready(): Promise<ReadinessReport> {
    if (this.draining.active) {
      throw new ServiceUnavailableException({ message: 'The process is shutting down', code: 'DRAINING' });
    }
    const database = await this.database.check();
    if (database.status === 'down') {
      throw new ServiceUnavailableException({ message: 'The database does not answer', code: 'NOT_READY', details: { database } });
    }
    const readers = await this.readers.check();
    return {
      status: readers.status === 'up' ? 'ok' : 'degraded',
      info: { database, calendar: calendarCoverage(this.calendar, this.clock.now()), readers },
    };
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process serves requests (the database is not asked)' })
  @ApiOkResponse({ type: LivenessReport })
  live(): LivenessReport {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }
}
