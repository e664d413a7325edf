import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { migrate } from '@app/database';
import { Checkpoint, EventBatch, EventStore, START, Subscription } from '@app/event-store';
import { Admin, Kafka, Message, Partitioners, Producer } from 'kafkajs';
import { Pool, PoolClient } from 'pg';
import { topicFor, toMessage } from '../integration-event';
import { MESSAGING_MIGRATIONS } from '../messaging.schema';
import { MessagingLogger, SILENT } from '../messaging-logger';
import { ensureTopics } from '../topics';
import { HeldLease, Lease } from './lease';

export interface LogRelayOptions {
  readonly store: EventStore;
  /** The database of the relay's lease and checkpoint (the log's own). */
  readonly pool: Pool;
  readonly kafka: Kafka;
  /** Topics are `<topicPrefix>.<category>`. */
  readonly topicPrefix: string;
  readonly topicPartitions: number;
  readonly topicReplicationFactor?: number;
  /** How long the lease lasts without renewal; it is renewed every third of that. */
  readonly leaseMs: number;
  /** Names the checkpoint and the lease: one relay of a name publishes at a time. Default `log`. */
  readonly name?: string;
  /** Who this relay is in the lease table (default host, pid and a random suffix). */
  readonly holder?: string;
  /** Events per broker request (default 500). */
  readonly batchSize?: number;
  /** Pause before publishing again after a failure (broker unreachable), in ms (default 1000). */
  readonly retryDelayMs?: number;
  /** How often the subscription looks for new events when no wake-up came (ms). */
  readonly pollIntervalMs?: number;
  readonly logger?: MessagingLogger;
  /** Told after every batch the broker acknowledged and the checkpoint recorded (metrics, benchmarks). */
  readonly onPublished?: (batch: EventBatch) => void;
}

export type RelayState = 'stopped' | 'standby' | 'publishing';

/** The relay found it no longer holds the lease: it stops publishing and stands by. */
export class LeaseLostError extends Error {
  constructor(relay: string) {
    super(`relay ${relay} lost its lease`);
    this.name = 'LeaseLostError';
  }
}

/**
 * Publishes the event log to Kafka: one topic per stream category, each event keyed by its stream
 * id, so that Kafka keeps every stream's order (one stream, one partition) while the categories and
 * partitions spread the load.
 *
 * - Order: the relay follows the store's subscription, which hands out the log in one fixed order
 *   and never skips a late commit; a batch goes to the broker as one request (idempotent producer,
 *   one request in flight), so each partition receives the events in log order.
 * - At least once: the checkpoint (`relay_checkpoints`) moves only after the broker acknowledged the
 *   batch from all in-sync replicas (acks = all). A crash between the two publishes the batch again
 *   on restart; consumers drop what they have (see KafkaProjector's guards).
 * - One at a time: every process may run a relay, but only the holder of the `messaging_leases` row
 *   publishes; the others stand by and take over once the lease expires (or is released on a clean
 *   stop). The holder stops publishing a margin before its lease could expire (see {@link Lease}) and
 *   moves the checkpoint only while its token is still the lease's, so a holder that stalled cannot
 *   record progress after someone else took over.
 */
export class LogRelay {
  readonly name: string;
  private readonly lease: Lease;
  private readonly logger: MessagingLogger;
  private readonly pool: Pool;
  private readonly knownTopics = new Set<string>();
  private stopped = true;
  private tickTimer: NodeJS.Timeout | undefined;
  private watchdog: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private subscription: Subscription | undefined;
  private producer: Producer | undefined;
  private admin: Admin | undefined;
  private stored: Checkpoint = START;
  private retryAt = 0;
  private published = 0;
  /** The last batch handed to the producer: its acknowledgement, and its checkpoint recorded (see `publish`). */
  private pipeline: { readonly sent: Promise<void>; readonly recorded: Promise<void> } | undefined;

  constructor(private readonly options: LogRelayOptions) {
    this.name = options.name ?? 'log';
    this.pool = options.pool;
    this.logger = options.logger ?? SILENT;
    const holder = options.holder ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.lease = new Lease(this.pool, `relay:${this.name}`, holder, options.leaseMs);
  }

  get state(): RelayState {
    if (this.stopped) return 'stopped';
    return this.subscription === undefined ? 'standby' : 'publishing';
  }

  /** Events this process has published since it started. */
  get eventsPublished(): number {
    return this.published;
  }

  get holder(): string {
    return this.lease.holder;
  }

