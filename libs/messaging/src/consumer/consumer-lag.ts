import { sharedRead } from '@app/database';
import { Admin } from 'kafkajs';
import { Gauge, Registry } from 'prom-client';

/** Messages of one topic past the consumer group's committed offsets, over its partitions. */
export interface TopicLag {
  readonly topic: string;
  readonly messages: number;
}

interface PartitionEnd {
  readonly partition: number;
  /** The next offset to be written (the high watermark). */
  readonly high: string;
  /** The oldest offset the broker still keeps. */
  readonly low: string;
}

/**
 * A topic's lag from its partitions' ends and the group's committed offsets. A partition the
 * group has committed nothing on (`-1`) lags by everything the broker keeps of it.
 */
export function topicLag(topic: string, ends: readonly PartitionEnd[], committed: ReadonlyArray<{ partition: number; offset: string }>): TopicLag {
  let messages = 0n;
  for (const end of ends) {
    const offset = committed.find((entry) => entry.partition === end.partition)?.offset ?? '-1';
    const from = offset === '-1' ? BigInt(end.low) : BigInt(offset);
    const behind = BigInt(end.high) - from;
    if (behind > 0n) messages += behind;
  }
  return { topic, messages: Number(messages) };
}

/** The group's lag on each of `topics`, asked of the brokers (committed offsets, high watermarks). */
export async function consumerGroupLag(admin: Admin, groupId: string, topics: readonly string[]): Promise<TopicLag[]> {
  if (topics.length === 0) return [];
  const committed = await admin.fetchOffsets({ groupId, topics: [...topics] });
  return Promise.all(
    topics.map(async (topic) => topicLag(topic, await admin.fetchTopicOffsets(topic), committed.find((entry) => entry.topic === topic)?.partitions ?? [])),
  );
}

/**
 * `kafka_consumer_lag_messages{topic}`: messages of each category topic the projectors' consumer
 * group has not committed yet, read from the brokers at scrape time (the same figure from every
 * worker of the group). Offsets are committed a moment after a batch is applied, so the figure may
 * overstate the lag by a batch, never understate it.
 */
export function registerConsumerLagMetrics(registry: Registry, read: () => Promise<readonly TopicLag[]>, options: { readonly cacheMs?: number } = {}): void {
  const lag = sharedRead(read, options.cacheMs ?? 1000);
  new Gauge({
    name: 'kafka_consumer_lag_messages',
    help: 'Messages of a category topic the projectors consumer group has not committed yet (summed over its partitions)',
    labelNames: ['topic'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const { topic, messages } of (await lag().catch(() => undefined)) ?? []) this.set({ topic }, messages);
    },
  });
}
