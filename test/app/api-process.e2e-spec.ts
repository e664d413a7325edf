import { ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { eventually, serverTarget, TestDatabase } from '@app/testing';
import { TEST_JWT_SECRET } from './api-test-app';

const ROOT = resolve(__dirname, '../..');
const API_MAIN = join(ROOT, 'dist/apps/api/main.js');

interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface Running {
  readonly child: ChildProcess;
  readonly finished: Promise<Finished>;
  output(): string;
}

/** The built API as a child process, with exactly the variables given (no inherited config). */
function startApi(env: Record<string, string>, args: string[] = []): Running {
  const child = spawn(process.execPath, [API_MAIN, ...args], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const finished = new Promise<Finished>((resolveExit) =>
    child.on('exit', (code, signal) => {
      // 'exit' can come before the pipes are drained; 'close' follows once they are.
      child.on('close', () => resolveExit({ code, signal, stdout, stderr }));
    }),
  );
  return { child, finished, output: () => stdout + stderr };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as { port: number };
  await new Promise((closed) => server.close(closed));
  return port;
}

function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([promise, new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms).unref())]);
}

function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the built API process', () => {
  const server = serverTarget();
  let testDatabase: TestDatabase | undefined;
  let dataDir: string | undefined;
  /** The variables that point the process at this suite's database. */
  let databaseEnv: Record<string, string>;
  const running: Running[] = [];

  beforeAll(async () => {
    await promisify(execFile)(process.execPath, [require.resolve('@nestjs/cli/bin/nest.js'), 'build', 'api'], { cwd: ROOT });
    expect(existsSync(API_MAIN)).toBe(true);
    if (server !== undefined) {
      testDatabase = await server.create();
      databaseEnv = { DATABASE_URL: testDatabase.url!, JWT_SECRET: TEST_JWT_SECRET };
    } else {
      // No PostgreSQL server: the process runs on its own embedded database in a fresh folder.
      dataDir = mkdtempSync(join(tmpdir(), 'api-process-'));
      databaseEnv = { DATA_DIR: dataDir, JWT_SECRET: TEST_JWT_SECRET };
    }
  }, 240_000);

  afterAll(async () => {
    for (const { child } of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await testDatabase?.dispose();
    if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves /health, logs where it listens, and on SIGTERM drains, closes the pool and exits 0', async () => {
    const port = await freePort();
    const api = startApi({ ...databaseEnv, PORT: String(port), DEMO: 'false', LOG_LEVEL: 'log' });
    running.push(api);
    const health = await Promise.race([
      eventually(async () => {
        const response = await fetch(`http://127.0.0.1:${port}/health`);
        if (response.status !== 200) throw new Error(`health answered ${response.status}`);
        return response.json();
      }, 60_000, 200),
      api.finished.then(({ code }) => Promise.reject(new Error(`exited with ${code} before serving:\n${api.output()}`))),
    ]);
    const mode = server === undefined ? 'embedded' : 'server';
    // The calendar entry warns (never fails) when the loaded holiday notices run out within 60 days.
    expect(health).toEqual({ status: 'ok', info: { database: { status: 'up', mode }, calendar: expect.objectContaining({ status: expect.stringMatching(/^(up|warn)$/) }) } });

    const listening = jsonLines(api.output()).find((line) => line['context'] === 'Main');
    expect(listening?.['message']).toMatchObject({
      url: `http://localhost:${port}`,
      docs: `http://localhost:${port}/docs`,
      database: server === undefined ? { mode, dataDir } : { mode },
    });

    api.child.kill('SIGTERM');
    const exit = await within(5000, api.finished, 'shutdown');
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.stdout).toContain('database pool closed');
  });

  it('stops with exit code 1 and one message naming every bad variable, without a stack trace', async () => {
    const api = startApi({ ...databaseEnv, PORT: 'abc', LOG_LEVEL: 'loud' });
    running.push(api);
    const exit = await within(20_000, api.finished, 'refusing the configuration');
    expect(exit.code).toBe(1);
    const [fatal, ...others] = jsonLines(exit.stdout + exit.stderr);
    expect(others).toEqual([]);
    expect(fatal).toMatchObject({ level: 'fatal', message: { message: 'invalid configuration' } });
    const problems = (fatal!['message'] as { problems: string[] }).problems;
    expect(problems).toEqual([expect.stringMatching(/^LOG_LEVEL must be one of/), expect.stringMatching(/^PORT must be an integer/)]);
    expect(exit.stdout + exit.stderr).not.toMatch(/\n\s+at /);
  });

  it('`main.js migrate` applies every schema and exits 0; run again, it applies nothing', async () => {
    const first = await within(60_000, startApi({ ...databaseEnv }, ['migrate']).finished, 'first migrate');
    expect(first.code).toBe(0);
    const applied = (jsonLines(first.stdout).find((line) => line['context'] === 'Main')!['message'] as { applied: Record<string, number[]> }).applied;
    expect(Object.keys(applied).sort()).toEqual(['audit', 'auth', 'event-store', 'read-models', 'workflow']);

    const second = await within(60_000, startApi({ ...databaseEnv }, ['migrate']).finished, 'second migrate');
    expect(second.code).toBe(0);
    expect(jsonLines(second.stdout).find((line) => line['context'] === 'Main')?.['message']).toMatchObject({
      message: 'migrations applied',
      applied: { 'event-store': [], auth: [], workflow: [], audit: [], 'read-models': [] },
    });
  });

  it('`main.js rebuild --all` rebuilds every read model and exits 0; an unknown read model exits 2 naming the known ones', async () => {
    const all = await within(120_000, startApi({ ...databaseEnv }, ['rebuild', '--all']).finished, 'rebuild --all');
    expect([all.code, all.stderr]).toEqual([0, '']);
    const rebuilt = jsonLines(all.stdout).filter((line) => (line['message'] as { message?: string })?.message === 'rebuilt');
    const unknown = await within(60_000, startApi({ ...databaseEnv }, ['rebuild', 'no-such-read-model']).finished, 'rebuild unknown');
    expect(unknown.code).toBe(2);
    const refusal = jsonLines(unknown.stdout + unknown.stderr)[0]!['message'] as { unknown: string[]; readModels: string[] };
    expect(refusal.unknown).toEqual(['no-such-read-model']);
    expect(rebuilt.map((line) => (line['message'] as { projection: string }).projection).sort()).toEqual([...refusal.readModels].sort());
  });
});
