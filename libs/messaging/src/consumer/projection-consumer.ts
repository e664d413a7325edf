import { DeliveredEvent, KafkaProjector, partitionKey, TopicPartitionOf } from '@app/projections';
import { Admin, Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import { categoryOfTopic, eventOfMessage, NotAnIntegrationEventError } from '../integration-event';
import { MessagingLogger, SILENT } from '../messaging-logger';
import { consumerGroupLag, TopicLag } from './consumer-lag';

export interface ProjectionConsumerOptions {
  readonly kafka: Kafka;
  readonly projector: KafkaProjector;
  /** The consumer group: the workers that share it split the partitions between them. */
  readonly groupId: string;
  readonly topicPrefix: string;
  /** How often to look for topics of new categories (ms, default 5000). */
  readonly topicRefreshMs?: number;
  /** How often to look for projections rebuilt meanwhile, whose partitions are read again (ms, default 2000). */
  readonly rebuildCheckMs?: number;
  /** Pause before a batch that failed is tried again (ms, default 2000). */
  readonly retryDelayMs?: number;
  readonly sessionTimeoutMs?: number;
  /** Partitions applied at the same time by this member (default 3); each partition stays in order. */
  readonly partitionsConsumedConcurrently?: number;
  readonly logger?: MessagingLogger;
  /** Told after each batch applied (metrics, benchmarks). */
  readonly onApplied?: (batch: { topic: string; partition: number; applied: number; skipped: number; lastOffset: string }) => void;
}

/**
 * The workers' async projectors as a Kafka consumer group: each worker of the group is given some
 * partitions of the category topics and applies their events through the {@link KafkaProjector},
 * whose offset guards (committed with the read-model writes) make redeliveries harmless. Kafka's
 * committed offsets only save re-reading: on every assignment the consumer seeks each partition to
 * where the guards say it must continue.
 */
export class KafkaProjectionConsumer {
  private consumer: Consumer | undefined;
  private admin: Admin | undefined;
  private topics: string[] = [];
  private assigned: TopicPartitionOf[] = [];
  /** Where each assigned partition is being read from: the last seek, or after the last batch applied. */
  private readonly positions = new Map<string, bigint>();
  private refreshTimer: NodeJS.Timeout | undefined;
  private rebuildTimer: NodeJS.Timeout | undefined;
  private running = false;
  private restarting: Promise<void> | undefined;
  private readonly logger: MessagingLogger;

  constructor(private readonly options: ProjectionConsumerOptions) {
    this.logger = options.logger ?? SILENT;
  }

  /** The partitions this member was given at the last rebalance. */
  get assignment(): readonly TopicPartitionOf[] {
    return this.assigned;
  }

  get subscribedTopics(): readonly string[] {
    return this.topics;
  }

  /** The group's lag on the topics this member subscribes to (see {@link consumerGroupLag}). */
  async lag(): Promise<TopicLag[]> {
    if (this.admin === undefined) throw new Error('the projection consumer is not running');
    return consumerGroupLag(this.admin, this.options.groupId, this.topics);
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.admin = this.options.kafka.admin();
    await this.admin.connect();
    await this.refreshTopics();
    this.scheduleRebuildCheck();
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    clearTimeout(this.refreshTimer);
    clearTimeout(this.rebuildTimer);
    await this.restarting;
    await this.disconnectConsumer();
    await this.admin?.disconnect().catch(() => undefined);
    this.admin = undefined;
  }

  /** Subscribes again when topics of new categories appeared (a consumer's topics are fixed once it runs). */
  private async refreshTopics(): Promise<void> {
    try {
      const topics = (await this.admin!.listTopics())
        .filter((topic) => {
          const category = categoryOfTopic(this.options.topicPrefix, topic);
          return category !== undefined && this.options.projector.reads(category);
        })
        .sort();
      if (this.running && topics.some((topic) => !this.topics.includes(topic))) {
        this.restarting = this.runOn(topics);
        await this.restarting;
      }
    } catch (error) {
      this.logger.warn({ message: 'projection consumer could not list or subscribe to topics; trying again', error: String(error) });
      if (this.consumer === undefined) this.topics = [];
    } finally {
      this.restarting = undefined;
      if (this.running) {
        this.refreshTimer = setTimeout(() => void this.refreshTopics(), this.options.topicRefreshMs ?? 5000);
        this.refreshTimer.unref();
      }
    }
  }

  private async runOn(topics: string[]): Promise<void> {
    await this.disconnectConsumer();
    const consumer = this.options.kafka.consumer({
      groupId: this.options.groupId,
      sessionTimeout: this.options.sessionTimeoutMs ?? 30_000,
      maxWaitTimeInMs: 500,
    });
    consumer.on(consumer.events.GROUP_JOIN, (event) => {
      this.assigned = Object.entries(event.payload.memberAssignment).flatMap(([topic, partitions]) =>
        partitions.map((partition) => ({ topic, partition, category: categoryOfTopic(this.options.topicPrefix, topic) ?? topic })),
      );
      this.positions.clear();
      void this.seekToGuards(consumer, this.assigned, true);
    });
    consumer.on(consumer.events.CRASH, (event) => {
      this.logger.warn({ message: 'projection consumer crashed', error: String(event.payload.error), restart: event.payload.restart });
    });
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    this.consumer = consumer;
    this.topics = topics;
    await consumer.run({
      // Where a partition is read from comes from the offset guards in PostgreSQL (see
      // seekToGuards); the group's committed offsets are only a hint, so they are committed now
      // and then rather than after every batch, which would put a round trip to the broker
      // between each batch applied and the next fetch.
      autoCommit: true,
      autoCommitInterval: 5000,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatch: (payload) => this.handleBatch(consumer, payload),
    });
    this.logger.log({ message: 'projection consumer running', group: this.options.groupId, topics, projections: this.options.projector.projectionNames });
  }

  private async disconnectConsumer(): Promise<void> {
    const consumer = this.consumer;
    this.consumer = undefined;
    this.assigned = [];
    this.positions.clear();
    await consumer?.disconnect().catch(() => undefined);
  }

  private async handleBatch(consumer: Consumer, payload: EachBatchPayload): Promise<void> {
    const { batch } = payload;
    if (batch.messages.length === 0 || !payload.isRunning() || payload.isStale()) return;
    const category = categoryOfTopic(this.options.topicPrefix, batch.topic) ?? batch.topic;
    const key = partitionKey(batch.topic, batch.partition);
    const messages = batch.messages.map((message): DeliveredEvent => ({ offset: message.offset, event: this.decode(batch.topic, batch.partition, message) }));
    try {
      let outcome = await this.options.projector.applyBatch({ topic: batch.topic, partition: batch.partition, category, messages });
      if (outcome.kind === 'rewind') {
        const earliest = await this.earliestOffset(batch.topic, batch.partition);
        if (BigInt(outcome.offset) < BigInt(earliest)) {
          outcome = await this.options.projector.applyBatch({ topic: batch.topic, partition: batch.partition, category, messages, earliestOffset: earliest });
        }
      }
      if (outcome.kind === 'rewind') {
        consumer.seek({ topic: batch.topic, partition: batch.partition, offset: outcome.offset });
        this.positions.set(key, BigInt(outcome.offset));
        return;
      }
      const lastOffset = batch.messages[batch.messages.length - 1]!.offset;
      payload.resolveOffset(lastOffset);
      this.positions.set(key, BigInt(lastOffset) + 1n);
      this.options.onApplied?.({ topic: batch.topic, partition: batch.partition, applied: outcome.applied, skipped: outcome.skipped, lastOffset });
      await payload.commitOffsetsIfNecessary();
      await payload.heartbeat();
    } catch (error) {
      this.logger.error({ message: 'projection consumer could not apply a batch; trying it again', topic: batch.topic, partition: batch.partition, firstOffset: batch.firstOffset(), error: String(error) });
      // Read the batch again after a pause; the partition's other messages wait behind it.
      consumer.seek({ topic: batch.topic, partition: batch.partition, offset: batch.messages[0]!.offset });
      const resume = payload.pause();
      setTimeout(resume, this.options.retryDelayMs ?? 2000).unref();
    }
  }

  /** A message that is not an integration event moves the guards on and applies nothing. */
  private decode(topic: string, partition: number, message: { offset: string; value: Buffer | null }): DeliveredEvent['event'] {
    try {
      return eventOfMessage(message);
    } catch (error) {
      if (!(error instanceof NotAnIntegrationEventError)) throw error;
      this.logger.error({ message: 'skipping a message that is not an integration event', topic, partition, offset: message.offset, error: error.message });
      return undefined;
    }
  }

  private async earliestOffset(topic: string, partition: number): Promise<string> {
    const offsets = await this.admin!.fetchTopicOffsets(topic);
    return offsets.find((entry) => entry.partition === partition)?.low ?? '0';
  }

  /**
   * Seeks the partitions to where the guards want them read from: on assignment always, later only
   * when that is before what has been read (a projection was rebuilt while its partitions were idle).
   */
  private async seekToGuards(consumer: Consumer, partitions: readonly TopicPartitionOf[], always: boolean): Promise<void> {
    try {
      const wanted = await this.options.projector.wantedOffsets(partitions);
      if (consumer !== this.consumer) return;
      for (const tp of partitions) {
        const key = partitionKey(tp.topic, tp.partition);
        const offset = wanted.get(key);
        if (offset === undefined) continue;
        const position = this.positions.get(key);
        if (!always && (position === undefined || offset >= position)) continue;
        if (always && position !== undefined) continue; // a batch was handled meanwhile: its guards decide
        consumer.seek({ topic: tp.topic, partition: tp.partition, offset: offset.toString() });
        this.positions.set(key, offset);
      }
    } catch (error) {
      this.logger.warn({ message: 'projection consumer could not read its offset guards', error: String(error) });
    }
  }

  private scheduleRebuildCheck(): void {
    if (!this.running) return;
    this.rebuildTimer = setTimeout(async () => {
      const consumer = this.consumer;
      if (consumer !== undefined && this.assigned.length > 0) await this.seekToGuards(consumer, this.assigned, false);
      this.scheduleRebuildCheck();
    }, this.options.rebuildCheckMs ?? 2000);
    this.rebuildTimer.unref();
  }
}
