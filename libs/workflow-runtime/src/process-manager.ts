import { Pool } from 'pg';
import { Checkpoint, compareCheckpoints, EventStore, RecordedEvent, START, Subscription } from '@app/event-store';
import { DomainError, ProcessManager, SYSTEM_ACTOR } from '@app/workflow';
import { WorkflowEngine } from './workflow-engine';

export { ProcessManager, Reaction } from '@app/workflow';

export interface ProcessManagerStatus {
  readonly name: string;
  /** The stored checkpoint: the last event of its categories and types it has handled. */
  readonly checkpoint: Checkpoint;
  /** Whether this process follows the log for it (another process may, too). */
  readonly running: boolean;
  readonly lastError: string | null;
  /** Events of its categories and types committed after the furthest point it is known to have handled. */
  readonly lagEvents: number;
  /** How long the oldest of those events has been waiting, in seconds; 0 when none. */
  readonly lagSeconds: number;
}

/** Lag is counted up to this many events: enough to say "far behind" without walking the whole log. */
const LAG_COUNT_CAP = 1_000_000;

export interface ProcessManagerRunnerOptions {
  readonly pollIntervalMs?: number;
  /** How long to wait before following the log again after a failure. */
  readonly retryDelayMs?: number;
  /** Told of reactions refused by a rule (skipped) and of failures (retried). */
  readonly onError?: (error: unknown, context: { manager: string; eventId: string; position: number; skipped: boolean }) => void;
  /** The clock lag is measured with (the store records events with the wall clock); tests pass another. */
  readonly now?: () => Date;
}

/**
 * Runs process managers: each follows the log with its own subscription from a checkpoint kept in
 * `wf_process_checkpoints`, sending its reactions as the `system` actor. Delivery is at least
 * once and every reaction's command id is fixed by the event, so a re-delivered event (after a
 * crash between the command and the checkpoint, or from a second process) appends nothing new.
 *
 * A reaction a rule refuses is refused for good: it is reported and passed over, so one bad event
 * does not hold the others back. Any other failure (the database went away) stops the manager at
 * that batch; it resumes from its checkpoint after a pause.
 */
export class ProcessManagerRunner {
  private readonly managers: ProcessManager[] = [];
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly lastErrors = new Map<string, string>();
  private readonly retries = new Set<NodeJS.Timeout>();
  private running = false;

  constructor(
    private readonly store: EventStore,
    private readonly engine: WorkflowEngine,
    private readonly pool: Pool,
    private readonly options: ProcessManagerRunnerOptions = {},
  ) {}

  /** Adds managers; those added after `start` are followed from the next start. */
  register(...managers: readonly ProcessManager[]): void {
    for (const manager of managers) {
      if (this.managers.some((known) => known.name === manager.name)) throw new Error(`process manager ${manager.name} is registered twice`);
      this.managers.push(manager);
    }
  }

  /**
   * Sends the reactions to `events` now, in the caller's flow: an HTTP command whose effects the
   * user expects to see at once (the children of a split) need not wait for the subscription,
   * which later finds the same commands already handled.
   */
  async dispatch(events: readonly RecordedEvent[]): Promise<void> {
    for (const event of events) {
      for (const manager of this.managers) {
        if (this.follows(manager, event)) await this.react(manager, event, { skipRefused: false });
      }
    }
  }

  /** Starts following the log; resumes every manager from its stored checkpoint. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await Promise.all(this.managers.map((manager) => this.follow(manager)));
  }

  async stop(): Promise<void> {
    this.running = false;
    for (const retry of this.retries) clearTimeout(retry);
    this.retries.clear();
    const stopping = [...this.subscriptions.values()].map((subscription) => subscription.stop());
    this.subscriptions.clear();
    await Promise.all(stopping);
  }

  /** Resolves once every manager has handled the whole log as it stood at the call. */
  async caughtUp(): Promise<void> {
    await Promise.all([...this.subscriptions.values()].map((subscription) => subscription.caughtUp()));
  }

  async status(): Promise<ProcessManagerStatus[]> {
    return Promise.all(this.managers.map((manager) => this.statusOf(manager)));
  }

