/**
 * Kafka speed: how fast the relay gets the log to the broker, and how long a command takes to show
 * in a read model fed through Kafka.
 *
 *   npm run bench:kafka                  full run (about 2 minutes)
 *   BENCH_QUICK=1 npm run bench:kafka    short run (under a minute)
 *
 * Runs on the server of DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) in a
 * scratch database `bench_kafka_<random>` dropped at the end, and on the broker KAFKA_BROKERS names,
 * or else on a broker of its own started with scripts/kafka/broker.js on free loopback ports in a
 * temporary folder (stopped and removed at the end). stdout carries one JSON object per
 * measurement; progress goes to stderr.
 *
 * relay-throughput: the log is prefilled (events of 2,000 case streams, in appends of 100), then
 * the relay publishes it from its checkpoint to the head; eventsPerSec counts events acknowledged
 * by the broker (acks = all) with their checkpoint recorded. The baseline, in the same run, sends
 * the very same messages with a bare idempotent kafkajs producer in the same batch size, without
 * reading the log or recording anything: `ratio` = relay / baseline, the relay's time counted from
 * its start (tables, lease, connections, topics) and the producer's from its first send;
 * `steadyRatio` compares both from their first acknowledged batch to their last.
 *
 * kafka-e2e-lag: relay and projection consumer run as in the distributed setup (the relay on a
 * pool and store of its own, woken by the appends' NOTIFY as a worker would be); commands (催办,
 * one event each, on max(200, BENCH_RATE) open cases, so no case gets more than one a second) go
 * through the workflow engine at BENCH_RATE per second (default 200), fired on schedule whether
 * or not earlier ones have finished. Lag is from the command accepted (the engine's answer) to
 * the read-model transaction that applied its event committed, through Kafka. `cpuMsPerCommand`
 * is the CPU this process and the whole machine (PostgreSQL and the broker with it) spent per
 * command while they were sent: `cores` × 1,000 over the machine's figure is the rate at which the
 * machine has no CPU left, past which the lag grows without bound. Target: p99 ≤ 50 ms at 2,000
 * commands/s with no command failing.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDatabase, Database, migrate } from '@app/database';
import { EVENT_STORE_MIGRATIONS, EventToAppend, PostgresEventStore } from '@app/event-store';
import { createKafkaClient, KafkaProjectionConsumer, LogRelay, toMessage, topicFor } from '@app/messaging';
import { defineProjection, ProjectionRuntime, streamActivityProjection } from '@app/projections';
import { caseStreamId, registerSupervisionWorkflows } from '@app/supervision';
import { Actor, loadChinaCalendar, SettableClock } from '@app/workflow';
import { TimerStore, WORKFLOW_MIGRATIONS, WorkflowEngine } from '@app/workflow-runtime';
import { Kafka, Message, Partitioners } from 'kafkajs';
import { Pool } from 'pg';
import { ensureBroker } from '../scripts/kafka/broker';
import { cpuMeter, databaseUrl, emit, fmt, log, percentile, positiveInt, QUICK, redact, round, withAdmin } from './bench-support';

const PARTITIONS = positiveInt(process.env.BENCH_PARTITIONS, 6);
const RELAY_BATCH = positiveInt(process.env.BENCH_RELAY_BATCH, 500);
const RATE = positiveInt(process.env.BENCH_RATE, 200);
const PREFILL = QUICK ? 20_000 : 100_000;
const LAG_SECONDS = QUICK ? 10 : 30;
const LAG_TARGET_P99_MS = 50;
const LAG_TARGET_RATE = 2000;
/** Open cases the commands go to: one command per case a second at most, as on a real system. */
const LAG_CASES = Math.max(200, RATE);
const ADMIN: Actor = { userId: 'admin', roles: ['admin'] };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const port = (server.address() as { port: number }).port;
  await new Promise((closed) => server.close(closed));
  return port;
}