  /** Creates the relay's tables and starts standing for the lease (publishing once it holds it). */
  async start(): Promise<void> {
    if (!this.stopped) return;
    await migrate(this.pool, 'messaging', MESSAGING_MIGRATIONS);
    await this.pool.query('INSERT INTO relay_checkpoints (relay) VALUES ($1) ON CONFLICT DO NOTHING', [this.name]);
    this.stopped = false;
    this.scheduleTick(0);
  }

  /** Stops publishing after the batch in hand, lets the lease go, disconnects. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.tickTimer);
    clearTimeout(this.watchdog);
    await this.ticking;
    await this.stopPublishing(false);
    await this.lease.release().catch((error: unknown) => this.logger.warn({ message: 'could not release the relay lease', relay: this.name, error: String(error) }));
    await this.admin?.disconnect().catch(() => undefined);
    this.admin = undefined;
  }

  /** Where the relay has published up to, as stored. */
  async checkpoint(): Promise<Checkpoint> {
    const { rows } = await this.pool.query<{ transaction_id: string; position: string }>(
      'SELECT transaction_id::text, position FROM relay_checkpoints WHERE relay = $1',
      [this.name],
    );
    return rows[0] === undefined ? START : { transactionId: rows[0].transaction_id, position: Number(rows[0].position) };
  }

