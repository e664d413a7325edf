import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Admin, Consumer, Kafka, KafkaConfig, KafkaMessage, logLevel, Partitioners, Producer } from 'kafkajs';
import { eventually } from '@app/testing';
import { BrokerOptions, ensureBroker, KAFKA_VERSION, RunningBroker } from '../../scripts/kafka/broker';

// Proves that kafkajs, the project's Kafka client, works end to end against the broker that
// `npm run kafka:start` runs (or the one KAFKA_BROKERS names). Messages stand for events: the key is
// the stream, the `sequence` header the event's position in it, so "in order per key" is the
// guarantee a projection fed from Kafka relies on.

const PATIENT_MS = 60_000;
const SUITE_TIMEOUT_MS = 300_000;
const PARTITIONS = 3;

interface Clients {
  kafka: Kafka;
  admin: Admin;
}

/** One message as a consumer saw it. */
interface Received {
  readonly consumer: string;
  readonly partition: number;
  readonly offset: string;
  readonly stream: string;
  readonly sequence: number;
  readonly eventType: string;
}

function uniqueNames(what: string): { topic: string; group: string } {
  const topic = `${what}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  return { topic, group: `${topic}-group` };
}

function kafkaFor(brokers: string[], clientId: string, retry: KafkaConfig['retry'] = { retries: 10 }): Kafka {
  return new Kafka({ clientId, brokers, retry, logLevel: logLevel.NOTHING });
}

function idempotentProducer(kafka: Kafka): Producer {
  return kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
}

/** Events of `streams` streams, interleaved; sequences continue from `next` (which it advances). */
function eventsOf(streams: number, perStream: number, next: Map<string, number>) {
  const messages = [];
  for (let round = 0; round < perStream; round++) {
    for (let index = 0; index < streams; index++) {
      const stream = `case-${index}`;
      const sequence = next.get(stream) ?? 0;
      next.set(stream, sequence + 1);
      messages.push({
        key: stream,
        value: JSON.stringify({ stream, sequence }),
        headers: { 'event-type': 'CaseEscalated', sequence: String(sequence) },
      });
    }
  }
  return messages;
}

function received(consumer: string, partition: number, message: KafkaMessage): Received {
  const header = (name: string) => message.headers?.[name]?.toString() ?? '';
  return {
    consumer,
    partition,
    offset: message.offset,
    stream: message.key?.toString() ?? '',
    sequence: Number(header('sequence')),
    eventType: header('event-type'),
  };
}

function idsOf(messages: readonly { stream: string; sequence: number }[]): string[] {
  return messages.map(({ stream, sequence }) => `${stream}#${sequence}`);
}

function sequencesPerStream(messages: readonly Received[]): Map<string, number[]> {
  const byStream = new Map<string, number[]>();
  for (const message of messages) byStream.set(message.stream, [...(byStream.get(message.stream) ?? []), message.sequence]);
  return byStream;
}

/** Resolves once the group's committed offsets reach the end of every partition of the topic. */
async function groupCaughtUp(admin: Admin, group: string, topic: string): Promise<void> {
  await eventually(
    async () => {
      const ends = await admin.fetchTopicOffsets(topic);
      const [committed] = await admin.fetchOffsets({ groupId: group, topics: [topic] });
      for (const end of ends) {
        const offset = committed!.partitions.find((partition) => partition.partition === end.partition)?.offset;
        expect({ partition: end.partition, offset }).toEqual({ partition: end.partition, offset: end.high });
      }
    },
    PATIENT_MS,
    200,
  );
}

async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    for (let index = 0; index < count; index++) {
      const server = createServer();
      await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
      servers.push(server);
    }
    return servers.map((server) => (server.address() as { port: number }).port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((closed) => server.close(closed))));
  }
}

