import { Controller, Get, Inject, Res } from '@nestjs/common';
import { DatabaseCheck, DatabaseHealth, Draining, judgeReadiness, ReaderHealth, ReadersCheck } from '@app/operations';

interface StatusSink {
  status(code: number): unknown;
}

export interface WorkerReadinessReport {
  /** `ok` (200); `draining` or `not-ready` (503), with the reasons. */
  readonly status: 'ok' | 'draining' | 'not-ready';
  readonly reasons?: readonly string[];
  readonly info: { readonly database: DatabaseCheck; readonly readers?: ReadersCheck };
}

/**
 * The worker's readiness and liveness. Unlike the API's, readiness fails (503) when the readers
 * this worker runs are behind READER_LAG_BOUND_SECONDS: keeping up with the log is the worker's
 * whole job, and an orchestrator should notice when it does not.
 */
@Controller('health')
export class WorkerHealthController {
  constructor(
    @Inject(DatabaseHealth) private readonly database: DatabaseHealth,
    @Inject(ReaderHealth) private readonly readers: ReaderHealth,
    @Inject(Draining) private readonly draining: Draining,
  ) {}

  @Get()
  async ready(@Res({ passthrough: true }) response: StatusSink): Promise<WorkerReadinessReport> {
    const database = await this.database.check();
    const readers = database.status === 'up' ? await this.readers.check() : undefined;
    const readiness = judgeReadiness(this.draining.active, database, readers);
    if (readiness.status !== 'ok') response.status(503);
    return { ...readiness, info: { database, ...(readers === undefined ? {} : { readers }) } };
  }

  @Get('live')
  live(): { status: 'ok'; uptimeSeconds: number } {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime()) };
  }
}
