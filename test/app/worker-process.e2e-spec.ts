import { ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { migrate } from '@app/database';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore } from '@app/event-store';
import { caseStreamId, registerSupervisionWorkflows } from '@app/supervision';
import { eventually, serverTarget, TestDatabase } from '@app/testing';
import { Actor, loadChinaCalendar, SettableClock } from '@app/workflow';
import { TimerStore, WORKFLOW_MIGRATIONS, WorkflowEngine } from '@app/workflow-runtime';
import { TEST_JWT_SECRET } from './api-test-app';

const ROOT = resolve(__dirname, '../..');
const WORKER_MAIN = join(ROOT, 'dist/apps/worker/main.js');
const CASES = 30;

interface Worker {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  output(): string;
}

function startWorker(env: Record<string, string>): Worker {
  const child = spawn(process.execPath, [WORKER_MAIN], { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, exited, output: () => output };
}

const server = serverTarget();
const onServer = server === undefined ? describe.skip : describe;

/**
 * Two built worker processes on one PostgreSQL server, with many case warning timers long due
 * and a split waiting for its children: between them every timer fires once and the children are
 * opened once.
 */
onServer('two worker processes on the real server', () => {
  let db: TestDatabase;
  let engine: WorkflowEngine;
  const workers: Worker[] = [];
  const admin: Actor = { userId: 'admin', roles: ['admin'] };
  const official: Actor = { userId: 'official.anji', roles: ['official'], orgUnitId: 'anji' };

  beforeAll(async () => {
    await promisify(execFile)(process.execPath, [require.resolve('@nestjs/cli/bin/nest.js'), 'build', 'worker'], { cwd: ROOT });
    expect(existsSync(WORKER_MAIN)).toBe(true);
    db = await server!.create();
    await migrate(db.database.pool, 'event-store', EVENT_STORE_MIGRATIONS);
    await migrate(db.database.pool, 'workflow', WORKFLOW_MIGRATIONS);
    // The cases are opened in January; the workers run on today's clock, so every timer is due.
    const store = new PostgresEventStore(db.database.pool);
    engine = new WorkflowEngine(store, new TimerStore(db.database.pool), new SettableClock('2026-01-05T02:00:00.000Z'), loadChinaCalendar());
    registerSupervisionWorkflows(engine);
    const open = async (caseId: string, unitId: string, unitChain: string[]) => {
      const meta = { actor: admin, commandId: `open-${caseId}` };
      await engine.handle('case', caseStreamId(caseId), {
        type: 'OpenCase',
        caseId,
        title: `整改事项 ${caseId}`,
        description: '限期整改',
        severity: 'medium',
        source: { kind: 'direct' },
        responsibleUnitId: unitId,
        unitChain,
        dueWorkingDays: 2,
      }, meta);
      await engine.handle('case', caseStreamId(caseId), { type: 'AssignCase' }, { actor: admin, commandId: `assign-${caseId}` });
    };
    for (let n = 0; n < CASES; n += 1) await open(`late-${n}`, 'anji-xilong', ['anji-xilong', 'anji', 'huzhou']);
    await open('parent', 'anji', ['anji', 'huzhou']);
    await engine.handle('case', caseStreamId('parent'), { type: 'SignCase' }, { actor: official, commandId: 'sign-parent' });
    await engine.handle(
      'case',
      caseStreamId('parent'),
      {
        type: 'SplitCase',
        children: [{ caseId: 'child-1', unitId: 'anji-dipu', unitChain: ['anji-dipu', 'anji', 'huzhou'], title: '递铺街道整改', dueWorkingDays: 1 }],
      },
      { actor: official, commandId: 'split-parent' },
    );
  }, 240_000);

  afterAll(async () => {
    for (const { child } of workers) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await db?.dispose();
  });

  it('fire every due warning once between them, run the split’s process manager once, and stop cleanly on SIGTERM', async () => {
    const env = { DATABASE_URL: db.url!, JWT_SECRET: TEST_JWT_SECRET, LOG_LEVEL: 'warn', WORKER_PORT: '0', SHUTDOWN_DRAIN_SECONDS: '0' };
    workers.push(startWorker(env), startWorker(env));

    const count = async (sql: string, params: unknown[] = []): Promise<number> => Number((await db.database.pool.query(sql, params)).rows[0].n);
    await eventually(
      async () => {
        for (const worker of workers) if (worker.child.exitCode !== null) throw new Error(`a worker exited:\n${worker.output()}`);
        expect(await count(`SELECT count(*) AS n FROM es_events WHERE event_type = 'CaseEscalated'`)).toBe(CASES + 1);
        expect(await count(`SELECT count(*) AS n FROM es_streams WHERE stream_id = $1`, [caseStreamId('child-1')])).toBe(1);
      },
      90_000,
      200,
    );
    // Let any straggling claim finish, then look for doubles.
    await eventually(async () => expect(await count(`SELECT count(*) AS n FROM wf_timers WHERE status = 'scheduled' AND due_at <= now()`)).toBe(0), 30_000, 200);

    const { rows: raised } = await db.database.pool.query<{ stream_id: string; colour: string; n: string }>(
      `SELECT stream_id, data->>'colour' AS colour, count(*) AS n FROM es_events WHERE event_type = 'WarningRaised' GROUP BY 1, 2`,
    );
    expect(raised.filter((row) => Number(row.n) !== 1)).toEqual([]);
    const late = raised.filter((row) => row.stream_id.startsWith(caseStreamId('late-')));
    expect(late.filter((row) => row.colour === 'yellow')).toHaveLength(CASES);
    expect(late.filter((row) => row.colour === 'red')).toHaveLength(CASES);

    const child = await engine.load<{ status: string; parentCaseId: string }>('case', caseStreamId('child-1'));
    expect(child.state).toMatchObject({ status: 'assigned', parentCaseId: 'parent' });
    expect(await count(`SELECT count(*) AS n FROM es_events WHERE stream_id = $1 AND event_type IN ('CaseOpened', 'CaseAssigned')`, [caseStreamId('child-1')])).toBe(2);

    for (const worker of workers) worker.child.kill('SIGTERM');
    expect(await Promise.all(workers.map((worker) => worker.exited))).toEqual([0, 0]);
  });
});
