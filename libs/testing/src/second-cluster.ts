import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { withDatabaseName } from './test-databases';

const run = promisify(execFile);

/**
 * A throw-away PostgreSQL cluster of a test's own, beside the shared server: its own data folder
 * in a temporary directory, its own port, listening on 127.0.0.1 only with trust authentication
 * on loopback. Suites that need a second server (a restore into a new cluster, whose transaction
 * counter starts where a fresh cluster's does) start one and dispose of it in `afterAll`.
 */
export interface SecondCluster {
  /** The cluster's `postgres` database, as the superuser `postgres`. */
  readonly url: string;
  readonly port: number;
  /** Where the cluster's programs (initdb, pg_ctl, pg_dump, pg_restore) are. */
  readonly binDir: string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** What the server wrote to its log so far (for a failing test's message). */
  serverLog(): string;
  /** Stops the server at once and removes its files; safe to call twice. */
  dispose(): Promise<void>;
}

export interface SecondClusterOptions {
  /** The PostgreSQL major version to run (its programs must be installed); default: the one `serverUrl` runs. */
  readonly majorVersion?: number;
  /** A server whose major version the new cluster takes when `majorVersion` is not given. */
  readonly serverUrl?: string;
}

/** The Debian layout (`postgresql-NN`), and the folder `pg_config` names elsewhere. */
const DEBIAN_BIN = (major: number) => `/usr/lib/postgresql/${major}/bin`;
const START_ATTEMPTS = 3;
/** util-linux's runuser, in /usr/sbin (not on every PATH). */
const RUNUSER = existsSync('/usr/sbin/runuser') ? '/usr/sbin/runuser' : 'runuser';

/**
 * Starts a new cluster with `initdb` and `pg_ctl`. initdb refuses to run as root, and the tests
 * run as root in CI, so the cluster then belongs to the `postgres` user (`runuser`). Everything
 * it writes stays in one temporary directory, which `dispose` removes; a process that exits
 * without disposing stops the server on its way out.
 */
export async function startSecondCluster(options: SecondClusterOptions = {}): Promise<SecondCluster> {
  const major = options.majorVersion ?? (options.serverUrl === undefined ? undefined : await serverMajorVersion(options.serverUrl));
  const binDir = await postgresBinDir(major);
  const owner = await clusterOwner();
  const dir = mkdtempSync(join(tmpdir(), 'second-cluster-'));
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  if (owner !== undefined) chownSync(dir, owner.uid, owner.gid);
  const asOwner = (program: string, args: string[]) =>
    owner === undefined ? run(join(binDir, program), args) : run(RUNUSER, ['-u', owner.name, '--', join(binDir, program), ...args]);
  const stopSync = () => {
    try {
      const args = ['-D', dataDir, '-m', 'immediate', '-w', 'stop'];
      if (owner === undefined) execFileSync(join(binDir, 'pg_ctl'), args, { stdio: 'ignore' });
      else execFileSync(RUNUSER, ['-u', owner.name, '--', join(binDir, 'pg_ctl'), ...args], { stdio: 'ignore' });
    } catch {
      // not running (never started, or already stopped)
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopSync);

  try {
    await asOwner('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
    // Loopback only: the socket in the cluster's own directory and 127.0.0.1, nothing else.
    writeFileSync(join(dataDir, 'pg_hba.conf'), 'local all all trust\nhost all all 127.0.0.1/32 trust\n');
    let port = 0;
    for (let attempt = 1; ; attempt += 1) {
      port = await freeLoopbackPort();
      appendFileSync(
        join(dataDir, 'postgresql.conf'),
        [
          '',
          '# a throw-away test cluster (libs/testing/src/second-cluster.ts)',
          `port = ${port}`,
          "listen_addresses = '127.0.0.1'",
          `unix_socket_directories = '${dir}'`,
          'fsync = off',
          'synchronous_commit = off',
          'full_page_writes = off',
          '',
        ].join('\n'),
      );
      try {
        await asOwner('pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', '60', 'start']);
        break;
      } catch (error) {
        // Another process may have taken the port between the probe and the start; a later line wins.
        if (attempt >= START_ATTEMPTS) throw error;
      }
    }
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    let disposed = false;
    return {
      url,
      port,
      binDir,
      createDatabase: async (name: string) => {
        if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a plain database name: ${name}`);
        await withClient(url, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`));
        return withDatabaseName(url, name);
      },
      serverLog: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
      dispose: async () => {
        if (disposed) return;
        disposed = true;
        process.removeListener('exit', stopSync);
        stopSync();
      },
    };
  } catch (error) {
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
    process.removeListener('exit', stopSync);
    stopSync();
    throw new Error(`could not start a second PostgreSQL cluster with ${binDir}: ${failureText(error)}${log === '' ? '' : `\nserver log:\n${log}`}`);
  }
}

