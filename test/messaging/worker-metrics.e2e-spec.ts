import { ChildProcess, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { migrate } from '@app/database';
import { MESSAGING_MIGRATIONS } from '@app/messaging';
import { eventually } from '@app/testing';
import { TEST_JWT_SECRET } from '../app/api-test-app';
import { arrivalCounts, freePorts, MessagingDatabase, messagingDatabase, openAndUrgeCase, PATIENT_MS, suiteBroker, SuiteBroker, SUITE_TIMEOUT_MS, uniqueName } from './support/messaging-fixture';

const ROOT = resolve(__dirname, '../..');
const HARNESS = join(__dirname, 'support/worker-with-reference-read-models.ts');

/** The value of one series in a scrape (`name{labels}` exactly as exposed), or undefined. */
function sample(metrics: string, series: string): number | undefined {
  const line = metrics.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/**
 * A worker with KAFKA_BROKERS reports on /metrics how far the relay is behind the log and how far
 * the projectors' consumer group is behind the topics, and both figures move as the work is done.
 */
describe('a worker’s relay and consumer lag on /metrics, with Kafka', () => {
  let broker: SuiteBroker;
  let setup: MessagingDatabase;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    broker = await suiteBroker();
    setup = await messagingDatabase();
  }, SUITE_TIMEOUT_MS);

  afterAll(async () => {
    if (worker !== undefined && worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
    await setup?.db.dispose();
    await broker?.dispose();
  }, SUITE_TIMEOUT_MS);

  it('shows the log unpublished while another process holds the relay lease, then both lags at 0 once this worker publishes and consumes it', async () => {
    const pool = setup.db.database.pool;
    for (const caseId of ['m-1', 'm-2', 'm-3']) await openAndUrgeCase(setup.engine, caseId, 2);
    const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM es_events');
    const logged = Number(rows[0]!.n);
    // Someone else holds the relay's lease for now: this worker's relay stands by.
    await migrate(pool, 'messaging', MESSAGING_MIGRATIONS);
    await pool.query(`INSERT INTO messaging_leases (name, holder, token, acquired_at, expires_at) VALUES ('relay:log', 'elsewhere', 1, now(), now() + interval '1 hour')`);

    const [port] = await freePorts(1);
    const prefix = uniqueName('m');
    let output = '';
    worker = spawn(process.execPath, ['-r', '@swc-node/register', HARNESS], {
      cwd: ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        DATABASE_URL: setup.db.url!,
        JWT_SECRET: TEST_JWT_SECRET,
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        WORKER_PORT: String(port),
        SHUTDOWN_DRAIN_SECONDS: '0',
        KAFKA_BROKERS: broker.brokers.join(','),
        KAFKA_TOPIC_PREFIX: prefix,
        KAFKA_TOPIC_PARTITIONS: '2',
        KAFKA_CONSUMER_GROUP: uniqueName('group'),
        RELAY_LEASE_SECONDS: '2',
        // The cases' warning timers are due on today's clock; fired, they would grow the log under the test.
        RUN_TIMERS: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    worker.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    worker.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((done) => worker!.on('exit', (code) => done(code)));
    const scrape = async (): Promise<string> => {
      if (worker!.exitCode !== null) throw new Error(`the worker exited:\n${output}`);
      const response = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(response.status).toBe(200);
      return response.text();
    };

    const standingBy = await eventually(async () => {
      const metrics = await scrape();
      expect(sample(metrics, 'relay_lag_events')).toBe(logged);
      return metrics;
    }, PATIENT_MS, 250);
    expect(sample(standingBy, 'relay_lag_seconds')).toBeGreaterThan(0);
    expect(standingBy).not.toMatch(/^kafka_consumer_lag_messages\{/m); // nothing published, no topic to read

    await pool.query(`DELETE FROM messaging_leases WHERE name = 'relay:log'`);
    await eventually(async () => {
      const metrics = await scrape();
      expect(sample(metrics, 'relay_lag_events')).toBe(0);
      expect(sample(metrics, 'relay_lag_seconds')).toBe(0);
      expect(sample(metrics, `kafka_consumer_lag_messages{topic="${prefix}.case"}`)).toBe(0);
    }, PATIENT_MS, 250);
    // Consumer lag 0 means applied: every event of the log has arrived through Kafka.
    expect((await arrivalCounts(pool)).distinct).toBe(logged);

    worker.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, SUITE_TIMEOUT_MS);
});