  /**
   * Lag counts from the furthest of the stored checkpoint and, while this process follows the log,
   * its subscription's place: a caught-up subscription stands at the horizon it has read up to,
   * past events of other kinds, which the stored checkpoint (moved only by a batch to handle)
   * would count through again on every look.
   */
  private async statusOf(manager: ProcessManager): Promise<ProcessManagerStatus> {
    const checkpoint = await this.loadCheckpoint(manager.name);
    const subscription = this.subscriptions.get(manager.name);
    const handled = subscription !== undefined && compareCheckpoints(subscription.checkpoint, checkpoint) > 0 ? subscription.checkpoint : checkpoint;
    const { rows } = await this.pool.query<{ events: string; oldest: Date | null }>(
      `SELECT count(*) AS events, min(recorded_at) AS oldest FROM (
         SELECT e.recorded_at FROM es_events e
          WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint)
            AND e.category = ANY ($3::text[]) AND e.event_type = ANY ($4::text[])
          LIMIT $5
       ) pending`,
      [handled.transactionId, handled.position, manager.categories, manager.types, LAG_COUNT_CAP],
    );
    const oldest = rows[0]!.oldest;
    const now = this.options.now?.() ?? new Date();
    return {
      name: manager.name,
      checkpoint,
      running: subscription !== undefined,
      lastError: this.lastErrors.get(manager.name) ?? null,
      lagEvents: Number(rows[0]!.events),
      lagSeconds: oldest === null ? 0 : Math.max(0, (now.getTime() - oldest.getTime()) / 1000),
    };
  }

  private follows(manager: ProcessManager, event: RecordedEvent): boolean {
    return manager.categories.includes(event.category) && manager.types.includes(event.type);
  }

  private async follow(manager: ProcessManager): Promise<void> {
    if (!this.running) return;
    const from = await this.loadCheckpoint(manager.name);
    const subscription = this.store.subscribe({
      from,
      categories: manager.categories,
      types: manager.types,
      ...(this.options.pollIntervalMs === undefined ? {} : { pollIntervalMs: this.options.pollIntervalMs }),
      handle: async ({ events, checkpoint }) => {
        for (const event of events) await this.react(manager, event, { skipRefused: true });
        await this.saveCheckpoint(manager.name, checkpoint);
      },
    });
    this.subscriptions.set(manager.name, subscription);
    subscription.done.catch((error: unknown) => {
      this.lastErrors.set(manager.name, String(error));
      if (this.subscriptions.get(manager.name) === subscription) this.subscriptions.delete(manager.name);
      if (!this.running) return;
      const retry = setTimeout(() => {
        this.retries.delete(retry);
        this.follow(manager).catch((failure: unknown) => this.lastErrors.set(manager.name, String(failure)));
      }, this.options.retryDelayMs ?? 1000);
      this.retries.add(retry);
    });
  }

  private async react(manager: ProcessManager, event: RecordedEvent, { skipRefused }: { skipRefused: boolean }): Promise<void> {
    for (const reaction of manager.react(event)) {
      try {
        await this.engine.handle(reaction.workflow, reaction.streamId, reaction.command, {
          actor: SYSTEM_ACTOR,
          commandId: `${manager.name}:${event.id}:${reaction.key}`,
          causationId: event.id,
          ...(typeof event.metadata.correlationId === 'string' ? { correlationId: event.metadata.correlationId } : {}),
          ...(reaction.orgUnitId === undefined ? {} : { orgUnitId: reaction.orgUnitId }),
        });
      } catch (error) {
        const refused = error instanceof DomainError;
        this.options.onError?.(error, { manager: manager.name, eventId: event.id, position: event.position, skipped: refused && skipRefused });
        if (!refused || !skipRefused) throw error;
        this.lastErrors.set(manager.name, `${error.code} at position ${event.position}: ${error.message}`);
      }
    }
  }

  private async loadCheckpoint(name: string): Promise<Checkpoint> {
    const { rows } = await this.pool.query<{ transaction_id: string; position: string }>(
      'SELECT transaction_id::text AS transaction_id, position FROM wf_process_checkpoints WHERE name = $1',
      [name],
    );
    const row = rows[0];
    return row === undefined ? START : { transactionId: row.transaction_id, position: Number(row.position) };
  }

  private async saveCheckpoint(name: string, checkpoint: Checkpoint): Promise<void> {
    await this.pool.query(
      `INSERT INTO wf_process_checkpoints (name, transaction_id, position, updated_at)
       VALUES ($1, $2::xid8, $3, now())
       ON CONFLICT (name) DO UPDATE SET transaction_id = EXCLUDED.transaction_id, position = EXCLUDED.position, updated_at = now()
       WHERE (wf_process_checkpoints.transaction_id, wf_process_checkpoints.position) < (EXCLUDED.transaction_id, EXCLUDED.position)`,
      [name, checkpoint.transactionId, checkpoint.position],
    );
  }
}
