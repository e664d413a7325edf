import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '@app/database';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore } from '@app/event-store';
import { createKafkaClient, MessagingLogger } from '@app/messaging';
import { caseStreamId, registerSupervisionWorkflows } from '@app/supervision';
import { createServerTestDatabase, TestDatabase } from '@app/testing';
import { Actor, loadChinaCalendar, SettableClock } from '@app/workflow';
import { TimerStore, WORKFLOW_MIGRATIONS, WorkflowEngine } from '@app/workflow-runtime';
import { Kafka } from 'kafkajs';
import { Pool } from 'pg';
import { ensureBroker, RunningBroker } from '../../../scripts/kafka/broker';

export { activityProjection, arrivalsProjection } from './reference-read-models';

export const PATIENT_MS = 90_000;
export const SUITE_TIMEOUT_MS = 300_000;

/** The PostgreSQL server the suites make their databases on (`npm test` sets TEST_DATABASE_URL). */
export function serverUrl(): string {
  return process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/**
 * A broker for one suite: the one KAFKA_BROKERS names, or a Kafka of its own on free loopback
 * ports with its data in a temporary folder (started with scripts/kafka/broker.js, stopped and
 * removed after the suite). A broker that does not start fails the suite.
 */
export interface SuiteBroker {
  readonly brokers: string[];
  /** Undefined when the broker is someone else's (KAFKA_BROKERS). */
  readonly own: { stop(): Promise<void>; restart(): Promise<void> } | undefined;
  dispose(): Promise<void>;
}

export async function suiteBroker(): Promise<SuiteBroker> {
  const given = process.env['KAFKA_BROKERS'];
  if (given) return { brokers: given.split(',').map((address) => address.trim()), own: undefined, dispose: async () => undefined };
  return ownBroker();
}

/** A broker of the suite's own, always (for stopping and restarting it). */
export async function ownBroker(): Promise<SuiteBroker> {
  const [port, controllerPort] = await freePorts(2);
  const dataDir = mkdtempSync(join(tmpdir(), 'kafka-messaging-'));
  const options = { port: port!, controllerPort: controllerPort!, dataDir, quiet: true };
  let broker: RunningBroker | undefined = await ensureBroker(options);
  return {
    brokers: broker.brokers,
    own: {
      stop: async () => {
        await broker?.stop();
        broker = undefined;
      },
      restart: async () => {
        broker = await ensureBroker(options);
      },
    },
    dispose: async () => {
      await broker?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function freePorts(count: number): Promise<number[]> {
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

export function uniqueName(what: string): string {
  return `${what}-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
}

/** Kafka client for a suite: retries that outlast a broker restart, kafkajs's own logs kept quiet. */
export function kafkaFor(brokers: readonly string[], clientId: string, logger?: MessagingLogger): Kafka {
  return createKafkaClient({ brokers, clientId, logger });
}

/** Collects log lines (the suites print them when something fails). */
export function memoryLogger(): MessagingLogger & { lines: object[] } {
  const lines: object[] = [];
  return { lines, log: (line) => lines.push(line), warn: (line) => lines.push(line), error: (line) => lines.push(line) };
}

export interface MessagingDatabase {
  readonly db: TestDatabase;
  readonly store: PostgresEventStore;
  readonly engine: WorkflowEngine;
}

/** A fresh server database with the event store and the workflow engine (supervision workflows). */
export async function messagingDatabase(): Promise<MessagingDatabase> {
  const db = await createServerTestDatabase(serverUrl(), 30);
  await migrate(db.database.pool, 'event-store', EVENT_STORE_MIGRATIONS);
  await migrate(db.database.pool, 'workflow', WORKFLOW_MIGRATIONS);
  const store = new PostgresEventStore(db.database.pool, { notifyOtherProcesses: true });
  const engine = new WorkflowEngine(store, new TimerStore(db.database.pool), new SettableClock('2026-03-02T02:00:00.000Z'), loadChinaCalendar());
  registerSupervisionWorkflows(engine);
  return { db, store, engine };
}

const ADMIN: Actor = { userId: 'admin', roles: ['admin'] };

/**
 * 督办 cases through the workflow engine: each opened, assigned and urged `urges` times (each
 * command with a fixed id, so running it again appends nothing).
 */
export async function openAndUrgeCase(engine: WorkflowEngine, caseId: string, urges: number, firstUrge = 1): Promise<void> {
  const streamId = caseStreamId(caseId);
  if (firstUrge === 1) {
    await engine.handle(
      'case',
      streamId,
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
      { actor: ADMIN, commandId: `open-${caseId}`, orgUnitId: 'anji-xilong' },
    );
    await engine.handle('case', streamId, { type: 'AssignCase' }, { actor: ADMIN, commandId: `assign-${caseId}` });
  }
  for (let urge = firstUrge; urge < firstUrge + urges; urge++) {
    await engine.handle('case', streamId, { type: 'UrgeCase', message: `第${urge}次催办` }, { actor: ADMIN, commandId: `urge-${caseId}-${urge}` });
  }
}

/** Runs `work` for each item with at most `concurrency` at a time. */
export async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

/** Rows of a table in a fixed order, for comparing two read models' tables. */
export async function rowsOf(pool: Pool, table: string, orderBy: string): Promise<unknown[]> {
  return (await pool.query(`SELECT * FROM ${table} ORDER BY ${orderBy}`)).rows;
}

/** Asserts that the two stream-activity read models are equal, row for row. */
export async function expectSameActivity(pool: Pool, kafkaPrefix: string, referencePrefix: string): Promise<void> {
  expect(await rowsOf(pool, `${kafkaPrefix}_streams`, 'stream_id')).toEqual(await rowsOf(pool, `${referencePrefix}_streams`, 'stream_id'));
  expect(await rowsOf(pool, `${kafkaPrefix}_categories`, 'category')).toEqual(await rowsOf(pool, `${referencePrefix}_categories`, 'category'));
}

/** Events in the log, arrivals recorded, and arrivals of an event more than once. */
export async function arrivalCounts(pool: Pool, table = 'test_arrivals'): Promise<{ events: number; arrivals: number; distinct: number }> {
  const { rows } = await pool.query<{ events: string; arrivals: string; distinct: string }>(
    `SELECT (SELECT count(*) FROM es_events) AS events, count(*) AS arrivals, count(DISTINCT event_id) AS distinct FROM ${table}`,
  );
  return { events: Number(rows[0]!.events), arrivals: Number(rows[0]!.arrivals), distinct: Number(rows[0]!.distinct) };
}

/** Streams whose events were recorded out of version order (should be none). */
export async function streamsOutOfOrder(pool: Pool, table = 'test_arrivals'): Promise<string[]> {
  const { rows } = await pool.query<{ stream_id: string }>(
    `SELECT DISTINCT stream_id FROM (
       SELECT stream_id, version, lag(version) OVER (PARTITION BY stream_id ORDER BY seq) AS previous FROM ${table}
     ) ordered WHERE previous IS NOT NULL AND version <= previous`,
  );
  return rows.map((row) => row.stream_id);
}
