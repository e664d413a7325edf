import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, serverTarget, TestDatabase } from '@app/testing';
import { TEST_JWT_SECRET } from './api-test-app';
import { API_MAIN, buildApi, Finished, freePort, jsonLines, Running, startApi, within } from './built-api';

describe('the built API process', () => {
  const server = serverTarget();
  let testDatabase: TestDatabase | undefined;
  let dataDir: string | undefined;
  /** The variables that point the process at this suite's database. */
  let databaseEnv: Record<string, string>;
  const running: Running[] = [];

  beforeAll(async () => {
    await buildApi();
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
    expect(health).toEqual({
      status: 'ok',
      info: {
        database: { status: 'up', mode },
        calendar: expect.objectContaining({ status: expect.stringMatching(/^(up|warn)$/) }),
        readers: expect.objectContaining({ status: 'up' }),
      },
    });

    const listening = jsonLines(api.output()).find((line) => line['context'] === 'Main');
    expect(listening).toMatchObject({
      level: 'info',
      message: `listening on http://localhost:${port}`,
      url: `http://localhost:${port}`,
      console: `http://localhost:${port}/ui/`,
      docs: `http://localhost:${port}/docs`,
      database: server === undefined ? { mode, dataDir } : { mode },
    });

    api.child.kill('SIGTERM');
    const exit = await within(5000, api.finished, 'shutdown');
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.stdout).toContain('database pool closed');
  });

  it('on SIGTERM answers /health with 503 DRAINING for SHUTDOWN_DRAIN_SECONDS while still serving, then exits 0; HOST binds the address', async () => {
    const port = await freePort();
    const api = startApi({ ...databaseEnv, PORT: String(port), HOST: '127.0.0.1', DEMO: 'false', LOG_LEVEL: 'log', SHUTDOWN_DRAIN_SECONDS: '2' });
    running.push(api);
    await Promise.race([
      eventually(async () => expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200), 60_000, 200),
      api.finished.then(({ code }) => Promise.reject(new Error(`exited with ${code} before serving:\n${api.output()}`))),
    ]);
    const signalled = Date.now();
    api.child.kill('SIGTERM');
    const draining = await eventually(async () => {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      expect(response.status).toBe(503);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      return (await response.json()) as Record<string, unknown>;
    }, 1500, 50);
    expect(draining).toMatchObject({ status: 503, code: 'DRAINING' });
    // Everything else is still served during the drain; liveness too.
    expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
    const exit = await within(12_000, api.finished, 'shutdown');
    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(2000);
    expect(jsonLines(exit.stdout).some((line) => JSON.stringify(line).includes('draining'))).toBe(true);
  });

  it('stops with exit code 1 and one message naming every bad variable, without a stack trace', async () => {
    const api = startApi({ ...databaseEnv, PORT: 'abc', LOG_LEVEL: 'loud' });
    running.push(api);
    const exit = await within(20_000, api.finished, 'refusing the configuration');
    expect(exit.code).toBe(1);
    const [fatal, ...others] = jsonLines(exit.stdout + exit.stderr);
    expect(others).toEqual([]);
    expect(fatal).toMatchObject({ level: 'fatal', message: 'invalid configuration' });
    const problems = (fatal as { problems: string[] }).problems;
    expect(problems).toEqual([expect.stringMatching(/^LOG_LEVEL must be one of/), expect.stringMatching(/^PORT must be an integer/)]);
    expect(exit.stdout + exit.stderr).not.toMatch(/\n\s+at /);
  });

  /** A database (or data folder) of its own, never touched by a running API, and its variables. */
  async function freshDatabase(): Promise<{ env: Record<string, string>; dispose(): Promise<void> }> {
    if (server !== undefined) {
      const fresh = await server.create();
      return { env: { DATABASE_URL: fresh.url!, JWT_SECRET: TEST_JWT_SECRET }, dispose: () => fresh.dispose() };
    }
    const folder = mkdtempSync(join(tmpdir(), 'api-migrate-'));
    return { env: { DATA_DIR: folder, JWT_SECRET: TEST_JWT_SECRET }, dispose: async () => rmSync(folder, { recursive: true, force: true }) };
  }

  const appliedBy = (finished: Finished): Record<string, number[]> => {
    const line = jsonLines(finished.stdout).find((entry) => entry['context'] === 'Main');
    expect(line).toMatchObject({ message: 'migrations applied' });
    return (line as { applied: Record<string, number[]> }).applied;
  };

  it('`main.js migrate` on a database nothing has touched applies every schema and exits 0; run again, it applies nothing', async () => {
    const fresh = await freshDatabase();
    try {
      const first = await within(60_000, startApi(fresh.env, ['migrate']).finished, 'first migrate');
      expect([first.code, first.stderr]).toEqual([0, '']);
      const applied = appliedBy(first);
      expect(Object.keys(applied).sort()).toEqual(['audit', 'auth', 'event-store', 'evidence', 'idempotency', 'notifications', 'read-models', 'sealing', 'workflow']);
      expect(Object.values(applied).every((versions) => versions.length > 0)).toBe(true);

      const second = await within(60_000, startApi(fresh.env, ['migrate']).finished, 'second migrate');
      expect(second.code).toBe(0);
      expect(appliedBy(second)).toEqual({ 'event-store': [], auth: [], workflow: [], audit: [], idempotency: [], notifications: [], sealing: [], evidence: [], 'read-models': [] });
    } finally {
      await fresh.dispose();
    }
  });

  if (server !== undefined) {
    it('`main.js migrate` run by two processes at once on a new server database: both exit 0, and then a third applies nothing', async () => {
      const fresh = await freshDatabase();
      try {
        const both = await within(90_000, Promise.all([startApi(fresh.env, ['migrate']).finished, startApi(fresh.env, ['migrate']).finished]), 'two migrates');
        expect(both.map((finished) => [finished.code, finished.stderr])).toEqual([
          [0, ''],
          [0, ''],
        ]);
        const components = both.map((finished) => Object.keys(appliedBy(finished)).sort());
        expect(components).toEqual([components[0], components[0]]);
        const third = await within(60_000, startApi(fresh.env, ['migrate']).finished, 'third migrate');
        expect(appliedBy(third)).toEqual({ 'event-store': [], auth: [], workflow: [], audit: [], idempotency: [], notifications: [], sealing: [], evidence: [], 'read-models': [] });
      } finally {
        await fresh.dispose();
      }
    });
  }

  it('`main.js rebuild --all` on a database nothing has touched rebuilds every read model and exits 0; an unknown read model exits 2 naming the known ones', async () => {
    const fresh = await freshDatabase();
    const all = await within(120_000, startApi(fresh.env, ['rebuild', '--all']).finished, 'rebuild --all').finally(() => fresh.dispose());
    expect([all.code, all.stderr]).toEqual([0, '']);
    const rebuilt = jsonLines(all.stdout).filter((line) => line['message'] === 'rebuilt');
    const unknown = await within(60_000, startApi({ ...databaseEnv }, ['rebuild', 'no-such-read-model']).finished, 'rebuild unknown');
    expect(unknown.code).toBe(2);
    const refusal = jsonLines(unknown.stdout + unknown.stderr)[0] as { unknown: string[]; readModels: string[] };
    expect(refusal.unknown).toEqual(['no-such-read-model']);
    expect(rebuilt.map((line) => line['projection'] as string).sort()).toEqual([...refusal.readModels].sort());
  });
});
