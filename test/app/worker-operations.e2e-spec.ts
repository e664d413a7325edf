import { ChildProcess, execFile, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { migrate } from '@app/database';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore } from '@app/event-store';
import { ProjectionRuntime } from '@app/projections';
import { supervisionProjections } from '@app/read-models';
import { notesOfWitnessFile } from '@app/sealing';
import { caseStreamId, registerSupervisionWorkflows } from '@app/supervision';
import { eventually, serverTarget, TestDatabase } from '@app/testing';
import { Actor, loadChinaCalendar, SettableClock } from '@app/workflow';
import { TimerStore, WORKFLOW_MIGRATIONS, WorkflowEngine } from '@app/workflow-runtime';
import { TEST_JWT_SECRET } from './api-test-app';
import { freePort, ROOT, within } from './built-api';

const WORKER_MAIN = join(ROOT, 'dist/apps/worker/main.js');
const LATE_CASES = 3;

interface Worker {
  readonly child: ChildProcess;
  readonly url: string;
  readonly exited: Promise<number | null>;
  output(): string;
}

async function startWorker(env: Record<string, string>): Promise<Worker> {
  const port = await freePort();
  const child = spawn(process.execPath, [WORKER_MAIN], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'warn', HOST: '127.0.0.1', WORKER_PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, url: `http://127.0.0.1:${port}`, exited, output: () => output };
}

