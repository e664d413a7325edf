import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createDatabase } from '@app/database';
import { serverTarget, TestDatabase } from '@app/testing';
import { createApiTestApp, TEST_JWT_SECRET, testConfig } from './api-test-app';
import { API_MAIN, buildApi, jsonLines, ROOT } from './built-api';

interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `main.js users …` with `input` on standard input. */
function users(env: Record<string, string>, args: string[], input = ''): Promise<Ran> {
  const child = spawn(process.execPath, [API_MAIN, 'users', ...args], { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(input);
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })));
}

/** The first admin of a deployment from the shell, then its account from the API, on a server database (or the embedded one). */
describe('`main.js users`', () => {
  let db: TestDatabase | undefined;
  let folder: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    await buildApi();
    folder = mkdtempSync(join(tmpdir(), 'users-cli-'));
    const server = serverTarget();
    db = server === undefined ? undefined : await server.create();
    env = db === undefined ? { DATA_DIR: join(folder, 'data'), JWT_SECRET: TEST_JWT_SECRET, DEMO: 'false' } : { DATABASE_URL: db.url!, JWT_SECRET: TEST_JWT_SECRET, DEMO: 'false' };
  }, 240_000);
  afterAll(async () => {
    await db?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('shows its usage, and exits 2 on a mistake in the command line', async () => {
    const help = await users(env, ['--help']);
    expect([help.code, help.stdout]).toEqual([0, expect.stringContaining('users add --username <name> --role <role>')]);
    expect((await users(env, ['add', '--username', 'ops', '--role', 'admin'])).code).toBe(2); // no --password-stdin
    expect((await users(env, ['add', '--username', 'ops', '--role', 'root', '--password-stdin'], 'Ops-first-2026\n')).code).toBe(2);
    expect((await users(env, ['frobnicate'])).code).toBe(2);
    expect((await users(env, ['list', '--colour'])).code).toBe(2);
  }, 120_000);

  it('opens the first admin with a password from standard input, refuses a weak one (exit 1, the code named), lists the accounts and disables one', async () => {
    const weak = await users(env, ['add', '--username', 'ops', '--role', 'admin', '--password-stdin'], '12345\n');
    expect(weak.code).toBe(1);
    expect(jsonLines(weak.stdout + weak.stderr)).toContainEqual(expect.objectContaining({ level: 'error', code: 'WEAK_PASSWORD' }));
    expect(weak.stdout + weak.stderr).not.toContain('12345');

    const added = await users(env, ['add', '--username', 'ops', '--role', 'admin', '--display-name', '运维管理员', '--password-stdin'], 'Ops-first-2026\n');
    expect([added.code, added.stdout]).toEqual([0, 'ops\t运维管理员\tadmin\t-\t启用，须改密码\n']);
    const viewer = await users(env, ['add', '--username', 'zhao.lei', '--role', 'viewer', '--password-stdin'], 'Zhao-first-2026\r\n');
    expect(viewer.code).toBe(0);
    const listed = await users(env, ['list']);
    expect(listed.stdout.trim().split('\n').map((line) => line.split('\t')[0])).toEqual(['ops', 'zhao.lei']);
    expect((await users(env, ['disable', '--username', 'zhao.lei', '--reason', '离职'])).stdout).toContain('已停用');
    expect((await users(env, ['enable', '--username', 'nobody'])).code).toBe(1);
  }, 120_000);

  it('the admin it opened changes the given password and signs in; the trail names the shell user who opened it', async () => {
    // On the server, beside the command line's database; without one, on the data folder the command line wrote.
    const embedded = db === undefined ? await createDatabase({ dataDir: join(folder, 'data') }) : undefined;
    const app = await createApiTestApp((db?.database ?? embedded)!, { config: testConfig({ DEMO: 'false' }) });
    try {
      const http = () => request(app.getHttpServer());
      expect((await http().post('/auth/login').send({ username: 'ops', password: 'Ops-first-2026' }).expect(403)).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
      await http().post('/auth/password').send({ username: 'ops', currentPassword: 'Ops-first-2026', newPassword: 'Ops-own-2026-river' }).expect(204);
      const token = (await http().post('/auth/login').send({ username: 'ops', password: 'Ops-own-2026-river' }).expect(200)).body.accessToken as string;
      const trail = (await http().get('/audit/streams/user-zhao.lei').set('Authorization', `Bearer ${token}`).expect(200)).body.events as Array<{ type: string; metadata: { actorId: string } }>;
      expect(trail.map((event) => [event.type, event.metadata.actorId])).toEqual([
        ['AccountCreated', expect.stringMatching(/^cli:/)],
        ['AccountDisabled', expect.stringMatching(/^cli:/)],
      ]);
    } finally {
      await app.close();
      await embedded?.close();
    }
  }, 120_000);
});
