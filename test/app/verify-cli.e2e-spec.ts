import { PostgresEventStore } from '@app/event-store';
import { serverTarget, TestDatabase } from '@app/testing';
import { TEST_JWT_SECRET } from './api-test-app';
import { buildApi, Finished, jsonLines, startApi, within } from './built-api';

const server = serverTarget();
const onServer = server === undefined ? describe.skip : describe;

/** The program's own help, and `main.js verify`: the audit check of the event log from a shell. */
describe('`main.js --help`', () => {
  beforeAll(() => buildApi(), 240_000);

  it('prints every command with --help, -h and help, exit 0, whatever the configuration', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const help = await within(20_000, startApi({ PORT: 'not-a-port' }, [flag]).finished, flag);
      expect([help.code, help.stderr]).toEqual([0, '']);
      for (const command of ['migrate', 'rebuild <read model>|--all', 'calendar load <notice.json>', 'users', 'verify [--from N] [--to N]']) {
        expect(help.stdout).toContain(command);
      }
    }
  });

  it('exits 2 on an unknown command, with the usage on standard error', async () => {
    const unknown = await within(20_000, startApi({}, ['frobnicate']).finished, 'unknown command');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('verify [--from N] [--to N]');
    expect(jsonLines(unknown.stdout)).toEqual([expect.objectContaining({ level: 'fatal', message: expect.stringContaining('frobnicate') })]);
  });
});

onServer('`main.js verify`', () => {
  let testDatabase: TestDatabase;
  let env: Record<string, string>;
  const verify = (args: string[] = []): Promise<Finished> => within(60_000, startApi(env, ['verify', ...args]).finished, `verify ${args.join(' ')}`);
  const reportOf = (finished: Finished): Record<string, unknown> => jsonLines(finished.stdout).find((line) => 'checkedEvents' in line)!;

  beforeAll(async () => {
    await buildApi();
    testDatabase = await server!.create();
    env = { DATABASE_URL: testDatabase.url!, JWT_SECRET: TEST_JWT_SECRET };
    expect((await within(60_000, startApi(env, ['migrate']).finished, 'migrate')).code).toBe(0);
    const store = new PostgresEventStore(testDatabase.database.pool);
    for (const note of ['one', 'two', 'three']) await store.append('probe-verify', [{ type: 'ProbeNoted', data: { note } }], { expectedVersion: 'any' });
  }, 240_000);

  afterAll(() => testDatabase?.dispose());

  it('an intact log: prints the report as JSON and exits 0; a range checks only its positions', async () => {
    const whole = await verify();
    expect(whole.code).toBe(0);
    expect(reportOf(whole)).toMatchObject({ ok: true, checkedEvents: 3 });
    const part = await verify(['--from', '2', '--to', '3']);
    expect(part.code).toBe(0);
    expect(reportOf(part)).toMatchObject({ ok: true, checkedEvents: 2, fromPosition: 2, toPosition: 3 });
  });

  it('exits 2 on a mistake in its arguments', async () => {
    for (const args of [['--from', 'x'], ['--to'], ['--from', '3', '--to', '2'], ['--all']]) expect((await verify(args)).code).toBe(2);
  });

  it('a row altered behind the store’s back: exits 3 and names the first broken position', async () => {
    const { rows } = await testDatabase.database.pool.query<{ position: string }>(
      `SELECT global_position AS position FROM es_events WHERE stream_id = 'probe-verify' AND stream_version = 2`,
    );
    await testDatabase.database.pool.query(`UPDATE es_events SET data = '{"note":"forged"}' WHERE global_position = $1`, [rows[0]!.position]);
    const broken = await verify();
    expect(broken.code).toBe(3);
    expect(reportOf(broken)).toMatchObject({ ok: false, firstBroken: { position: Number(rows[0]!.position), streamId: 'probe-verify', version: 2, reason: 'content' } });
    expect(jsonLines(broken.stdout)).toContainEqual(expect.objectContaining({ level: 'error', message: 'the event log does not verify' }));
  });
});
