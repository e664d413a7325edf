import { Admin } from 'kafkajs';

export interface TopicSettings {
  readonly partitions: number;
  readonly replicationFactor: number;
}

/**
 * Creates the topics that do not exist yet (others are left as they are: partitions can only grow,
 * which would move streams between partitions, so that is an operator's decision).
 *
 * Retention is unlimited: after a rebuild a consumer reads a partition again from its start (see
 * KafkaProjector), and other systems may replay the history.
 */
export async function ensureTopics(admin: Admin, topics: readonly string[], settings: TopicSettings): Promise<void> {
  if (topics.length === 0) return;
  const existing = new Set(await admin.listTopics());
  const missing = topics.filter((topic) => !existing.has(topic));
  if (missing.length === 0) return;
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({
        topic,
        numPartitions: settings.partitions,
        replicationFactor: settings.replicationFactor,
        configEntries: [{ name: 'retention.ms', value: '-1' }],
      })),
    });
  } catch (error) {
    // Another process created some of them meanwhile.
    if ((error as { type?: string }).type !== 'TOPIC_ALREADY_EXISTS') throw error;
  }
}
