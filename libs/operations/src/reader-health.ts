import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { ProjectionRuntime, ProjectionStatus, ProjectionStatusSource } from '@app/projections';
import { ProcessManagerRunner, ProcessManagerStatus, ProcessManagerStatusSource } from '@app/workflow-runtime';
import { judgeReaders, ReaderLag, ReadersCheck, readersUnknown } from './reader-lag';
import { withinDeadline } from './within-deadline';

/** How long readiness waits for the readers' lag; past it, the lag is reported unknown. */
export const READERS_CHECK_TIMEOUT_MS = 2000;

/**
 * The lag of every reader that follows the log from a checkpoint in the database — the async
 * projectors and the process managers — judged against `READER_LAG_BOUND_SECONDS`. Checkpoints
 * are shared by every process, so the figures are the same whichever process runs the reader.
 *
 * With Kafka the async projections are applied by the workers' consumer group, which keeps its
 * place in Kafka offsets, not in the projection checkpoint: they are left out here then.
 */
@Injectable()
export class ReaderHealth {
  constructor(
    @Inject(ProjectionRuntime) private readonly projections: ProjectionStatusSource,
    @Inject(ProcessManagerRunner) private readonly processManagers: ProcessManagerStatusSource,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'readerLagBoundSeconds' | 'kafka'>,
  ) {}

  async check(timeoutMs = READERS_CHECK_TIMEOUT_MS): Promise<ReadersCheck> {
    const bound = this.config.readerLagBoundSeconds;
    try {
      return judgeReaders(await withinDeadline(this.lags(), timeoutMs, `no answer within ${timeoutMs} ms`), bound);
    } catch (error) {
      return readersUnknown(bound, error instanceof Error ? error.message : String(error));
    }
  }

  private async lags(): Promise<ReaderLag[]> {
    const [projections, managers] = await Promise.all([
      this.config.kafka === undefined ? this.projections.status() : Promise.resolve([]),
      this.processManagers.status(),
    ]);
    return [...projections.filter((status) => status.kind === 'async').map(projectorLag), ...managers.map(processManagerLag)];
  }
}

function projectorLag(status: ProjectionStatus): ReaderLag {
  return {
    name: status.name,
    kind: 'projector',
    state: status.state,
    checkpointPosition: status.checkpoint?.position ?? 0,
    lagEvents: status.lagEvents,
    lagSeconds: status.lagSeconds,
    lastError: status.lastError === null ? null : `${status.lastError.message} (at position ${status.lastError.position}, ${status.lastError.eventType})`,
  };
}

function processManagerLag(status: ProcessManagerStatus): ReaderLag {
  return {
    name: status.name,
    kind: 'process-manager',
    state: status.running ? 'running' : 'stopped',
    checkpointPosition: status.checkpoint.position,
    lagEvents: status.lagEvents,
    lagSeconds: status.lagSeconds,
    lastError: status.lastError,
  };
}
