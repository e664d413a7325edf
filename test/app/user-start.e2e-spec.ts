import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually, serverTarget } from '@app/testing';
import { buildApi, freePort, jsonLines, Running, startApi, within } from './built-api';
import { DEMO_PASSWORD } from './demo-session';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** How many times each database mode is started from nothing. */
const STARTS = 3;
/** Long enough for the process managers' subscriptions to reach the demo split after serving. */
const SETTLE_MS = 2500;

/**
 * The README's main job, run as a new user runs it: the built program with the system clock, a
 * fresh data folder (or a fresh server database), demo data and demo activity on, and Node's
 * options from `npm start`. Demo activity splits a case while the process managers' subscription
 * is already following the log, so the split's children are opened by two handlers at once —
 * the race that killed every embedded start before (EventIdConflictError), and which settable
 * clocks in the other suites hide.
 */
describe('starting the engine as a new user does', () => {
  const server = serverTarget();
  const running: Running[] = [];
  const cleanups: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    await buildApi();
  }, 240_000);

  afterAll(async () => {
    for (const { child } of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    for (const cleanup of cleanups) await cleanup();
  });

  async function embedded(): Promise<Record<string, string>> {
    const dataDir = mkdtempSync(join(tmpdir(), 'user-start-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    return { DATA_DIR: dataDir };
  }

  async function onServer(): Promise<Record<string, string>> {
    const database = await server!.create();
    cleanups.push(() => database.dispose());
    return { DATABASE_URL: database.url!, DEMO: 'true', DEMO_ACTIVITY: 'true', JWT_SECRET: 'a-secret-for-the-start-test-of-32-chars-or-more' };
  }

  async function startAndCheck(env: Record<string, string>): Promise<void> {
    const port = await freePort();
    const api = startApi({ ...env, PORT: String(port) }, [], ['--max-semi-space-size=64']);
    running.push(api);
    const base = `http://127.0.0.1:${port}`;
    const health = await Promise.race([
      eventually(async () => {
        const response = await fetch(`${base}/health`);
        if (response.status !== 200) throw new Error(`health answered ${response.status}`);
        return (await response.json()) as Body;
      }, 90_000, 200),
      api.finished.then(({ code }) => Promise.reject(new Error(`exited with ${code} before serving:\n${api.output()}`))),
    ]);
    expect(health['status']).toBe('ok');

    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const token = ((await login.json()) as Body)['accessToken'] as string;
    const cases = (await (await fetch(`${base}/cases`, { headers: { Authorization: `Bearer ${token}` } })).json()) as Body;
    const byId = new Map<string, Body>(cases['items'].map((item: Body) => [item['caseId'], item]));
    const split = 'demo-2026-q4-major-inspection-case-1';
    expect([split, `${split}-child-1`, `${split}-child-2`, 'demo-2026-direct-case-1'].map((id) => [id, byId.get(id)?.['status']])).toEqual([
      [split, 'in-progress'],
      [`${split}-child-1`, 'assigned'],
      [`${split}-child-2`, 'assigned'],
      ['demo-2026-direct-case-1', 'assigned'],
    ]);

    await new Promise((settle) => setTimeout(settle, SETTLE_MS));
    const logged = jsonLines(api.output());
    const failures = logged.filter((line) => line['level'] === 'error' || line['level'] === 'fatal');
    const refusedReactions = logged.filter((line) => line['message'] === 'reaction failed');
    expect({ failures, refusedReactions }).toEqual({ failures: [], refusedReactions: [] });
    expect(api.child.exitCode).toBeNull();

    api.child.kill('SIGTERM');
    expect((await within(10_000, api.finished, 'shutdown')).code).toBe(0);
  }

  /** The API on `env` once it serves /health, or the reason it stopped first. */
  async function serving(env: Record<string, string>): Promise<Running> {
    const port = await freePort();
    const api = startApi({ ...env, PORT: String(port) }, [], ['--max-semi-space-size=64']);
    running.push(api);
    await Promise.race([
      eventually(async () => {
        if ((await fetch(`http://127.0.0.1:${port}/health`)).status !== 200) throw new Error('not yet');
      }, 90_000, 200),
      api.finished.then(({ code }) => Promise.reject(new Error(`exited with ${code} before serving:\n${api.output()}`))),
    ]);
    return api;
  }

  it('a second process on the same embedded data folder refuses to start, naming the owner’s pid; once the owner is gone, by a stop or a kill, the folder starts again', async () => {
    const env = await embedded();
    const owner = await serving(env);
    const second = startApi({ ...env, PORT: String(await freePort()) });
    running.push(second);
    const refused = await within(60_000, second.finished, 'the refused start');
    expect(refused.code).toBe(1);
    expect(second.output()).toContain(`is in use by pid ${owner.child.pid}`);

    owner.child.kill('SIGTERM');
    expect((await within(10_000, owner.finished, 'shutdown')).code).toBe(0);
    const next = await serving(env);
    next.child.kill('SIGKILL'); // leaves its owner file behind
    await within(10_000, next.finished, 'kill');
    const after = await serving(env);
    after.child.kill('SIGTERM');
    expect((await within(10_000, after.finished, 'shutdown')).code).toBe(0);
  }, 240_000);

  it.each(Array.from({ length: STARTS }, (_, index) => index + 1))(
    'start %i on a fresh embedded data folder serves /health with the whole demo and logs no error',
    async () => startAndCheck(await embedded()),
    120_000,
  );

  if (server !== undefined) {
    it.each(Array.from({ length: STARTS }, (_, index) => index + 1))(
      'start %i on a fresh server database with demo activity serves /health with the whole demo and logs no error',
      async () => startAndCheck(await onServer()),
      120_000,
    );
  }
});
