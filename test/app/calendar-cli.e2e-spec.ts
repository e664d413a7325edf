import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { eventually, serverTarget, TestDatabase } from '@app/testing';
import { TEST_JWT_SECRET } from './api-test-app';
import { TEST_NOTICE_2027 } from './calendar-test-notice';

const ROOT = resolve(__dirname, '../..');
const API_MAIN = join(ROOT, 'dist/apps/api/main.js');

interface Finished {
  readonly code: number | null;
  readonly output: string;
}

function run(env: Record<string, string>, args: string[]): { finished: Promise<Finished>; kill: () => void } {
  const child = spawn(process.execPath, [API_MAIN, ...args], { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const finished = new Promise<Finished>((done) => child.on('close', (code) => done({ code, output })));
  return { finished, kill: () => child.kill('SIGTERM') };
}

/** The log lines the command itself wrote (`context: "Main"`), each with its message and fields. */
function mainMessages(output: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line['context'] === 'Main');
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as { port: number };
  await new Promise((closed) => server.close(closed));
  return port;
}

const server = serverTarget();

/**
 * `main.js calendar load <notice.json>` against a server database with the API running beside it;
 * without a server, against an embedded data folder, with the API started after the load (the API
 * process owns the folder while it runs).
 */
describe('`main.js calendar load`', () => {
  let db: TestDatabase | undefined;
  let folder: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    await promisify(execFile)(process.execPath, [require.resolve('@nestjs/cli/bin/nest.js'), 'build', 'api'], { cwd: ROOT });
    folder = mkdtempSync(join(tmpdir(), 'calendar-cli-'));
    if (server !== undefined) {
      db = await server.create();
      env = { DATABASE_URL: db.url!, JWT_SECRET: TEST_JWT_SECRET, DEMO: 'false' };
    } else {
      env = { DATA_DIR: join(folder, 'data'), JWT_SECRET: TEST_JWT_SECRET, DEMO: 'false' };
    }
  }, 240_000);

  afterAll(async () => {
    await db?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('loads a valid notice as an event the API picks up; again, it records nothing; an invalid one exits 2 naming the fields', async () => {
    const port = await freePort();
    let api: ReturnType<typeof run> | undefined;
    const health = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.status !== 200) throw new Error(`health answered ${response.status}`);
      return (await response.json()) as { info: { calendar: { officialYears: number[] } } };
    };
    const startApi = async () => {
      api = run({ ...env, PORT: String(port) }, []);
      return eventually(health, 60_000, 200);
    };
    try {
      // On a server the API runs beside the command line and follows the calendar stream live.
      if (server !== undefined) expect((await startApi()).info.calendar.officialYears).toEqual([2024, 2025, 2026]);

      const file = join(folder, 'notice-2027.json');
      writeFileSync(file, JSON.stringify(TEST_NOTICE_2027));
      const first = await run(env, ['calendar', 'load', file]).finished;
      expect([first.code, mainMessages(first.output)[0]]).toEqual([0, expect.objectContaining({ message: 'calendar notice loaded', year: 2027, version: 1 })]);

      const second = await run(env, ['calendar', 'load', file]).finished;
      expect([second.code, mainMessages(second.output)[0]]).toEqual([0, expect.objectContaining({ message: 'calendar notice already in force; nothing recorded', version: 1 })]);

      const bad = join(folder, 'bad.json');
      writeFileSync(bad, JSON.stringify({ ...TEST_NOTICE_2027, year: 2028 }));
      const refused = await run(env, ['calendar', 'load', bad]).finished;
      expect(refused.code).toBe(2);
      const errors = (mainMessages(refused.output)[0] as { errors: { field: string }[] }).errors;
      expect(errors.map((error) => error.field)).toContain('notice.title');
      expect((await run(env, ['calendar', 'load']).finished).code).toBe(2);

      if (server !== undefined) {
        const { rows } = await db!.database.pool.query(`SELECT event_type, metadata->>'actorId' AS actor FROM es_events WHERE stream_id = 'calendar-cn'`);
        expect(rows).toEqual([{ event_type: 'CalendarNoticeLoaded', actor: expect.stringMatching(/^cli:/) }]);
      } else {
        await startApi();
      }
      await eventually(async () => expect((await health()).info.calendar.officialYears).toEqual([2024, 2025, 2026, 2027]), 10_000, 100);
    } finally {
      api?.kill();
      await api?.finished;
    }
  });
});