/** The server's current transaction id (xid8, as text: it may pass 2^53). */
export async function currentTransactionId(url: string): Promise<bigint> {
  const { rows } = await withClient(url, (client) => client.query<{ xid: string }>('SELECT pg_current_xact_id()::text AS xid'));
  return BigInt(rows[0]!.xid);
}

/**
 * Uses up transaction ids on the server of `url` until its counter stands at `atLeast` or beyond:
 * one short transaction per id, committed inside a server-side loop, so thousands take a moment.
 * Transaction ids count per cluster, so this moves every database of that server along.
 */
export async function advanceTransactionCounter(url: string, atLeast: bigint): Promise<bigint> {
  await withClient(url, async (client) => {
    for (;;) {
      const { rows } = await client.query<{ xid: string }>('SELECT pg_current_xact_id()::text AS xid');
      const missing = atLeast - BigInt(rows[0]!.xid);
      if (missing <= 0n) return;
      const batch = missing > 1_000_000n ? 1_000_000 : Number(missing);
      await client.query(`DO $$ BEGIN FOR i IN 1..${batch} LOOP PERFORM pg_current_xact_id(); COMMIT; END LOOP; END $$`);
    }
  });
  return currentTransactionId(url);
}

/** `pg_dump -Fc`: the database of `url` as a custom-format archive in `file`. */
export async function dumpDatabase(binDir: string, url: string, file: string): Promise<void> {
  await run(join(binDir, 'pg_dump'), ['--format=custom', `--file=${file}`, `--dbname=${url}`]);
}

/**
 * `pg_restore` of a custom-format archive into the (empty) database of `url`, as an operator
 * restores onto another server: objects owned by whoever restores, the first error fatal.
 */
export async function restoreDatabase(binDir: string, file: string, url: string): Promise<void> {
  await run(join(binDir, 'pg_restore'), ['--no-owner', '--exit-on-error', `--dbname=${url}`, file]);
}

async function serverMajorVersion(url: string): Promise<number> {
  const { rows } = await withClient(url, (client) => client.query<{ version: string }>('SHOW server_version_num'));
  return Math.floor(Number(rows[0]!.version) / 10_000);
}

async function postgresBinDir(major: number | undefined): Promise<string> {
  const candidates: string[] = [];
  if (major !== undefined) candidates.push(DEBIAN_BIN(major));
  try {
    candidates.push((await run('pg_config', ['--bindir'])).stdout.trim());
  } catch {
    // no pg_config on PATH
  }
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (found === undefined) {
    throw new Error(`no PostgreSQL ${major ?? ''} server programs (initdb, pg_ctl) in ${candidates.join(', ') || 'any known place'}`);
  }
  return found;
}

/** The user the cluster runs as: `postgres` when we are root (initdb refuses root), else ourselves. */
async function clusterOwner(): Promise<{ name: string; uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout.trim());
  return { name: 'postgres', uid: await id('-u'), gid: await id('-g') };
}

async function freeLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as { port: number };
  await new Promise((closed) => server.close(closed));
  return port;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function failureText(error: unknown): string {
  const failed = error as { message?: string; stderr?: string };
  return [failed.message, failed.stderr].filter((text) => text !== undefined && text !== '').join('\n');
}