  private scheduleTick(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.tickTimer);
    this.tickTimer = setTimeout(() => {
      this.ticking = this.tick().finally(() => {
        this.ticking = undefined;
        this.scheduleTick(Math.max(50, Math.floor(this.options.leaseMs / 3)));
      });
    }, delayMs);
    this.tickTimer.unref();
  }

  /** Takes or renews the lease; starts publishing when it holds it, stops when it lost it. */
  private async tick(): Promise<void> {
    let held: HeldLease | undefined;
    try {
      held = await this.lease.acquire();
    } catch (error) {
      this.logger.warn({ message: 'relay lease could not be taken or renewed', relay: this.name, error: String(error) });
      held = this.lease.current;
    }
    if (this.stopped) return;
    this.armWatchdog();
    if (held === undefined) {
      if (this.subscription !== undefined) {
        this.logger.warn({ message: 'relay lease lost: standing by', relay: this.name });
        await this.stopPublishing(true);
      }
      return;
    }
    if (this.subscription === undefined && Date.now() >= this.retryAt) {
      try {
        await this.startPublishing(held);
      } catch (error) {
        this.logger.warn({ message: 'relay could not start publishing', relay: this.name, error: String(error) });
        this.retryAt = Date.now() + (this.options.retryDelayMs ?? 1000);
        await this.stopPublishing(true);
      }
    }
  }

  /** Stops publishing the moment the lease's local deadline passes without a renewal. */
  private armWatchdog(): void {
    clearTimeout(this.watchdog);
    if (!this.lease.isValid()) return;
    this.watchdog = setTimeout(() => {
      if (this.lease.isValid() || this.subscription === undefined) return;
      this.logger.warn({ message: 'relay lease not renewed in time: stopping publishing', relay: this.name });
      this.lease.drop();
      void this.stopPublishing(true);
    }, this.lease.remainingMs() + 1);
    this.watchdog.unref();
  }

  private async startPublishing(held: HeldLease): Promise<void> {
    const { kafka } = this.options;
    this.producer ??= kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
      retry: { initialRetryTime: 200, maxRetryTime: 2000, retries: 8 },
    });
    await this.producer.connect();
    this.admin ??= kafka.admin();
    await this.admin.connect();
    await this.ensureTopics(await this.options.store.categories());
    this.stored = await this.checkpoint();
    if (!this.lease.isValid() || this.stopped) throw new LeaseLostError(this.name);
    const subscription = this.options.store.subscribe({
      from: this.stored,
      batchSize: this.options.batchSize ?? 500,
      pollIntervalMs: this.options.pollIntervalMs,
      handle: (batch) => this.publish(batch, held),
      onReadError: (error) => this.logger.warn({ message: 'relay could not read the log; retrying', relay: this.name, error: String(error) }),
    });
    this.subscription = subscription;
    this.pipeline = undefined;
    this.logger.log({ message: 'relay publishing', relay: this.name, holder: this.lease.holder, token: held.token, from: this.stored });
    subscription.done.then(
      () => undefined,
      (error: unknown) => this.publishingFailed(subscription, error),
    );
  }

  /** Publishing through `subscription` failed: stand by (lease lost) or resume from the checkpoint after a pause. */
  private publishingFailed(subscription: Subscription, error: unknown): void {
    if (this.subscription !== subscription) return;
    this.subscription = undefined;
    if (error instanceof LeaseLostError) {
      this.logger.warn({ message: 'relay lease lost: standing by', relay: this.name });
      void subscription.stop();
    } else {
      this.logger.warn({ message: 'relay publishing failed; it resumes from its checkpoint', relay: this.name, error: String(error) });
      this.retryAt = Date.now() + (this.options.retryDelayMs ?? 1000);
      void subscription.stop();
      this.scheduleTick(this.options.retryDelayMs ?? 1000);
    }
  }

  /**
   * `abort`: the lease is gone or publishing failed; disconnecting the producer first cuts a send
   * that is waiting out broker retries short, and the next start gets a fresh producer. Otherwise
   * the batch in hand finishes first (a clean stop).
   */
  private async stopPublishing(abort: boolean): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    const producer = this.producer;
    if (abort) {
      this.producer = undefined;
      await Promise.all([producer?.disconnect().catch(() => undefined), subscription?.stop()]);
      await this.pipeline?.recorded.catch(() => undefined);
      return;
    }
    await subscription?.stop();
    // The batch in hand is acknowledged and its checkpoint recorded before the producer goes.
    await this.pipeline?.recorded.catch(() => undefined);
    if (this.stopped) {
      this.producer = undefined;
      await producer?.disconnect().catch(() => undefined);
    }
  }

  /**
   * Sends a batch, pipelined: the handler returns once the batch is handed to the producer, so
   * the subscription reads the next page while the broker acknowledges this one, and the
   * checkpoint is recorded while the next batch is being sent. Order and the guarantees stay: a
   * batch is sent only after the one before it was acknowledged (one request in flight, so each
   * partition gets the log's order), and a checkpoint moves only after its batch was acknowledged
   * and the checkpoint before it recorded. A send or checkpoint that fails stops the subscription
   * (at once, not at the next batch), and publishing resumes from the recorded checkpoint.
   */
  private async publish(batch: EventBatch, held: HeldLease): Promise<void> {
    // The messages are made while the previous batch is still on its way.
    const byTopic = new Map<string, Message[]>();
    for (const event of batch.events) {
      const topic = topicFor(this.options.topicPrefix, event.category);
      let messages = byTopic.get(topic);
      if (messages === undefined) byTopic.set(topic, (messages = []));
      messages.push(toMessage(event));
    }
    await this.ensureTopics([...new Set(batch.events.map((event) => event.category))]);
    const previous = this.pipeline;
    if (previous !== undefined) await previous.sent;
    if (this.lease.current?.token !== held.token) throw new LeaseLostError(this.name);
    const producer = this.producer;
    if (producer === undefined) throw new LeaseLostError(this.name);
    const subscription = this.subscription;
    const sent = producer.sendBatch({ acks: -1, topicMessages: [...byTopic.entries()].map(([topic, messages]) => ({ topic, messages })) }).then(() => undefined);
    const recorded = Promise.all([sent, previous?.recorded]).then(async () => {
      await this.recordCheckpoint(held, batch);
      this.published += batch.events.length;
      this.options.onPublished?.(batch);
    });
    this.pipeline = { sent, recorded };
    sent.catch(() => undefined); // the next batch, or the failure below, deals with it
    recorded.catch((error: unknown) => {
      if (subscription !== undefined) this.publishingFailed(subscription, error);
    });
  }

  /** Moves the checkpoint from where this relay left it, if its lease token is still the lease's. */
  private async recordCheckpoint(held: HeldLease, batch: EventBatch): Promise<void> {
    const next = batch.checkpoint;
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const moved = (await Lease.stillHeld(client, held)) && (await this.advance(client, next, batch.events.length));
      await client.query(moved ? 'COMMIT' : 'ROLLBACK');
      if (!moved) throw new LeaseLostError(this.name);
      this.stored = next;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async advance(client: PoolClient, next: Checkpoint, events: number): Promise<boolean> {
    const { rowCount } = await client.query(
      `UPDATE relay_checkpoints
          SET transaction_id = $4::text::xid8, position = $5, events_published = events_published + $6, updated_at = now()
        WHERE relay = $1 AND transaction_id = $2::text::xid8 AND position = $3`,
      [this.name, this.stored.transactionId, this.stored.position, next.transactionId, next.position, events],
    );
    return rowCount === 1;
  }

  private async ensureTopics(categories: readonly string[]): Promise<void> {
    const missing = [...new Set(categories.map((category) => topicFor(this.options.topicPrefix, category)))].filter((topic) => !this.knownTopics.has(topic));
    if (missing.length === 0) return;
    const admin = this.admin ?? this.options.kafka.admin();
    if (this.admin === undefined) {
      this.admin = admin;
      await admin.connect();
    }
    await ensureTopics(admin, missing, { partitions: this.options.topicPartitions, replicationFactor: this.options.topicReplicationFactor ?? 1 });
    for (const topic of missing) this.knownTopics.add(topic);
  }
}
