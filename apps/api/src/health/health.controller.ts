import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import { ProblemDetails } from '../http/problem-details';
import { DatabaseHealth } from './database-health';

class DatabaseStatus {
  @ApiProperty({ enum: ['up'] }) status!: 'up';
  @ApiProperty({ enum: ['server', 'embedded'] }) mode!: 'server' | 'embedded';
}

class HealthInfo {
  @ApiProperty({ type: DatabaseStatus }) database!: DatabaseStatus;
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
  constructor(@Inject(DatabaseHealth) private readonly database: DatabaseHealth) {}

  @Get()
  @ApiOperation({ summary: 'Readiness: the process is up and the database answers' })
  @ApiOkResponse({ type: ReadinessReport })
  @ApiServiceUnavailableResponse({ type: ProblemDetails, description: 'NOT_READY: the database does not answer' })
  async ready(): Promise<ReadinessReport> {
    const database = await this.database.check();
    if (database.status === 'down') {
      throw new ServiceUnavailableException({ message: 'The database does not answer', code: 'NOT_READY', details: { database } });
    }
    return { status: 'ok', info: { database } };
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process serves requests (the database is not asked)' })
  @ApiOkResponse({ type: LivenessReport })
  live(): LivenessReport {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }
}
