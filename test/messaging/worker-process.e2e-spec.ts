import { ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { ProjectionRuntime } from '@app/projections';
import { eventually } from '@app/testing';
import { Admin, AssignerProtocol } from 'kafkajs';
import { TEST_JWT_SECRET } from '../app/api-test-app';
import {
  activityProjection,
  arrivalCounts,
  expectSameActivity,
  kafkaFor,
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

const ROOT = resolve(__dirname, '../..');
const HARNESS = join(__dirname, 'support/worker-with-reference-read-models.ts');

interface WorkerProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  output(): string;
}

function startWorker(env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', HARNESS], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, exited, output: () => output };
}

/** Partitions per member of the group, as the broker assigned them. */
async function groupAssignment(admin: Admin, group: string): Promise<number[]> {
  const { groups } = await admin.describeGroups([group]);
  return groups[0]!.members.map((member) => {
    const assignment = AssignerProtocol.MemberAssignment.decode(member.memberAssignment);
    return Object.values(assignment?.assignment ?? {}).flat().length;
  });
}

/**
 * Worker processes (the worker module as main.ts runs it, with the reference read models added)
 * with KAFKA_BROKERS set: the relay runs in one of them at a time, the async projections come from
 * the consumer group they form.
 */
describe('worker processes with Kafka', () => {
  let broker: SuiteBroker;
  let setup: MessagingDatabase;
  let admin: Admin;
  const workers: WorkerProcess[] = [];
  const cleanups: Array<() => Promise<unknown>> = [];

  beforeAll(async () => {
    broker = await suiteBroker();
    setup = await messagingDatabase();
    admin = kafkaFor(broker.brokers, 'inspect').admin();
    await admin.connect();
  }, SUITE_TIMEOUT_MS);

  afterAll(async () => {
    for (const { child } of workers) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
    await admin?.disconnect();
    await setup?.db.dispose();
    await broker?.dispose();
  }, SUITE_TIMEOUT_MS);

  it(
    'two workers split the partitions; the one holding the relay lease is SIGKILLed mid-stream and another started: the relay moves over, and the read model equals a rebuild from zero with every event applied once',
    async () => {
      const pool = setup.db.database.pool;
      const group = uniqueName('workers');
      const env = {
        DATABASE_URL: setup.db.url!,
        JWT_SECRET: TEST_JWT_SECRET,
        LOG_LEVEL: 'warn',
        KAFKA_BROKERS: broker.brokers.join(','),
        KAFKA_TOPIC_PREFIX: uniqueName('w'),
        KAFKA_TOPIC_PARTITIONS: '4',
        KAFKA_CONSUMER_GROUP: group,
        RELAY_LEASE_SECONDS: '2',
        WORKER_PORT: '0',
        SHUTDOWN_DRAIN_SECONDS: '0',
      };
      const alive = (): void => {
        for (const worker of workers) {
          if (worker.child.exitCode !== null && worker.child.signalCode === null) throw new Error(`a worker exited:\n${worker.output()}`);
        }
      };
      await openAndUrgeCase(setup.engine, 'first', 1);
      workers.push(startWorker(env), startWorker(env));
      await eventually(
        async () => {
          alive();
          expect(await groupAssignment(admin, group)).toEqual([expect.any(Number), expect.any(Number)]);
          const sizes = await groupAssignment(admin, group);
          expect(Math.min(...sizes)).toBeGreaterThan(0);
        },
        PATIENT_MS * 2,
        250,
      );

      let commanding = true;
      let streams = 0;
      const commands = (async () => {
        while (commanding) await openAndUrgeCase(setup.engine, `w-${streams++}`, 2);
      })();
      await eventually(async () => expect((await arrivalCounts(pool)).distinct).toBeGreaterThan(80), PATIENT_MS, 50);

      const { rows } = await pool.query<{ holder: string }>(`SELECT holder FROM messaging_leases WHERE name = 'relay:log'`);
      const holderPid = Number(rows[0]!.holder.split(':')[1]);
      const holder = workers.find((worker) => worker.child.pid === holderPid)!;
      expect(holder).toBeDefined();
      holder.child.kill('SIGKILL');
      await holder.exited;
      const streamsAtKill = streams;
      workers.push(startWorker(env));
      await eventually(async () => {
        alive();
        const { rows: now } = await pool.query<{ holder: string }>(`SELECT holder FROM messaging_leases WHERE name = 'relay:log' AND expires_at > clock_timestamp()`);
        expect(now[0]?.holder ?? '').not.toBe(rows[0]!.holder);
        expect(now[0]).toBeDefined();
      }, PATIENT_MS, 100);
      await eventually(() => expect(streams).toBeGreaterThan(streamsAtKill + 10), PATIENT_MS, 50);
      commanding = false;
      await commands;

      // The supervision timers the workers fire append too; wait for the log and the read model to settle.
      const rebuilt = await ProjectionRuntime.create({ store: setup.store, pool: setup.db.database.pool, projections: [activityProjection('activity-rebuilt', 'rebuilt_activity')] });
      cleanups.push(() => rebuilt.close());
      await eventually(
        async () => {
          alive();
          const counts = await arrivalCounts(pool);
          expect(counts).toEqual({ events: counts.events, arrivals: counts.events, distinct: counts.events });
          await rebuilt.rebuild('activity-rebuilt');
          await expectSameActivity(pool, 'kafka_activity', 'rebuilt_activity');
        },
        PATIENT_MS * 2,
        500,
      );
      expect(await streamsOutOfOrder(pool)).toEqual([]);

      const running = workers.filter((worker) => worker.child.exitCode === null && worker.child.signalCode === null);
      for (const worker of running) worker.child.kill('SIGTERM');
      expect(await Promise.all(running.map((worker) => worker.exited))).toEqual(running.map(() => 0));
    },
    SUITE_TIMEOUT_MS * 2,
  );
});
