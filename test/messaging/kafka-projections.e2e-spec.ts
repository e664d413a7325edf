import { KafkaProjectionConsumer, LogRelay, toMessage } from '@app/messaging';
import { KafkaProjector, ProjectionDefinition, ProjectionRuntime } from '@app/projections';
import { caseStreamId } from '@app/supervision';
import { eventually } from '@app/testing';
import request from 'supertest';
import { createApiTestApp, testConfig } from '../app/api-test-app';
import {
  activityProjection,
  arrivalCounts,
  arrivalsProjection,
  expectSameActivity,
  inParallel,
  kafkaFor,
  memoryLogger,
  MessagingDatabase,
  messagingDatabase,
  openAndUrgeCase,
  PATIENT_MS,
  streamsOutOfOrder,
  suiteBroker,
  SuiteBroker,
  SUITE_TIMEOUT_MS,
  uniqueName,
} from './support/messaging-fixture';

// The async projections fed from Kafka (relay → topics → consumer group → KafkaProjector) against
// the same projections followed in-process, on a real PostgreSQL server and a real broker.

describe('async projections fed from Kafka', () => {
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

  /** A database, a runtime whose async projections come from Kafka, and one following the log in-process for reference. */
  async function setUp(fedFromKafka: ProjectionDefinition[]): Promise<MessagingDatabase & { kafkaRuntime: ProjectionRuntime; projector: KafkaProjector; topicPrefix: string }> {
    const database = await messagingDatabase();
    cleanups.push(() => database.db.dispose());
    const reference = await ProjectionRuntime.create({ store: database.store, pool: database.db.database.pool, projections: [activityProjection('activity-reference', 'reference_activity')] });
    cleanups.push(() => reference.close());
    await reference.startAsyncProjectors();
    const kafkaRuntime = await ProjectionRuntime.create({ store: database.store, pool: database.db.database.pool, projections: fedFromKafka, logger });
    cleanups.push(() => kafkaRuntime.close());
    return { ...database, kafkaRuntime, projector: await kafkaRuntime.kafkaProjector(), topicPrefix: uniqueName('t') };
  }

  async function startRelay(setup: MessagingDatabase & { topicPrefix: string }, name?: string): Promise<LogRelay> {
    const relay = new LogRelay({
      store: setup.store,
      pool: setup.db.database.pool,
      kafka: kafkaFor(broker.brokers, 'relay', logger),
      topicPrefix: setup.topicPrefix,
      topicPartitions: 4,
      leaseMs: 3000,
      name,
      logger,
    });
    await relay.start();
    cleanups.push(() => relay.stop());
    return relay;
  }

  async function startConsumer(setup: { projector: KafkaProjector; topicPrefix: string }, groupId: string): Promise<KafkaProjectionConsumer> {
    const consumer = new KafkaProjectionConsumer({
      kafka: kafkaFor(broker.brokers, 'projectors', logger),
      projector: setup.projector,
      groupId,
      topicPrefix: setup.topicPrefix,
      topicRefreshMs: 300,
      rebuildCheckMs: 300,
      retryDelayMs: 200,
      logger,
    });
    await consumer.start();
    cleanups.push(() => consumer.stop());
    return consumer;
  }

  async function caughtUp(setup: MessagingDatabase): Promise<void> {
    await eventually(
      async () => {
        const counts = await arrivalCounts(setup.db.database.pool);
        expect(counts).toEqual({ events: counts.events, arrivals: counts.events, distinct: counts.events });
        await expectSameActivity(setup.db.database.pool, 'kafka_activity', 'reference_activity');
      },
      PATIENT_MS,
      200,
    );
  }

  it(
    'commands through the workflow engine reach the read model through the relay and Kafka, equal to the in-process projector, every event once and each stream in version order',
    async () => {
      const setup = await setUp([activityProjection('activity-kafka', 'kafka_activity'), arrivalsProjection()]);
      await startRelay(setup);
      await startConsumer(setup, uniqueName('group'));

      const cases = Array.from({ length: 24 }, (_, n) => `e2e-${n}`);
      await inParallel(cases, 6, (caseId) => openAndUrgeCase(setup.engine, caseId, 4));
      await setup.store.append('org-huzhou', [{ type: 'OrgUnitRenamed', data: { name: '湖州市' } }]);

      await caughtUp(setup);
      const pool = setup.db.database.pool;
      expect(await streamsOutOfOrder(pool)).toEqual([]);
      const counts = await arrivalCounts(pool);
      expect(counts.events).toBe(24 * 6 + 1);
    },
    SUITE_TIMEOUT_MS,
  );

  it(
    'commands over HTTP reach the read model through the relay and Kafka, equal to the in-process projector, each stream in version order',
    async () => {
      const setup = await setUp([activityProjection('activity-kafka', 'kafka_activity'), arrivalsProjection()]);
      await startRelay(setup);
      await startConsumer(setup, uniqueName('group'));
      const app = await createApiTestApp(setup.db.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '100' }) });
      cleanups.push(() => app.close());
      const login = await request(app.getHttpServer()).post('/auth/login').send({ username: 'admin', password: 'huzhou-demo' }).expect(200);
      const post = (path: string, body: object = {}) =>
        request(app.getHttpServer()).post(path).set('Authorization', `Bearer ${login.body.accessToken}`).send(body);

      const caseIds: string[] = [];
      for (let n = 0; n < 8; n++) {
        const opened = await post('/cases', { title: `河道保洁 ${n}`, description: '限期整改', severity: 'medium', responsibleUnitId: 'anji-xilong', dueWorkingDays: 5 }).expect(201);
        caseIds.push(opened.body.id);
        await post(`/cases/${opened.body.id}/assign`).expect(200);
        await post(`/cases/${opened.body.id}/urge`, { message: '请尽快整改' }).expect(200);
      }

      await caughtUp(setup);
      const pool = setup.db.database.pool;
      expect(await streamsOutOfOrder(pool)).toEqual([]);
      const { rows } = await pool.query<{ stream_id: string; event_count: number }>(
        `SELECT stream_id, event_count FROM kafka_activity_streams WHERE stream_id = ANY ($1::text[]) ORDER BY stream_id`,
        [caseIds.map((caseId) => caseStreamId(caseId))],
      );
      expect(rows.map((row) => Number(row.event_count))).toEqual(caseIds.map(() => 3));
    },
    SUITE_TIMEOUT_MS,
  );

  it(
    'two consumers of one group split the partitions, and every event is applied exactly once, each stream in version order',
    async () => {
      const setup = await setUp([activityProjection('activity-kafka', 'kafka_activity'), arrivalsProjection()]);
      await startRelay(setup);
      // Topics exist before the consumers subscribe, so that the group settles once.
      await openAndUrgeCase(setup.engine, 'first', 1);
      const group = uniqueName('group');
      const first = await startConsumer(setup, group);
      const second = await startConsumer(setup, group);
      await eventually(
        () => {
          expect(first.assignment.length).toBeGreaterThan(0);
          expect(second.assignment.length).toBeGreaterThan(0);
        },
        PATIENT_MS,
        100,
      );

      await inParallel(
        Array.from({ length: 30 }, (_, n) => `pair-${n}`),
        6,
        (caseId) => openAndUrgeCase(setup.engine, caseId, 3),
      );

      await caughtUp(setup);
      expect(await streamsOutOfOrder(setup.db.database.pool)).toEqual([]);
      const partitions = [...first.assignment, ...second.assignment].map((tp) => `${tp.topic}#${tp.partition}`);
      expect(new Set(partitions).size).toBe(partitions.length);
    },
    SUITE_TIMEOUT_MS,
  );

  it(
    'a batch delivered again, and copies the relay published again at new offsets, change nothing',
    async () => {
      const setup = await setUp([activityProjection('activity-kafka', 'kafka_activity'), arrivalsProjection()]);
      await openAndUrgeCase(setup.engine, 'again', 3);
      const events = await setup.store.readAll();
      const topic = `${setup.topicPrefix}.case`;
      const batch = { topic, partition: 0, category: 'case', messages: events.map((event, index) => ({ offset: String(index), event })) };

      expect(await setup.projector.applyBatch(batch)).toEqual({ kind: 'applied', applied: events.length * 2, skipped: 0 });
      expect(await setup.projector.applyBatch(batch)).toEqual({ kind: 'applied', applied: 0, skipped: events.length * 2 });
      // The relay crashed after the broker stored the batch and before its checkpoint moved: the same
      // events come again after the originals, at the next offsets.
      const copies = { ...batch, messages: events.map((event, index) => ({ offset: String(events.length + index), event })) };
      expect(await setup.projector.applyBatch(copies)).toEqual({ kind: 'applied', applied: 0, skipped: events.length * 2 });
      // A message that is not an event moves the guard on.
      expect(await setup.projector.applyBatch({ ...batch, messages: [{ offset: String(events.length * 2), event: undefined }] })).toEqual({ kind: 'applied', applied: 0, skipped: 2 });

      const pool = setup.db.database.pool;
      await eventually(() => expectSameActivity(pool, 'kafka_activity', 'reference_activity'), PATIENT_MS);
      expect(await arrivalCounts(pool)).toEqual({ events: events.length, arrivals: events.length, distinct: events.length });
      // A gap before the batch (offsets never applied) asks for the partition to be read from the guard.
      expect(await setup.projector.applyBatch({ ...batch, messages: [{ offset: '40', event: events[0]! }] })).toEqual({ kind: 'rewind', offset: String(events.length * 2 + 1) });
      expect(toMessage(events[0]!).key).toBe(caseStreamId('again'));
    },
    SUITE_TIMEOUT_MS,
  );

  it(
    'a rebuild swapped in while the consumer runs: events up to its checkpoint are skipped, the partitions are read again after it, and the read model equals the in-process one',
    async () => {
      const setup = await setUp([activityProjection('activity-kafka', 'kafka_activity'), arrivalsProjection()]);
      await startRelay(setup);
      await startConsumer(setup, uniqueName('group'));
      await inParallel(
        Array.from({ length: 12 }, (_, n) => `before-${n}`),
        4,
        (caseId) => openAndUrgeCase(setup.engine, caseId, 3),
      );
      await eventually(async () => expect((await arrivalCounts(setup.db.database.pool)).distinct).toBeGreaterThan(20), PATIENT_MS, 100);

      let appending = true;
      const during = (async () => {
        for (let n = 0; appending || n < 6; n++) await openAndUrgeCase(setup.engine, `during-${n}`, 2);
      })();
      const report = await setup.kafkaRuntime.rebuild('activity-kafka');
      appending = false;
      await during;
      await inParallel(
        Array.from({ length: 6 }, (_, n) => `after-${n}`),
        3,
        (caseId) => openAndUrgeCase(setup.engine, caseId, 2),
      );

      expect(report.eventsApplied).toBeGreaterThan(0);
      await caughtUp(setup);
      expect(logger.lines).toContainEqual(expect.objectContaining({ message: 'projection rebuilt: reading the partition again from its start', projection: 'activity-kafka' }));
    },
    SUITE_TIMEOUT_MS,
  );

  it(
    'a projection added to a group that has consumed the topics already catches up from the start of every partition',
    async () => {
      const group = uniqueName('group');
      const setup = await setUp([arrivalsProjection()]);
      await startRelay(setup);
      const early = await startConsumer(setup, group);
      await inParallel(
        Array.from({ length: 10 }, (_, n) => `early-${n}`),
        4,
        (caseId) => openAndUrgeCase(setup.engine, caseId, 2),
      );
      await eventually(async () => {
        const counts = await arrivalCounts(setup.db.database.pool);
        expect(counts.distinct).toBe(counts.events);
      }, PATIENT_MS, 100);
      await early.stop();

      const later = await ProjectionRuntime.create({ store: setup.store, pool: setup.db.database.pool, projections: [arrivalsProjection(), activityProjection('activity-kafka', 'kafka_activity')] });
      cleanups.push(() => later.close());
      await startConsumer({ projector: await later.kafkaProjector(), topicPrefix: setup.topicPrefix }, group);
      await openAndUrgeCase(setup.engine, 'late', 1);

      await caughtUp(setup);
    },
    SUITE_TIMEOUT_MS,
  );
});
