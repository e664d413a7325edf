import { Checkpoint, checkpointOf, compareCheckpoints, RecordedEvent } from '@app/event-store';
import { Migration, migrate } from '@app/database';
import { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { ProjectorLogger } from './async-projector';
import { CheckpointStore } from './checkpoint-store';
import { isProjected, ProjectionDefinition } from './projection-definition';
import { entityManagerOn } from './shared-pool-data-source';
import { inTransaction } from './transactions';

/**
 * The offset guards of projections fed from Kafka: per (projection, topic, partition), the offset
 * of the next message not yet applied, and the projection checkpoint the guard counts from (see
 * {@link KafkaProjector}). A ledger of its own, beside the runtime's tables.
 */
export const KAFKA_PROJECTOR_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'offset guards of projections fed from Kafka',
    sql: `
      CREATE TABLE projection_kafka_offsets (
        projection text NOT NULL,
        topic text NOT NULL,
        partition integer NOT NULL,
        -- Every message of the partition below this offset has been applied (or skipped).
        next_offset bigint NOT NULL,
        -- The projection's checkpoint when this guard started counting; a rebuild moves the
        -- checkpoint, which voids the guard (the tables it described were swapped out).
        base_transaction_id xid8 NOT NULL,
        base_position bigint NOT NULL,
        -- The latest event in log order met in the partition (the base to start with). The relay
        -- publishes a partition's events in log order, so an event at or before it is a copy the
        -- relay published again (after a failure, or a takeover), at another offset.
        seen_transaction_id xid8 NOT NULL,
        seen_position bigint NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (projection, topic, partition)
      );
    `,
  },
];

/**
 * Drops a projection's offset guards, inside the caller's transaction: its tables were recreated
 * empty, so the consumers must read every partition again from the start (a guard counted from
 * the start of the log would otherwise look current). Nothing to do where Kafka was never used.
 */
export async function forgetKafkaOffsets(client: PoolClient, projection: string): Promise<void> {
  const { rows } = await client.query<{ present: boolean }>(`SELECT to_regclass('projection_kafka_offsets') IS NOT NULL AS present`);
  if (rows[0]?.present === true) await client.query('DELETE FROM projection_kafka_offsets WHERE projection = $1', [projection]);
}

/** A message of one partition, its event decoded. */
export interface DeliveredEvent {
  /** The Kafka offset, as decimal text. */
  readonly offset: string;
  /** Undefined for a message that is not an event (it moves the guard on and applies nothing). */
  readonly event: RecordedEvent | undefined;
}

/** Consecutive messages of one topic partition, in offset order. */
export interface PartitionBatch {
  readonly topic: string;
  readonly partition: number;
  /** The stream category the topic carries (the projections' category filters apply to it). */
  readonly category: string;
  readonly messages: readonly DeliveredEvent[];
  /**
   * The partition's first offset still held by Kafka. Messages below it are gone (retention); a
   * guard that waits for one of them accepts the loss instead of asking to rewind forever.
   */
  readonly earliestOffset?: string;
}

export type PartitionOutcome =
  /** Every relevant projection has applied (or already had) the batch. */
  | { readonly kind: 'applied'; readonly applied: number; readonly skipped: number }
  /**
   * Some projection misses messages before the batch (a rebuild voided its guard, or it is new):
   * the caller reads the partition again from `offset`, dropping this batch.
   */
  | { readonly kind: 'rewind'; readonly offset: string };

export interface TopicPartitionOf {
  readonly topic: string;
  readonly partition: number;
  readonly category: string;
}

