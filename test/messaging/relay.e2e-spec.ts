import { compareCheckpoints, START } from '@app/event-store';
import { HEADERS, LogRelay, parseEnvelope } from '@app/messaging';
import { caseStreamId } from '@app/supervision';
import { eventually } from '@app/testing';
import { Consumer, KafkaMessage } from 'kafkajs';
import {
  inParallel,
  kafkaFor,
  memoryLogger,
  MessagingDatabase,
  messagingDatabase,
  openAndUrgeCase,
  PATIENT_MS,
  suiteBroker,
  SuiteBroker,
  SUITE_TIMEOUT_MS,
  uniqueName,
} from './support/messaging-fixture';

// The relay from the event log to Kafka, on a real PostgreSQL server and a real broker.

interface Published {
  readonly topic: string;
  readonly partition: number;
  readonly message: KafkaMessage;
}

describe('the relay from the event log to Kafka', () => {
  let broker: SuiteBroker;
  const cleanups: Array<() => Promise<unknown>> = [];
  const logger = memoryLogger();

  beforeAll(async () => {
    broker = await suiteBroker();
  }, SUITE_TIMEOUT_MS);

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  }, SUITE_TIMEOUT_MS);

  afterAll(async () => {
    await broker?.dispose();
  }, SUITE_TIMEOUT_MS);

  async function database(): Promise<MessagingDatabase> {
    const database = await messagingDatabase();
    cleanups.push(() => database.db.dispose());
    return database;
  }

  function relayOf(setup: MessagingDatabase, topicPrefix: string, holder: string, leaseMs = 3000): LogRelay {
    const relay = new LogRelay({ store: setup.store, pool: setup.db.database.pool, kafka: kafkaFor(broker.brokers, holder, logger), topicPrefix, topicPartitions: 3, leaseMs, holder, batchSize: 50, logger });
    cleanups.push(() => relay.stop());
    return relay;
  }

  /** Everything on the topics under `topicPrefix` (those that exist now), from the beginning, as it keeps arriving. */
  async function readAll(topicPrefix: string): Promise<Published[]> {
    const seen: Published[] = [];
    const kafka = kafkaFor(broker.brokers, 'reader');
    const admin = kafka.admin();
    await admin.connect();
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(`${topicPrefix}.`));
    await admin.disconnect();
    const consumer: Consumer = kafka.consumer({ groupId: uniqueName('reader'), maxWaitTimeInMs: 200 });
    cleanups.push(() => consumer.disconnect());
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({ eachMessage: async ({ topic, partition, message }) => void seen.push({ topic, partition, message }) });
    return seen;
  }

  /** Resolves once the relay's checkpoint is at the last event of the log. */
  async function publishedAll(setup: MessagingDatabase, relay: LogRelay): Promise<void> {
    const log = await setup.store.readAll();
    const last = log[log.length - 1]!;
    await eventually(async () => expect(compareCheckpoints(await relay.checkpoint(), { transactionId: last.transactionId, position: last.position })).toBe(0), PATIENT_MS, 50);
  }

  async function logCount(setup: MessagingDatabase): Promise<number> {
    return Number((await setup.db.database.pool.query('SELECT count(*) AS n FROM es_events')).rows[0].n);
  }

  it(
    'publishes every event once to its category topic (created with the configured partitions), keyed by stream, in version order per stream, with the envelope in headers and body; the checkpoint reaches the head',
    async () => {
      const setup = await database();
      const prefix = uniqueName('relay');
      await openAndUrgeCase(setup.engine, 'before-start', 2);
      const relay = relayOf(setup, prefix, 'only');
      await relay.start();
      await inParallel(
        Array.from({ length: 16 }, (_, n) => `c${n}`),
        4,
        (caseId) => openAndUrgeCase(setup.engine, caseId, 3),
      );
      await setup.store.append('org-anji', [{ type: 'OrgUnitRenamed', data: { name: '安吉县' } }], { expectedVersion: 'no-stream' });
      await publishedAll(setup, relay);
      const published = await readAll(prefix);
      const total = await logCount(setup);

      await eventually(() => expect(published.length).toBe(total), PATIENT_MS, 100);
      const log = await setup.store.readAll();
      const envelopes = published.map(({ message }) => parseEnvelope(message.value));
      expect(envelopes.map((envelope) => envelope.eventId).sort()).toEqual(log.map((event) => event.id).sort());
      for (const { topic, message } of published) {
        const envelope = parseEnvelope(message.value);
        expect(topic).toBe(`${prefix}.${envelope.category}`);
        expect(message.key?.toString()).toBe(envelope.streamId);
        expect(message.headers?.[HEADERS.eventId]?.toString()).toBe(envelope.eventId);
        expect(message.headers?.[HEADERS.streamVersion]?.toString()).toBe(String(envelope.streamVersion));
        expect(message.headers?.[HEADERS.globalPosition]?.toString()).toBe(String(envelope.globalPosition));
        expect(message.headers?.[HEADERS.transactionId]?.toString()).toBe(envelope.transactionId);
        expect(message.headers?.[HEADERS.actorId]?.toString()).toBe(envelope.streamId === 'org-anji' ? undefined : 'admin');
      }
      const stored = new Map(log.map((event) => [event.id, event]));
      const opened = envelopes.find((envelope) => envelope.eventType === 'CaseOpened' && envelope.streamId === caseStreamId('c3'))!;
      expect(opened).toMatchObject({ actorId: 'admin', commandId: 'open-c3', correlationId: 'open-c3', orgUnitId: 'anji-xilong', data: stored.get(opened.eventId)!.data });
      // One stream, one partition, its versions in order.
      const byStream = new Map<string, { partitions: Set<number>; versions: number[] }>();
      for (const { partition, message } of published) {
        const envelope = parseEnvelope(message.value);
        const entry = byStream.get(envelope.streamId) ?? { partitions: new Set<number>(), versions: [] };
        entry.partitions.add(partition);
        entry.versions.push(envelope.streamVersion);
        byStream.set(envelope.streamId, entry);
      }
      for (const [, { partitions, versions }] of byStream) {
        expect(partitions.size).toBe(1);
        expect(versions).toEqual(versions.map((_, index) => index + 1));
      }
      const admin = kafkaFor(broker.brokers, 'inspect').admin();
      cleanups.push(() => admin.disconnect());
      await admin.connect();
      const metadata = await admin.fetchTopicMetadata({ topics: [`${prefix}.case`, `${prefix}.org`] });
      expect(metadata.topics.map((topic) => topic.partitions.length)).toEqual([3, 3]);
      expect(relay.eventsPublished).toBe(total);
    },
    SUITE_TIMEOUT_MS,
  );

  it(
    'of two relays on one database only the lease holder publishes; when it stops the other takes over from the checkpoint, and Kafka gets every event exactly once',
    async () => {
      const setup = await database();
      const prefix = uniqueName('pair');
      const first = relayOf(setup, prefix, 'first');
      const second = relayOf(setup, prefix, 'second');
      await first.start();
      await eventually(() => expect(first.state).toBe('publishing'), PATIENT_MS, 20);
      await second.start();
      let mostPublishingAtOnce = 0;
      const sampler = setInterval(() => {
        mostPublishingAtOnce = Math.max(mostPublishingAtOnce, [first, second].filter((relay) => relay.state === 'publishing').length);
      }, 5);
      cleanups.push(async () => clearInterval(sampler));

      await inParallel(
        Array.from({ length: 10 }, (_, n) => `a${n}`),
        3,
        (caseId) => openAndUrgeCase(setup.engine, caseId, 2),
      );
      await publishedAll(setup, first);
      expect(second.state).toBe('standby');
      expect(second.eventsPublished).toBe(0);

      await first.stop();
      await eventually(() => expect(second.state).toBe('publishing'), PATIENT_MS, 20);
      await inParallel(
        Array.from({ length: 10 }, (_, n) => `b${n}`),
        3,
        (caseId) => openAndUrgeCase(setup.engine, caseId, 2),
      );
      await publishedAll(setup, second);

      const published = await readAll(prefix);
      await eventually(async () => expect(published.length).toBe(await logCount(setup)), PATIENT_MS, 100);
      const ids = published.map(({ message }) => parseEnvelope(message.value).eventId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(second.eventsPublished).toBeGreaterThan(0);
      expect(first.eventsPublished + second.eventsPublished).toBe(ids.length);
      expect(mostPublishingAtOnce).toBe(1);
    },
    SUITE_TIMEOUT_MS,
  );

  it(
    'a relay stands by while another holder’s lease runs, and publishes once it has expired',
    async () => {
      const setup = await database();
      const prefix = uniqueName('expiry');
      const relay = relayOf(setup, prefix, 'waiting', 600);
      await relay.start(); // creates the tables; takes the free lease
      await eventually(() => expect(relay.state).toBe('publishing'), PATIENT_MS, 20);
      await relay.stop();
      // A holder that died without letting go: its lease runs for two more seconds.
      await setup.db.database.pool.query(
        `UPDATE messaging_leases SET holder = 'crashed', token = token + 1, expires_at = clock_timestamp() + interval '2 seconds' WHERE name = 'relay:log'`,
      );
      const successor = relayOf(setup, prefix, 'successor', 600);
      await successor.start();
      await openAndUrgeCase(setup.engine, 'waits', 1);
      const standingBy = await eventually(async () => {
        expect(successor.state).toBe('standby');
        return true;
      });

      await eventually(() => expect(successor.state).toBe('publishing'), PATIENT_MS, 20);
      await publishedAll(setup, successor);
      const published = await readAll(prefix);
      await eventually(async () => expect(published.length).toBe(await logCount(setup)), PATIENT_MS, 100);
      expect(standingBy).toBe(true);
    },
    SUITE_TIMEOUT_MS,
  );

  it(
    'a holder whose lease was taken over cannot move the checkpoint any more: it stops publishing and stands by',
    async () => {
      const setup = await database();
      const prefix = uniqueName('fenced');
      const relay = relayOf(setup, prefix, 'fenced', 60_000);
      await relay.start();
      await eventually(() => expect(relay.state).toBe('publishing'), PATIENT_MS, 20);
      await openAndUrgeCase(setup.engine, 'one', 1);
      await eventually(async () => expect((await relay.checkpoint()).position).toBeGreaterThan(0), PATIENT_MS, 50);
      const before = await relay.checkpoint();

      await setup.db.database.pool.query(`UPDATE messaging_leases SET holder = 'usurper', token = token + 1 WHERE name = 'relay:log'`);
      await openAndUrgeCase(setup.engine, 'two', 1);

      await eventually(() => expect(relay.state).toBe('standby'), PATIENT_MS, 20);
      expect(await relay.checkpoint()).toEqual(before);
      expect(compareCheckpoints(before, START)).toBe(1);
      expect(logger.lines).toContainEqual(expect.objectContaining({ message: 'relay lease lost: standing by', relay: 'log' }));
    },
    SUITE_TIMEOUT_MS,
  );
});