describe(`kafkajs against a real Kafka broker (${KAFKA_VERSION} unless KAFKA_BROKERS is set)`, () => {
  let shared: RunningBroker | undefined;
  let brokers: string[];
  let clients: Clients;
  const disconnectAfterEach: { disconnect(): Promise<void> }[] = [];
  const topicsToDelete: string[] = [];

  beforeAll(async () => {
    // The only knob of this suite: a broker someone else runs (CI service, another machine's port forward).
    const given = process.env['KAFKA_BROKERS'];
    if (given) {
      brokers = given.split(',').map((address) => address.trim());
    } else {
      shared = await ensureBroker({ quiet: true });
      brokers = shared.brokers;
    }
    const kafka = kafkaFor(brokers, 'broker-e2e');
    clients = { kafka, admin: kafka.admin() };
    await clients.admin.connect();
  }, SUITE_TIMEOUT_MS);

  afterEach(async () => {
    for (const client of disconnectAfterEach.splice(0)) await client.disconnect();
  });

  afterAll(async () => {
    if (clients) {
      if (topicsToDelete.length > 0) await clients.admin.deleteTopics({ topics: topicsToDelete }).catch(() => undefined);
      await clients.admin.disconnect();
    }
    // A broker that was already running (npm run kafka:start) is left as it was found.
    if (shared?.started) await shared.stop();
  }, SUITE_TIMEOUT_MS);

  async function createTopic(topic: string): Promise<void> {
    await clients.admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS }], waitForLeaders: true });
    topicsToDelete.push(topic);
  }

  /** A consumer of `group`, disconnected after the test, that remembers the partitions it was last given. */
  function consumerIn(group: string): { consumer: Consumer; assignment: () => number[] } {
    const consumer = clients.kafka.consumer({ groupId: group });
    disconnectAfterEach.push(consumer);
    let assigned: number[] = [];
    consumer.on(consumer.events.GROUP_JOIN, (event) => {
      assigned = Object.values(event.payload.memberAssignment).flat();
    });
    return { consumer, assignment: () => assigned };
  }

  it('creates a topic with three partitions, each with a leader', async () => {
    const { topic } = uniqueNames('created');

    await createTopic(topic);

    const metadata = await clients.admin.fetchTopicMetadata({ topics: [topic] });
    const partitions = metadata.topics[0]!.partitions;
    expect(partitions.map((partition) => partition.partitionId).sort()).toEqual([0, 1, 2]);
    for (const partition of partitions) expect(partition.leader).toBeGreaterThanOrEqual(0);
  });

  it('two consumers of one group split the partitions and together receive every keyed event once, in order per stream', async () => {
    const { topic, group } = uniqueNames('split');
    await createTopic(topic);
    const seen: Received[] = [];
    const members = ['first', 'second'].map((name) => ({ name, ...consumerIn(group) }));
    for (const member of members) {
      await member.consumer.connect();
      await member.consumer.subscribe({ topic, fromBeginning: true });
      await member.consumer.run({ eachMessage: async ({ partition, message }) => void seen.push(received(member.name, partition, message)) });
    }
    // Produce only once the group has settled on two members, so no rebalance replays a batch.
    await eventually(
      () => {
        const [first, second] = members.map((member) => member.assignment());
        expect(first!.length).toBeGreaterThan(0);
        expect(second!.length).toBeGreaterThan(0);
        expect([...first!, ...second!].sort()).toEqual([0, 1, 2]);
      },
      PATIENT_MS,
      100,
    );
    const producer = idempotentProducer(clients.kafka);
    disconnectAfterEach.push(producer);
    await producer.connect();
    const next = new Map<string, number>();
    const sent = [];
    for (let batch = 0; batch < 6; batch++) {
      const messages = eventsOf(12, 1, next);
      await producer.send({ topic, acks: -1, messages });
      sent.push(...messages.map((message) => JSON.parse(message.value) as { stream: string; sequence: number }));
    }

    await eventually(() => expect(seen.length).toBeGreaterThanOrEqual(sent.length), PATIENT_MS, 100);
    await groupCaughtUp(clients.admin, group, topic);

    expect(idsOf(seen).sort()).toEqual(idsOf(sent).sort());
    expect(new Set(idsOf(seen)).size).toBe(seen.length);
    for (const member of members) {
      const partitionsRead = new Set(seen.filter((message) => message.consumer === member.name).map((message) => message.partition));
      expect(partitionsRead.size).toBeGreaterThan(0);
      for (const partition of partitionsRead) expect(member.assignment()).toContain(partition);
    }
    for (const [, sequences] of sequencesPerStream(seen)) expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(new Set(seen.map((message) => message.eventType))).toEqual(new Set(['CaseEscalated']));
  });

  it('a consumer joining the group later starts after the offsets the group committed', async () => {
    const { topic, group } = uniqueNames('resume');
    await createTopic(topic);
    const producer = idempotentProducer(clients.kafka);
    disconnectAfterEach.push(producer);
    await producer.connect();
    const next = new Map<string, number>();
    await producer.send({ topic, acks: -1, messages: eventsOf(5, 2, next) });

    const early = consumerIn(group).consumer;
    const readEarly: Received[] = [];
    await early.connect();
    await early.subscribe({ topic, fromBeginning: true });
    await early.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        readEarly.push(received('early', partition, message));
        await early.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
      },
    });
    await eventually(() => expect(readEarly).toHaveLength(10), PATIENT_MS, 100);
    await groupCaughtUp(clients.admin, group, topic);
    await early.disconnect();

    const later = eventsOf(5, 1, next);
    await producer.send({ topic, acks: -1, messages: later });
    const late = consumerIn(group).consumer;
    const readLate: Received[] = [];
    await late.connect();
    await late.subscribe({ topic, fromBeginning: true });
    await late.run({ eachMessage: async ({ partition, message }) => void readLate.push(received('late', partition, message)) });
    await eventually(() => expect(readLate.length).toBeGreaterThanOrEqual(later.length), PATIENT_MS, 100);
    await groupCaughtUp(clients.admin, group, topic);

    expect(idsOf(readLate).sort()).toEqual(idsOf(later.map((message) => JSON.parse(message.value))).sort());
  });

  it(
    'every event acknowledged while the broker stops and restarts mid-production is consumed once after the restart',
    async () => {
      const [port, controllerPort] = await freePorts(2);
      const dataDir = mkdtempSync(join(tmpdir(), 'kafka-restart-'));
      const options: BrokerOptions = { port, controllerPort, dataDir, quiet: true };
      let broker = await ensureBroker(options);
      try {
        // Retries that outlast a restart: backing off to 2 s, sixty times.
        const kafka = kafkaFor(broker.brokers, 'broker-restart-e2e', { initialRetryTime: 100, maxRetryTime: 2000, retries: 60 });
        const admin = kafka.admin();
        disconnectAfterEach.push(admin);
        await admin.connect();
        const { topic, group } = uniqueNames('restart');
        await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS }], waitForLeaders: true });

        const producer = idempotentProducer(kafka);
        disconnectAfterEach.push(producer);
        await producer.connect();
        const next = new Map<string, number>();
        const attempted: string[] = [];
        const acknowledged: string[] = [];
        let batchesAcrossOutage = 0;
        let outage = false;
        let outagesBegun = 0;
        let producing = true;
        const production = (async () => {
          while (producing) {
            const messages = eventsOf(6, 1, next);
            const ids = idsOf(messages.map((message) => JSON.parse(message.value)));
            attempted.push(...ids);
            const inOutage = outage;
            const outagesBefore = outagesBegun;
            // A send that fails is not acknowledged: its events may or may not be stored, so they only count as attempted.
            await producer.send({ topic, acks: -1, messages }).then(
              () => acknowledged.push(...ids),
              () => undefined,
            );
            if (inOutage || outagesBegun !== outagesBefore) batchesAcrossOutage++;
          }
        })();

        await eventually(() => expect(acknowledged.length).toBeGreaterThanOrEqual(300), PATIENT_MS, 50);
        outage = true;
        outagesBegun++;
        await broker.stop();
        broker = await ensureBroker(options);
        outage = false;
        const acknowledgedBeforeRestart = acknowledged.length;
        await eventually(() => expect(acknowledged.length).toBeGreaterThanOrEqual(acknowledgedBeforeRestart + 300), PATIENT_MS * 2, 50);
        producing = false;
        await production;

        const consumer = kafka.consumer({ groupId: group });
        disconnectAfterEach.push(consumer);
        const seen: Received[] = [];
        await consumer.connect();
        await consumer.subscribe({ topic, fromBeginning: true });
        await consumer.run({ eachMessage: async ({ partition, message }) => void seen.push(received('after-restart', partition, message)) });
        await eventually(() => expect(seen.length).toBeGreaterThanOrEqual(acknowledged.length), PATIENT_MS, 100);
        await groupCaughtUp(admin, group, topic);

        expect(batchesAcrossOutage).toBeGreaterThan(0);
        const seenIds = idsOf(seen);
        expect(new Set(seenIds).size).toBe(seenIds.length);
        const seenSet = new Set(seenIds);
        expect(acknowledged.filter((id) => !seenSet.has(id))).toEqual([]);
        const attemptedSet = new Set(attempted);
        expect(seenIds.filter((id) => !attemptedSet.has(id))).toEqual([]);
        for (const [, sequences] of sequencesPerStream(seen)) expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
      } finally {
        for (const client of disconnectAfterEach.splice(0)) await client.disconnect().catch(() => undefined);
        await broker.stop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    SUITE_TIMEOUT_MS,
  );
});