async function brokerForBench(): Promise<{ brokers: string[]; stop(): Promise<void> }> {
  const given = process.env.KAFKA_BROKERS;
  if (given) return { brokers: given.split(',').map((address) => address.trim()), stop: async () => undefined };
  const dataDir = mkdtempSync(join(tmpdir(), 'kafka-bench-'));
  const port = await freePort();
  let controllerPort = await freePort();
  while (controllerPort === port) controllerPort = await freePort();
  log(`starting a broker on 127.0.0.1:${port} (data in ${dataDir})`);
  const broker = await ensureBroker({ port, controllerPort, dataDir, quiet: true });
  return {
    brokers: broker.brokers,
    stop: async () => {
      await broker.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function quietKafka(brokers: string[], clientId: string): Kafka {
  return createKafkaClient({ brokers, clientId });
}

async function prefill(store: PostgresEventStore, events: number): Promise<void> {
  const streams = 2000;
  const perAppend = 100;
  const appends = events / perAppend;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < appends) {
      const n = next++;
      const batch: EventToAppend[] = Array.from({ length: perAppend }, (_, index) => ({
        type: 'CaseUrged',
        data: { caseId: `p${n % streams}`, urgeNumber: index + 1, message: '请于三个工作日内反馈整改进展', urgedBy: 'admin' },
        metadata: { actorId: 'admin', commandId: `prefill-${n}`, correlationId: `prefill-${n}`, causationId: `prefill-${n}`, orgUnitId: 'anji' },
      }));
      await store.append(caseStreamId(`p${n % streams}`), batch);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
}

async function relayThroughput(store: PostgresEventStore, pool: Pool, brokers: string[]): Promise<void> {
  log(`relay-throughput: prefilling ${fmt(PREFILL)} events`);
  await prefill(store, PREFILL);

  // Baseline: the same messages through a bare idempotent producer, in the relay's batch size.
  const messages: Message[] = (await store.readAll({ limit: PREFILL })).map(toMessage);
  const baselineTopic = topicFor(`bench-baseline-${randomBytes(3).toString('hex')}`, 'case');
  const kafka = quietKafka(brokers, 'bench-baseline');
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic: baselineTopic, numPartitions: PARTITIONS }] });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const baselineStart = performance.now();
  let baselineFirstAck = 0;
  for (let offset = 0; offset < messages.length; offset += RELAY_BATCH) {
    await producer.sendBatch({ acks: -1, topicMessages: [{ topic: baselineTopic, messages: messages.slice(offset, offset + RELAY_BATCH) }] });
    if (baselineFirstAck === 0) baselineFirstAck = performance.now();
  }
  const baselineEnd = performance.now();
  const baselineSeconds = (baselineEnd - baselineStart) / 1000;
  await producer.disconnect();
  await admin.deleteTopics({ topics: [baselineTopic] }).catch(() => undefined);
  await admin.disconnect();

  let done: () => void = () => undefined;
  const reachedHead = new Promise<void>((resolve) => (done = resolve));
  let started = 0;
  let firstBatch = 0;
  let published = 0;
  const relay = new LogRelay({
    store,
    pool,
    kafka: quietKafka(brokers, 'bench-relay'),
    topicPrefix: `bench-${randomBytes(3).toString('hex')}`,
    topicPartitions: PARTITIONS,
    leaseMs: 10_000,
    batchSize: RELAY_BATCH,
    name: 'bench',
    onPublished: (batch) => {
      if (started === 0) {
        started = performance.now();
        firstBatch = batch.events.length;
      }
      // Counted, not compared with the head: the last batch in log order need not hold the
      // highest position (concurrent appends commit out of position order).
      published += batch.events.length;
      if (published >= PREFILL) done();
    },
  });
  const start = performance.now();
  await relay.start();
  await reachedHead;
  const end = performance.now();
  const seconds = (end - start) / 1000;
  await relay.stop();
  const eventsPerSec = PREFILL / seconds;
  const baselinePerSec = messages.length / baselineSeconds;
  // From the first acknowledged batch to the last, on both sides: the relay's start (its tables,
  // the lease, connecting, the topics) and the producer's first request left out alike.
  const steadyPerSec = (PREFILL - firstBatch) / ((end - started) / 1000);
  const baselineSteadyPerSec = (messages.length - Math.min(RELAY_BATCH, messages.length)) / ((baselineEnd - baselineFirstAck) / 1000);
  emit({
    name: 'relay-throughput',
    eventsPerSec: round(eventsPerSec),
    baselinePerSec: round(baselinePerSec),
    ratio: round(eventsPerSec / baselinePerSec, 3),
    events: PREFILL,
    seconds: round(seconds, 2),
    batchSize: RELAY_BATCH,
    partitions: PARTITIONS,
    firstBatchAfterMs: round(started - start, 1),
    steadyPerSec: round(steadyPerSec),
    baselineSteadyPerSec: round(baselineSteadyPerSec),
    steadyRatio: round(steadyPerSec / baselineSteadyPerSec, 3),
  });
}

