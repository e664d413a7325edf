import { KafkaProjectionConsumer, LogRelay } from '@app/messaging';
import { ProjectionRuntime } from '@app/projections';
import { eventually } from '@app/testing';
import {
  activityProjection,
  arrivalCounts,
  arrivalsProjection,
  expectSameActivity,
  kafkaFor,
  memoryLogger,
  messagingDatabase,
  openAndUrgeCase,
  ownBroker,
  PATIENT_MS,
  streamsOutOfOrder,
  SuiteBroker,
  SUITE_TIMEOUT_MS,
  uniqueName,
} from './support/messaging-fixture';

// A broker of this suite's own (free ports, temporary folder) is stopped and started again while
// commands keep coming and the relay keeps publishing.

const RELAY_FAILED = expect.objectContaining({ message: 'relay publishing failed; it resumes from its checkpoint' });

describe('a broker restart while the relay publishes', () => {
  let broker: SuiteBroker;
  const cleanups: Array<() => Promise<unknown>> = [];
  const logger = memoryLogger();

  beforeAll(async () => {
    broker = await ownBroker();
  }, SUITE_TIMEOUT_MS);

  afterAll(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
    await broker?.dispose();
  }, SUITE_TIMEOUT_MS);

  it(
    'loses nothing and applies nothing twice: the read model equals the in-process projector and every event arrived once, in version order per stream',
    async () => {
      const { db, store, engine } = await messagingDatabase();
      cleanups.push(() => db.dispose());
      const pool = db.database.pool;
      const reference = await ProjectionRuntime.create({ store, pool, projections: [activityProjection('activity-reference', 'reference_activity')] });
      cleanups.push(() => reference.close());
      await reference.startAsyncProjectors();
      const fed = await ProjectionRuntime.create({ store, pool, projections: [activityProjection('activity-kafka', 'kafka_activity'), arrivalsProjection()], logger });
      cleanups.push(() => fed.close());
      const topicPrefix = uniqueName('restart');
      const relay = new LogRelay({ store, pool, kafka: kafkaFor(broker.brokers, 'relay', logger), topicPrefix, topicPartitions: 3, leaseMs: 5000, batchSize: 20, retryDelayMs: 200, logger });
      cleanups.push(() => relay.stop());
      await relay.start();
      const consumer = new KafkaProjectionConsumer({
        kafka: kafkaFor(broker.brokers, 'projectors', logger),
        projector: await fed.kafkaProjector(),
        groupId: uniqueName('group'),
        topicPrefix,
        topicRefreshMs: 300,
        retryDelayMs: 200,
        logger,
      });
      cleanups.push(() => consumer.stop());
      await consumer.start();

      let commanding = true;
      let streams = 0;
      const commands = (async () => {
        while (commanding) await openAndUrgeCase(engine, `restart-${streams++}`, 2);
      })();
      await eventually(async () => expect((await arrivalCounts(pool)).distinct).toBeGreaterThan(100), PATIENT_MS, 50);
      const publishedBeforeOutage = relay.eventsPublished;

      await broker.own!.stop();
      const streamsDuringOutage = streams;
      // Long enough for the relay to give a batch up (its producer's retries run out) and to wait
      // for the broker, resuming from its checkpoint: the batch is published again after the restart.
      await eventually(() => expect(logger.lines).toContainEqual(RELAY_FAILED), PATIENT_MS, 100);
      expect(streams).toBeGreaterThan(streamsDuringOutage);
      await broker.own!.restart();
      await eventually(() => expect(relay.eventsPublished).toBeGreaterThan(publishedBeforeOutage + 100), PATIENT_MS * 2, 100);
      commanding = false;
      await commands;

      await eventually(
        async () => {
          const counts = await arrivalCounts(pool);
          expect(counts).toEqual({ events: counts.events, arrivals: counts.events, distinct: counts.events });
          await expectSameActivity(pool, 'kafka_activity', 'reference_activity');
        },
        PATIENT_MS * 2,
        200,
      );
      expect(await streamsOutOfOrder(pool)).toEqual([]);
    },
    SUITE_TIMEOUT_MS * 2,
  );
});