/** Thrown when a projection's `apply` fails at an event; the error is recorded like an async projector's. */
export class KafkaProjectionHaltedError extends Error {
  constructor(
    readonly projection: string,
    readonly event: RecordedEvent,
    readonly reason: unknown,
  ) {
    super(`projection ${projection} stopped at event ${event.id} (${event.type}, position ${event.position}): ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = 'KafkaProjectionHaltedError';
  }
}

interface Guard {
  nextOffset: bigint;
  seen: Checkpoint;
}

export interface KafkaProjectorOptions {
  readonly pool: Pool;
  readonly dataSource: DataSource;
  /** The async projections to feed; inline ones are part of every append and are not fed from here. */
  readonly definitions: readonly ProjectionDefinition[];
  readonly now?: () => Date;
  readonly logger?: ProjectorLogger;
}

/**
 * Applies events that arrive through Kafka to the async projections, exactly once although Kafka
 * delivers at least once and the relay may publish an event twice.
 *
 * Per projection and partition, one transaction holds the read-model writes and the move of the
 * projection's offset guard: a message below the guard was applied already and is skipped, so a
 * redelivered batch (a consumer that crashed before committing its Kafka offset, a rebalance, two
 * workers on one partition for a moment) changes nothing. The guard also keeps the latest event
 * (in log order) met in the partition: the relay publishes a partition in log order, so an event
 * at or before it is a second copy the relay published after a failure, at a new offset, and is
 * skipped as well.
 *
 * Rebuilds: a rebuild builds from the log up to a checkpoint and swaps its tables in, moving the
 * projection's checkpoint there. Events at or before that checkpoint are in the new tables, so they
 * are skipped whatever their offset; events after it the consumer may have applied to the old
 * tables, which are gone. So a guard remembers the checkpoint it counted from; when that is no
 * longer the projection's, the guard starts again at offset 0 and the caller rewinds the partition,
 * re-reading it with everything up to the checkpoint skipped. A projection added later starts the
 * same way. The rebuild and the consumer then agree on every event.
 *
 * The order that matters is per stream, which Kafka keeps (a stream is a message key); across
 * streams, partitions interleave differently from the log, so read models must not depend on
 * events of different streams arriving in log order.
 */
export class KafkaProjector {
  private readonly checkpoints: CheckpointStore;
  private readonly definitions: readonly ProjectionDefinition[];
  private readonly now: () => Date;

  constructor(private readonly options: KafkaProjectorOptions) {
    this.definitions = options.definitions.filter((definition) => definition.kind === 'async');
    this.checkpoints = new CheckpointStore(options.pool);
    this.now = options.now ?? (() => new Date());
  }

  get projectionNames(): string[] {
    return this.definitions.map((definition) => definition.name);
  }

  /** Creates the guards' table; the runtime (which owns the checkpoints) must be initialized too. */
  async initialize(): Promise<void> {
    await migrate(this.options.pool, 'projections-kafka', KAFKA_PROJECTOR_MIGRATIONS);
  }

  /** Whether any projection here applies events of `category`. */
  reads(category: string): boolean {
    return this.definitions.some((definition) => this.relevant(definition, category));
  }

  /**
   * Where each partition has to be read from so that no projection misses a message: the lowest
   * guard among the projections that read its category, 0 for a guard that is missing or voided by
   * a rebuild. A consumer seeks there when it is given a partition, and again whenever the answer
   * drops below what it has read (a rebuild swapped in while the partition is idle).
   */
  async wantedOffsets(partitions: readonly TopicPartitionOf[]): Promise<Map<string, bigint>> {
    const wanted = new Map<string, bigint>();
    if (partitions.length === 0) return wanted;
    const names = this.definitions.map((definition) => definition.name);
    const { rows } = await this.options.pool.query<{ projection: string; topic: string; partition: number; next_offset: string; current: boolean }>(
      `SELECT g.projection, g.topic, g.partition, g.next_offset,
              (g.base_transaction_id = c.transaction_id AND g.base_position = c.position) AS current
         FROM projection_kafka_offsets g JOIN projection_checkpoints c ON c.projection = g.projection
        WHERE g.projection = ANY ($1::text[]) AND g.topic = ANY ($2::text[])`,
      [names, [...new Set(partitions.map((tp) => tp.topic))]],
    );
    const guards = new Map(rows.map((row) => [`${row.projection}\u0000${row.topic}\u0000${row.partition}`, row.current ? BigInt(row.next_offset) : 0n]));
    for (const tp of partitions) {
      let lowest: bigint | undefined;
      for (const definition of this.definitions) {
        if (!this.relevant(definition, tp.category)) continue;
        const next = guards.get(`${definition.name}\u0000${tp.topic}\u0000${tp.partition}`) ?? 0n;
        if (lowest === undefined || next < lowest) lowest = next;
      }
      if (lowest !== undefined) wanted.set(partitionKey(tp.topic, tp.partition), lowest);
    }
    return wanted;
  }

  /**
   * Applies a batch to every projection that reads its category, each in its own transaction
   * (one failing projection leaves the others' progress committed). Throws
   * {@link KafkaProjectionHaltedError} when a projection's `apply` fails: the events before the
   * culprit are committed, and the caller delivers the batch again later.
   */
  async applyBatch(batch: PartitionBatch): Promise<PartitionOutcome> {
    if (batch.messages.length === 0) return { kind: 'applied', applied: 0, skipped: 0 };
    let applied = 0;
    let skipped = 0;
    let rewindTo: bigint | undefined;
    for (const definition of this.definitions) {
      if (!this.relevant(definition, batch.category)) continue;
      const outcome = await this.applyTo(definition, batch);
      if (outcome.kind === 'rewind') {
        const offset = BigInt(outcome.offset);
        if (rewindTo === undefined || offset < rewindTo) rewindTo = offset;
      } else {
        applied += outcome.applied;
        skipped += outcome.skipped;
      }
    }
    if (rewindTo !== undefined) return { kind: 'rewind', offset: rewindTo.toString() };
    return { kind: 'applied', applied, skipped };
  }

  private async applyTo(definition: ProjectionDefinition, batch: PartitionBatch): Promise<PartitionOutcome> {
    try {
      return await inTransaction(this.options.pool, (client) => this.guardedApply(client, definition, batch, batch.messages));
    } catch (error) {
      if (error instanceof KafkaProjectionHaltedError) throw error;
      // Find the culprit: one message per transaction, committing those before it.
      let applied = 0;
      let skipped = 0;
      for (const message of batch.messages) {
        try {
          const outcome = await inTransaction(this.options.pool, (client) => this.guardedApply(client, definition, batch, [message]));
          if (outcome.kind === 'rewind') return outcome;
          applied += outcome.applied;
          skipped += outcome.skipped;
        } catch (cause) {
          if (message.event === undefined) throw cause;
          await this.recordError(definition, message.event, cause);
          throw new KafkaProjectionHaltedError(definition.name, message.event, cause);
        }
      }
      // Each went through on its own: the batch's failure was transient.
      return { kind: 'applied', applied, skipped };
    }
  }

  private async guardedApply(
    client: PoolClient,
    definition: ProjectionDefinition,
    batch: PartitionBatch,
    messages: readonly DeliveredEvent[],
  ): Promise<PartitionOutcome> {
    // The checkpoint row first, shared: a rebuild's swap takes it exclusively, so it waits for
    // this transaction, and this one, if it comes second, reads the checkpoint the swap left.
    const { rows } = await client.query<{ transaction_id: string; position: string }>(
      'SELECT transaction_id::text, position FROM projection_checkpoints WHERE projection = $1 FOR SHARE',
      [definition.name],
    );
    if (rows[0] === undefined) throw new Error(`projection ${definition.name} has no checkpoint row: initialize the projection runtime first`);
    const checkpoint: Checkpoint = { transactionId: rows[0].transaction_id, position: Number(rows[0].position) };
    const guard = await this.lockGuard(client, definition.name, batch, checkpoint);
    const first = BigInt(messages[0]!.offset);
    if (first > guard.nextOffset) {
      const earliest = batch.earliestOffset === undefined ? undefined : BigInt(batch.earliestOffset);
      if (earliest === undefined || earliest <= guard.nextOffset || first > earliest) {
        return { kind: 'rewind', offset: guard.nextOffset.toString() };
      }
      this.options.logger?.error({
        message: 'messages the projection never applied are gone from Kafka (retention); rebuild it from the log',
        projection: definition.name,
        topic: batch.topic,
        partition: batch.partition,
        missingFrom: guard.nextOffset.toString(),
        missingTo: (earliest - 1n).toString(),
      });
    }
    const events: RecordedEvent[] = [];
    let seen = guard.seen;
    for (const message of messages) {
      if (message.event === undefined || BigInt(message.offset) < guard.nextOffset) continue;
      const at = checkpointOf(message.event);
      if (compareCheckpoints(at, seen) <= 0) continue;
      seen = at;
      if (isProjected(definition, message.event)) events.push(message.event);
    }
    if (events.length > 0) {
      await definition.apply(events, { manager: entityManagerOn(this.options.dataSource, client), mode: 'live' });
    }
    const next = BigInt(messages[messages.length - 1]!.offset) + 1n;
    if (next > guard.nextOffset) {
      await client.query(
        `UPDATE projection_kafka_offsets
            SET next_offset = $4, seen_transaction_id = $5::text::xid8, seen_position = $6, updated_at = now()
          WHERE projection = $1 AND topic = $2 AND partition = $3`,
        [definition.name, batch.topic, batch.partition, next.toString(), seen.transactionId, seen.position],
      );
    }
    return { kind: 'applied', applied: events.length, skipped: messages.length - events.length };
  }

  /** The guard of (projection, topic, partition), locked; created, or started again after a rebuild, at offset 0. */
  private async lockGuard(client: PoolClient, projection: string, batch: PartitionBatch, checkpoint: Checkpoint): Promise<Guard> {
    await client.query(
      `INSERT INTO projection_kafka_offsets
         (projection, topic, partition, next_offset, base_transaction_id, base_position, seen_transaction_id, seen_position)
       VALUES ($1, $2, $3, 0, $4::text::xid8, $5, $4::text::xid8, $5) ON CONFLICT DO NOTHING`,
      [projection, batch.topic, batch.partition, checkpoint.transactionId, checkpoint.position],
    );
    const { rows } = await client.query<{ next_offset: string; base_transaction_id: string; base_position: string; seen_transaction_id: string; seen_position: string }>(
      `SELECT next_offset, base_transaction_id::text, base_position, seen_transaction_id::text, seen_position FROM projection_kafka_offsets
        WHERE projection = $1 AND topic = $2 AND partition = $3 FOR UPDATE`,
      [projection, batch.topic, batch.partition],
    );
    const row = rows[0]!;
    const base: Checkpoint = { transactionId: row.base_transaction_id, position: Number(row.base_position) };
    if (compareCheckpoints(base, checkpoint) === 0) {
      return { nextOffset: BigInt(row.next_offset), seen: { transactionId: row.seen_transaction_id, position: Number(row.seen_position) } };
    }
    this.options.logger?.log({ message: 'projection rebuilt: reading the partition again from its start', projection, topic: batch.topic, partition: batch.partition });
    await client.query(
      `UPDATE projection_kafka_offsets
          SET next_offset = 0, base_transaction_id = $4::text::xid8, base_position = $5,
              seen_transaction_id = $4::text::xid8, seen_position = $5, updated_at = now()
        WHERE projection = $1 AND topic = $2 AND partition = $3`,
      [projection, batch.topic, batch.partition, checkpoint.transactionId, checkpoint.position],
    );
    return { nextOffset: 0n, seen: checkpoint };
  }

  private async recordError(definition: ProjectionDefinition, event: RecordedEvent, cause: unknown): Promise<void> {
    const message = cause instanceof Error ? cause.message : String(cause);
    await this.checkpoints
      .recordError(definition.name, event, message, this.now())
      .catch((error: unknown) => this.options.logger?.warn({ message: 'could not record projector error', projection: definition.name, error: String(error) }));
  }

  private relevant(definition: ProjectionDefinition, category: string): boolean {
    return definition.categories === undefined || definition.categories.includes(category);
  }
}

export function partitionKey(topic: string, partition: number): string {
  return `${topic}#${partition}`;
}
