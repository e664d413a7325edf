import { Checkpoint, checkpointOf, EventBatch, EventStore, RecordedEvent, Subscription } from '@app/event-store';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { CheckpointMovedError, CheckpointStore } from './checkpoint-store';
import { ProjectionDefinition } from './projection-definition';
import { ProjectionError } from './projection-status';
import { entityManagerOn } from './shared-pool-data-source';
import { inTransaction } from './transactions';

export interface ProjectorLogger {
  log(message: object): void;
  warn(message: object): void;
  error(message: object): void;
}

export interface AsyncProjectorOptions {
  readonly pollIntervalMs?: number;
  /** When set, a failed projector tries again (from the event it stopped at) after this delay. */
  readonly retryDelayMs?: number;
  readonly now: () => Date;
  readonly logger: ProjectorLogger;
}

/** The projector stopped at an event; the subscription ends with this. */
class ProjectorHalted extends Error {
  constructor(readonly reason: unknown) {
    super('projector halted');
  }
}

/**
 * Follows the log for one async projection: each batch is applied and the checkpoint moved in one
 * transaction, so after any crash the tables and the checkpoint agree and the projector resumes
 * right after the last committed batch (no event applied twice, none skipped).
 *
 * When `apply` throws, the batch is rolled back and replayed one event per transaction up to the
 * culprit, so the projector stops exactly at that event, with everything before it committed.
 * The error (event position, message) is kept in memory and in `projection_checkpoints`; a
 * restart resumes from that same event.
 */
export class AsyncProjector {
  private subscription: Subscription | undefined;
  private stored: Checkpoint = { transactionId: '0', position: 0 };
  private running = false;
  private failed = false;
  private error: ProjectionError | null = null;
  private retryTimer: NodeJS.Timeout | undefined;
  private generation = 0;
  private readonly settled = new Set<Promise<void>>();

  constructor(
    readonly definition: ProjectionDefinition,
    private readonly store: EventStore,
    private readonly pool: Pool,
    private readonly dataSource: DataSource,
    private readonly checkpoints: CheckpointStore,
    private readonly options: AsyncProjectorOptions,
  ) {}

  get state(): 'running' | 'stopped' | 'failed' {
    if (this.failed) return 'failed';
    return this.running ? 'running' : 'stopped';
  }

  get lastError(): ProjectionError | null {
    return this.error;
  }

  /** The checkpoint this projector last committed (or loaded). */
  get checkpoint(): Checkpoint {
    return this.stored;
  }

  /** Resolves once the projector has applied everything committed before the call (or stopped). */
  async caughtUp(): Promise<void> {
    await this.subscription?.caughtUp();
  }

  /** Starts from the stored checkpoint (a failed projector retries the event it stopped at). */
  async start(): Promise<void> {
    if (this.running) return;
    clearTimeout(this.retryTimer);
    const stored = await this.checkpoints.load(this.definition.name);
    this.stored = stored.checkpoint;
    this.error = stored.lastError;
    this.failed = false;
    this.running = true;
    this.subscribe();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.generation++;
    clearTimeout(this.retryTimer);
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
    await Promise.all([...this.settled]);
  }

  private subscribe(): void {
    const generation = ++this.generation;
    const subscription = this.store.subscribe({
      from: this.stored,
      batchSize: this.definition.batchSize ?? 500,
      types: this.definition.types,
      categories: this.definition.categories,
      pollIntervalMs: this.options.pollIntervalMs,
      handle: (batch) => this.handle(batch),
      onReadError: (error) => this.options.logger.warn({ message: 'projector read failed; retrying', projection: this.definition.name, error: String(error) }),
    });
    this.subscription = subscription;
    const settled = subscription.done.then(
      () => undefined,
      (error: unknown) => this.onEnded(generation, error),
    );
    this.settled.add(settled);
    void settled.finally(() => this.settled.delete(settled));
  }

  private async onEnded(generation: number, error: unknown): Promise<void> {
    if (generation !== this.generation || !this.running) return;
    if (error instanceof CheckpointMovedError) {
      // A rebuild swapped the tables (or another process got there first): carry on from the
      // checkpoint that is stored now.
      this.stored = (await this.checkpoints.load(this.definition.name).catch(() => undefined))?.checkpoint ?? this.stored;
      if (generation === this.generation && this.running) this.subscribe();
      return;
    }
    this.running = false;
    this.failed = true;
    this.subscription = undefined;
    const cause = error instanceof ProjectorHalted ? error.reason : error;
    this.options.logger.error({
      message: 'projector stopped at an event',
      projection: this.definition.name,
      position: this.error?.position,
      error: String(cause),
    });
    const retry = this.options.retryDelayMs;
    if (retry !== undefined) {
      this.retryTimer = setTimeout(() => {
        if (this.failed) void this.start().catch((startError: unknown) => this.options.logger.error({ message: 'projector restart failed', projection: this.definition.name, error: String(startError) }));
      }, retry);
      this.retryTimer.unref();
    }
  }

  private async handle(batch: EventBatch): Promise<void> {
    try {
      await this.applyInTransaction(batch.events, batch.checkpoint);
      return;
    } catch (error) {
      if (error instanceof CheckpointMovedError) throw error;
    }
    // Find the culprit: one event per transaction, committing those before it.
    for (const event of batch.events) {
      try {
        await this.applyInTransaction([event], checkpointOf(event));
      } catch (error) {
        if (error instanceof CheckpointMovedError) throw error;
        await this.halt(event, error);
      }
    }
    // Every event went through on its own: the batch's failure was transient, and the checkpoint
    // is now the batch's last event, as if the batch had gone through whole.
  }

  private async applyInTransaction(events: readonly RecordedEvent[], next: Checkpoint): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await this.checkpoints.advance(client, this.definition.name, this.stored, next);
      if (events.length > 0) await this.definition.apply(events, { manager: entityManagerOn(this.dataSource, client), mode: 'live' });
    });
    this.stored = next;
    this.error = null;
  }

  private async halt(event: RecordedEvent, cause: unknown): Promise<never> {
    const message = cause instanceof Error ? cause.message : String(cause);
    const at = this.options.now();
    this.error = { message, position: event.position, transactionId: event.transactionId, eventId: event.id, eventType: event.type, at };
    await this.checkpoints
      .recordError(this.definition.name, event, message, at)
      .catch((error: unknown) => this.options.logger.warn({ message: 'could not record projector error', projection: this.definition.name, error: String(error) }));
    throw new ProjectorHalted(cause);
  }
}
