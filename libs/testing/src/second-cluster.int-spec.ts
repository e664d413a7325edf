import { existsSync } from 'node:fs';
import { Client } from 'pg';
import { loadTestEnvironment } from '@app/config';
import { advanceTransactionCounter, currentTransactionId, SecondCluster, startSecondCluster } from './second-cluster';
import { serverTarget } from './test-databases';

const server = serverTarget();
const onServer = server === undefined ? describe.skip : describe;

async function query<T extends Record<string, unknown>>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** The throw-away second cluster that restore tests start beside the shared server. */
onServer('a second PostgreSQL cluster for a test', () => {
  const serverUrl = loadTestEnvironment().serverUrl!;
  let cluster: SecondCluster | undefined;

  afterAll(async () => {
    await cluster?.dispose();
  });

  it('starts on a port of its own, on 127.0.0.1 only, with the shared server’s major version and a fresh transaction counter', async () => {
    cluster = await startSecondCluster({ serverUrl });
    expect(cluster.port).not.toBe(5432);
    const [settings] = await query<{ listen: string; major: string; port: string }>(
      cluster.url,
      "SELECT current_setting('listen_addresses') AS listen, current_setting('server_version_num') AS major, current_setting('port') AS port",
    );
    const [shared] = await query<{ major: string }>(serverUrl, "SELECT current_setting('server_version_num') AS major");
    expect(settings).toEqual({ listen: '127.0.0.1', major: shared!.major, port: String(cluster.port) });
    expect(await currentTransactionId(cluster.url)).toBeLessThan(10_000n);
    const url = await cluster.createDatabase('made_by_the_test');
    expect(await query(url, 'SELECT current_database() AS name')).toEqual([{ name: 'made_by_the_test' }]);
  });

  it('advances a server’s transaction counter by thousands of ids at once', async () => {
    const before = await currentTransactionId(cluster!.url);
    const after = await advanceTransactionCounter(cluster!.url, before + 5_000n);
    expect(after).toBeGreaterThanOrEqual(before + 5_000n);
    expect(after).toBeLessThan(before + 5_100n);
  });

  it('stops the server and removes its files when disposed, and a second dispose changes nothing', async () => {
    const { url, binDir } = cluster!;
    const [{ directory }] = (await query<{ directory: string }>(url, "SELECT current_setting('data_directory') AS directory")) as [{ directory: string }];
    expect(existsSync(directory)).toBe(true);
    await cluster!.dispose();
    await cluster!.dispose();
    expect(existsSync(directory)).toBe(false);
    await expect(query(url, 'SELECT 1')).rejects.toThrow();
    expect(existsSync(binDir)).toBe(true);
  });
});