async function endToEndLag(database: Database, relayDatabase: Database, brokers: string[]): Promise<void> {
  const store = new PostgresEventStore(database.pool, { notifyOtherProcesses: true, preparedStatements: true });
  const engine = new WorkflowEngine(store, new TimerStore(database.pool), new SettableClock('2026-03-02T02:00:00.000Z'), loadChinaCalendar());
  registerSupervisionWorkflows(engine);
  const cases = Array.from({ length: LAG_CASES }, (_, n) => `lag-${n}`);
  log(`kafka-e2e-lag: opening ${fmt(cases.length)} cases`);
  let nextCase = 0;
  const opener = async (): Promise<void> => {
    for (let index = nextCase++; index < cases.length; index = nextCase++) await openCase(cases[index]!);
  };
  const openCase = async (caseId: string): Promise<void> => {
    await engine.handle(
      'case',
      caseStreamId(caseId),
      {
        type: 'OpenCase',
        caseId,
        title: `整改事项 ${caseId}`,
        description: '限期整改',
        severity: 'medium',
        source: { kind: 'direct' },
        responsibleUnitId: 'anji-xilong',
        unitChain: ['anji-xilong', 'anji', 'huzhou'],
        dueWorkingDays: 5,
      },
      { actor: ADMIN, commandId: `open-${caseId}` },
    );
    await engine.handle('case', caseStreamId(caseId), { type: 'AssignCase' }, { actor: ADMIN, commandId: `assign-${caseId}` });
  };
  await Promise.all(Array.from({ length: 8 }, opener));

  // The relay and the consumer as a worker runs them: a pool and a store of their own.
  const relayStore = new PostgresEventStore(relayDatabase.pool, { notifyOtherProcesses: true });
  const topicPrefix = `lag-${randomBytes(3).toString('hex')}`;
  // Where each event's lag goes: accepted → acknowledged by the broker (the relay's part), then
  // → applied (the consumer's).
  const publishedAt = new Map<string, number>();
  const relay = new LogRelay({
    store: relayStore,
    pool: relayDatabase.pool,
    kafka: quietKafka(brokers, 'lag-relay'),
    topicPrefix,
    topicPartitions: PARTITIONS,
    leaseMs: 10_000,
    name: 'lag',
    onPublished: (batch) => {
      const now = performance.now();
      for (const event of batch.events) publishedAt.set(event.id, now);
    },
  });
  const pendingApply: string[] = [];
  const appliedAt = new Map<string, number>();
  const probe = defineProjection({
    name: 'lag-probe',
    kind: 'async',
    entities: [],
    migrations: [{ name: 'LagProbe_1767225600000', up: async () => undefined, down: async () => undefined }],
    async apply(events) {
      for (const event of events) pendingApply.push(event.id);
    },
  });
  const runtime = await ProjectionRuntime.create({ store: relayStore, pool: relayDatabase.pool, projections: [probe, streamActivityProjection({ kind: 'async', name: 'activity-lag', tablePrefix: 'lag_activity' })] });
  const consumer = new KafkaProjectionConsumer({
    kafka: quietKafka(brokers, 'lag-consumer'),
    projector: await runtime.kafkaProjector(),
    groupId: `lag-${randomBytes(3).toString('hex')}`,
    topicPrefix,
    topicRefreshMs: 500,
    onApplied: () => {
      const now = performance.now();
      for (const id of pendingApply.splice(0)) appliedAt.set(id, now);
    },
  });
  const logged = Number((await database.pool.query('SELECT count(*) AS n FROM es_events')).rows[0].n);
  await relay.start();
  await new Promise<void>((resolve) => {
    const check = setInterval(async () => {
      if (relay.eventsPublished >= logged) {
        clearInterval(check);
        resolve();
      }
    }, 100);
  });
  await consumer.start();
  // Wait for the group to settle and the opening events to be through.
  const opened = Number((await database.pool.query('SELECT count(*) AS n FROM es_events')).rows[0].n);
  while (appliedAt.size < opened) await new Promise((resolve) => setTimeout(resolve, 100));
  appliedAt.clear();

  log(`kafka-e2e-lag: ${RATE} commands/s for ${LAG_SECONDS} s`);
  const accepted = new Map<string, number>();
  const inFlight: Promise<void>[] = [];
  const total = RATE * LAG_SECONDS;
  const cpu = cpuMeter();
  const start = performance.now();
  let failures = 0;
  let firstFailure: unknown;
  for (let n = 0; n < total; n++) {
    const due = start + (n * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const caseId = cases[n % cases.length]!;
    inFlight.push(
      engine
        .handle('case', caseStreamId(caseId), { type: 'UrgeCase', message: `第${n}次催办` }, { actor: ADMIN, commandId: `urge-${n}` })
        .then((result) => {
          const at = performance.now();
          for (const event of result.events) accepted.set(event.id, at);
        })
        .catch((error: unknown) => {
          failures += 1;
          firstFailure ??= error;
        }),
    );
  }
  await Promise.all(inFlight);
  const spent = cpu();
  if (firstFailure !== undefined) log(`kafka-e2e-lag: ${fmt(failures)} commands failed, the first with ${firstFailure instanceof Error ? firstFailure.message : String(firstFailure)}`);
  const sendSeconds = (performance.now() - start) / 1000;
  const deadline = performance.now() + 60_000;
  while ([...accepted.keys()].some((id) => !appliedAt.has(id)) && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  const lags = [...accepted.entries()].filter(([id]) => appliedAt.has(id)).map(([id, at]) => Math.max(0, appliedAt.get(id)! - at));
  const p99 = percentile(lags, 0.99);
  const relayLags = [...accepted.entries()].filter(([id]) => publishedAt.has(id)).map(([id, at]) => Math.max(0, publishedAt.get(id)! - at));
  const consumerLags = [...publishedAt.entries()].filter(([id]) => appliedAt.has(id) && accepted.has(id)).map(([id, at]) => Math.max(0, appliedAt.get(id)! - at));
  emit({
    name: 'kafka-e2e-lag',
    eventsPerSec: round(accepted.size / sendSeconds),
    targetCommandsPerSec: RATE,
    commands: total,
    failedCommands: failures,
    eventsApplied: lags.length,
    p50Ms: round(percentile(lags, 0.5), 1),
    p99Ms: round(p99, 1),
    maxMs: round(Math.max(...lags), 1),
    relayP50Ms: round(percentile(relayLags, 0.5), 1),
    relayP99Ms: round(percentile(relayLags, 0.99), 1),
    consumerP50Ms: round(percentile(consumerLags, 0.5), 1),
    consumerP99Ms: round(percentile(consumerLags, 0.99), 1),
    partitions: PARTITIONS,
    cases: cases.length,
    // While the commands were sent: this process (commands, relay, consumer) and the whole machine
    // (with PostgreSQL and the broker), per command; 1,000 over the machine's figure is about the
    // most commands a second one core could carry.
    cpuMsPerCommand: { process: round(spent.clientUs / 1000 / total, 2), machine: round(spent.machineUs / 1000 / total, 2) },
    cores: cpus().length,
    target: `p99 <= ${LAG_TARGET_P99_MS} ms at ${LAG_TARGET_RATE} commands/s, none failed`,
    meetsTarget: RATE >= LAG_TARGET_RATE && failures === 0 && lags.length === accepted.size && p99 <= LAG_TARGET_P99_MS,
  });
  await consumer.stop();
  await relay.stop();
  await runtime.close();
}

async function main(): Promise<void> {
  const name = `bench_kafka_${randomBytes(4).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
  log(`scratch database ${redact(databaseUrl(name))}${QUICK ? ' (quick run)' : ''}`);
  const broker = await brokerForBench();
  const databases: Database[] = [];
  const cleanUp = async (): Promise<void> => {
    for (const database of databases.splice(0)) await database.close().catch(() => undefined);
    await broker.stop().catch(() => undefined);
    await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch(() => undefined);
  };
  const interrupted = (): void => void cleanUp().finally(() => process.exit(130));
  process.once('SIGINT', interrupted);
  try {
    const database = await createDatabase({ url: databaseUrl(name), poolSize: 10 });
    databases.push(database);
    const relayDatabase = await createDatabase({ url: databaseUrl(name), poolSize: 5 });
    databases.push(relayDatabase);
    await migrate(database.pool, 'event-store', EVENT_STORE_MIGRATIONS);
    await migrate(database.pool, 'workflow', WORKFLOW_MIGRATIONS);
    await relayThroughput(new PostgresEventStore(database.pool, { notifyOtherProcesses: true, preparedStatements: true }), database.pool, broker.brokers);
    await endToEndLag(database, relayDatabase, broker.brokers);
  } finally {
    process.off('SIGINT', interrupted);
    await cleanUp();
  }
}

main().catch((error: unknown) => {
  log(String(error instanceof Error ? error.stack : error));
  process.exit(1);
});