/** The worker's /health, once it answers at all (it is starting until then). */
async function health(worker: Worker): Promise<{ status: number; body: Record<string, unknown> }> {
  return eventually(
    async () => {
      if (worker.child.exitCode !== null) throw new Error(`the worker exited:\n${worker.output()}`);
      const response = await fetch(`${worker.url}/health`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    60_000,
    200,
  );
}

async function scrape(worker: Worker): Promise<string> {
  const response = await fetch(`${worker.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
}

/** The value of one series in a scrape (`name{labels}` exactly as exposed), or undefined. */
function sample(metrics: string, series: string): number | undefined {
  const line = metrics.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const server = serverTarget();
const onServer = server === undefined ? describe.skip : describe;

/**
 * The built worker as an operator runs it: /health and /metrics on WORKER_PORT, readiness that
 * turns 503 while draining after SIGTERM and while a reader is behind its bound, and metrics that
 * move with the work it does (timers fired, events appended, open cases by warning).
 */
onServer('the worker process’s /health and /metrics', () => {
  let db: TestDatabase;
  let engine: WorkflowEngine;
  let projections: ProjectionRuntime;
  const running: Worker[] = [];
  const admin: Actor = { userId: 'admin', roles: ['admin'] };
  const official: Actor = { userId: 'official.anji', roles: ['official'], orgUnitId: 'anji' };

  const openCase = async (caseId: string, unitId: string, unitChain: string[]): Promise<void> => {
    await engine.handle(
      'case',
      caseStreamId(caseId),
      { type: 'OpenCase', caseId, title: `整改事项 ${caseId}`, description: '限期整改', severity: 'medium', source: { kind: 'direct' }, responsibleUnitId: unitId, unitChain, dueWorkingDays: 2 },
      { actor: admin, commandId: `open-${caseId}` },
    );
    await engine.handle('case', caseStreamId(caseId), { type: 'AssignCase' }, { actor: admin, commandId: `assign-${caseId}` });
  };

  beforeAll(async () => {
    await promisify(execFile)(process.execPath, [require.resolve('@nestjs/cli/bin/nest.js'), 'build', 'worker'], { cwd: ROOT });
    db = await server!.create();
    await migrate(db.database.pool, 'event-store', EVENT_STORE_MIGRATIONS);
    await migrate(db.database.pool, 'workflow', WORKFLOW_MIGRATIONS);
    const store = new PostgresEventStore(db.database.pool);
    // The case board is an inline read model: the appends here keep it, as the API's would.
    projections = await ProjectionRuntime.create({ store, pool: db.database.pool, projections: supervisionProjections() });
    // Opened in January: on the worker's clock (today) every warning timer of these cases is due.
    engine = new WorkflowEngine(store, new TimerStore(db.database.pool), new SettableClock('2026-01-05T02:00:00.000Z'), loadChinaCalendar());
    registerSupervisionWorkflows(engine);
    for (let n = 0; n < LATE_CASES; n += 1) await openCase(`late-${n}`, 'anji-xilong', ['anji-xilong', 'anji', 'huzhou']);
  }, 240_000);

  // A test that failed leaves its worker running: it must not do the next test's work.
  afterEach(async () => {
    for (const worker of running.splice(0)) {
      if (worker.child.exitCode !== null || worker.child.signalCode !== null) continue;
      worker.child.kill('SIGKILL');
      await worker.exited;
    }
  });

  afterAll(async () => {
    await projections?.close();
    await db?.dispose();
  });

  it('is ready (200); its metrics count the timers it fired and the events they appended, and the open cases by colour match the case board', async () => {
    const worker = await startWorker({ DATABASE_URL: db.url!, SHUTDOWN_DRAIN_SECONDS: '0' });
    running.push(worker);
    const before = await health(worker);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ status: 'ok', info: { database: { status: 'up', mode: 'server' }, readers: { status: 'up' } } });

    const metrics = await eventually(
      async () => {
        const text = await scrape(worker);
        expect(sample(text, 'timers_fired_total{workflow="case",timer="case-warning-red"}')).toBe(LATE_CASES);
        expect(sample(text, 'timers_due')).toBe(0);
        // The readers catch up with what the timers appended.
        expect(sample(text, 'process_manager_lag_events{process_manager="case-lineage"}')).toBe(0);
        expect(sample(text, 'projection_lag_events{projection="county-ranking",kind="async"}')).toBe(0);
        return text;
      },
      60_000,
      250,
    );
    expect(sample(metrics, 'timers_fired_total{workflow="case",timer="case-warning-yellow"}')).toBe(LATE_CASES);
    // Each fired warning appended WarningRaised; each red one CaseEscalated too.
    const { rows } = await db.database.pool.query<{ n: string }>(`SELECT count(*) AS n FROM es_events WHERE category = 'case' AND metadata->>'actorId' = 'system'`);
    expect(sample(metrics, 'events_appended_total{category="case"}')).toBe(Number(rows[0]!.n));
    expect(Number(rows[0]!.n)).toBeGreaterThanOrEqual(LATE_CASES * 3);

    const board = await db.database.pool.query<{ warnings: string[] }>(`SELECT warnings FROM case_board WHERE status NOT IN ('closed', 'unopened')`);
    expect(board.rows).toHaveLength(LATE_CASES);
    expect(board.rows.every((row) => row.warnings.includes('red'))).toBe(true);
    expect(sample(metrics, 'cases_open{warning="red"}')).toBe(LATE_CASES);
    expect(sample(metrics, 'cases_open{warning="none"}')).toBe(0);
    expect(sample(metrics, 'database_pool_waiting_clients')).toBe(0);
    // Nothing of the business API is served here.
    expect((await fetch(`${worker.url}/cases`)).status).toBe(404);

    worker.child.kill('SIGTERM');
    expect(await within(10_000, worker.exited, 'shutdown')).toBe(0);
  });

  it('on SIGTERM answers 503 draining for SHUTDOWN_DRAIN_SECONDS while it goes on working, then exits 0', async () => {
    const worker = await startWorker({ DATABASE_URL: db.url!, SHUTDOWN_DRAIN_SECONDS: '3' });
    running.push(worker);
    expect((await health(worker)).status).toBe(200);
    const signalled = Date.now();
    worker.child.kill('SIGTERM');
    const draining = await eventually(async () => {
      const response = await fetch(`${worker.url}/health`);
      expect(response.status).toBe(503);
      return (await response.json()) as Record<string, unknown>;
    }, 2000, 50);
    expect(draining).toMatchObject({ status: 'draining', reasons: ['the process is shutting down'] });
    // Liveness stays up while draining: the process is healthy, only on its way out.
    expect((await fetch(`${worker.url}/health/live`)).status).toBe(200);
    expect(await within(15_000, worker.exited, 'shutdown')).toBe(0);
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(3000);
  });

  it('answers 503 not-ready, naming the reader, while a reader it runs is behind READER_LAG_BOUND_SECONDS', async () => {
    // A split waits for the case-lineage process manager; this worker runs none (RUN_TIMERS=false).
    await openCase('parent', 'anji', ['anji', 'huzhou']);
    await engine.handle('case', caseStreamId('parent'), { type: 'SignCase' }, { actor: official, commandId: 'sign-parent' });
    await engine.handle(
      'case',
      caseStreamId('parent'),
      { type: 'SplitCase', children: [{ caseId: 'child-1', unitId: 'anji-dipu', unitChain: ['anji-dipu', 'anji', 'huzhou'], title: '递铺街道整改', dueWorkingDays: 1 }] },
      { actor: official, commandId: 'split-parent' },
    );
    const worker = await startWorker({ DATABASE_URL: db.url!, SHUTDOWN_DRAIN_SECONDS: '0', RUN_TIMERS: 'false', READER_LAG_BOUND_SECONDS: '1' });
    running.push(worker);
    const behind = await eventually(
      async () => {
        const answer = await health(worker);
        expect(answer.status).toBe(503);
        return answer.body;
      },
      20_000,
      250,
    );
    expect(behind).toMatchObject({ status: 'not-ready', info: { readers: { status: 'behind', boundSeconds: 1 } } });
    expect((behind['reasons'] as string[]).join()).toMatch(/process-manager case-lineage is 1 events and \d+ s behind the log \(stopped\); the bound is 1 s/);
    const metrics = await scrape(worker);
    expect(sample(metrics, 'process_manager_lag_events{process_manager="case-lineage"}')).toBe(1);
    expect(sample(metrics, 'process_manager_running{process_manager="case-lineage"}')).toBe(0);

    worker.child.kill('SIGTERM');
    expect(await within(10_000, worker.exited, 'shutdown')).toBe(0);
  });

  it('seals the log, signs a checkpoint and pushes it to the witness file and the witness receiver; its seal gauges say so', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'worker-witness-'));
    const received: Array<{ body: string; treeSize: string | undefined }> = [];
    const receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        received.push({ body, treeSize: request.headers['x-supervision-tree-size'] as string | undefined });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((listening) => receiver.listen(0, '127.0.0.1', listening));
    try {
      const keyFile = join(folder, 'seal.pem');
      writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
      const witnessFile = join(folder, 'checkpoints.notes');
      const worker = await startWorker({
        DATABASE_URL: db.url!,
        SHUTDOWN_DRAIN_SECONDS: '0',
        SEAL_SIGNING_KEY_FILE: keyFile,
        SEAL_CHECKPOINT_EVENTS: '1',
        SEAL_WITNESS_FILE: witnessFile,
        SEAL_WITNESS_URL: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/checkpoints`,
      });
      running.push(worker);
      expect((await health(worker)).status).toBe(200);
      // Its timers may still be appending (a fresh database's cases): a checkpoint follows every event.
      const events = async () => Number((await db.database.pool.query<{ n: string }>('SELECT count(*) AS n FROM es_events')).rows[0]!.n);
      const metrics = await eventually(
        async () => {
          const text = await scrape(worker);
          expect(sample(text, 'seal_witness_pending_checkpoints{witness="webhook"}')).toBe(0);
          expect(sample(text, 'seal_witness_pending_checkpoints{witness="file"}')).toBe(0);
          expect(sample(text, 'seal_checkpoint_tree_size')).toBe(await events());
          return text;
        },
        30_000,
        250,
      );
      expect(sample(metrics, 'seal_tree_size')).toBe(await events());
      expect(sample(metrics, 'seal_lag_events')).toBe(0);
      expect(sample(metrics, 'seal_checkpoint_age_seconds')).toBeGreaterThanOrEqual(0);
      const { rows: issued } = await db.database.pool.query<{ tree_size: string; note: string }>('SELECT tree_size, note FROM seal_checkpoints ORDER BY tree_size');
      expect(notesOfWitnessFile(readFileSync(witnessFile))).toEqual(issued.map((row) => row.note));
      expect(received).toEqual(issued.map((row) => ({ body: row.note, treeSize: row.tree_size })));
      worker.child.kill('SIGTERM');
      expect(await within(10_000, worker.exited, 'shutdown')).toBe(0);
    } finally {
      await new Promise((closed) => receiver.close(closed));
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
