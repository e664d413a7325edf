import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadTestEnvironment } from '@app/config';
import { createDatabase, Database } from '@app/database';

/** A database made for one test file and thrown away after it. */
export interface TestDatabase {
  readonly database: Database;
  /** Set for a server database: other processes (workers) may connect with it. */
  readonly url: string | undefined;
  dispose(): Promise<void>;
}

export interface DatabaseTarget {
  readonly name: 'postgres-server' | 'pglite-embedded';
  create(): Promise<TestDatabase>;
}

/** The real server when `npm test` found one, and always the embedded database. */
export function databaseTargets(): DatabaseTarget[] {
  const { serverUrl } = loadTestEnvironment();
  const targets: DatabaseTarget[] = [];
  if (serverUrl !== undefined) targets.push({ name: 'postgres-server', create: () => createServerTestDatabase(serverUrl) });
  targets.push({ name: 'pglite-embedded', create: createEmbeddedTestDatabase });
  return targets;
}

/** The real server, or the embedded database when there is none (and not under CI). */
export function primaryTarget(): DatabaseTarget {
  return databaseTargets()[0]!;
}

export function serverTarget(): DatabaseTarget | undefined {
  return databaseTargets().find((target) => target.name === 'postgres-server');
}

export async function createServerTestDatabase(serverUrl: string, poolSize = 20): Promise<TestDatabase> {
  const name = `test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withAdmin(serverUrl, (admin) => admin.query(`CREATE DATABASE ${name}`));
  const url = withDatabaseName(serverUrl, name);
  const database = await createDatabase({ url, poolSize });
  return {
    database,
    url,
    dispose: async () => {
      await database.close();
      await withAdmin(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

export async function createEmbeddedTestDatabase(): Promise<TestDatabase> {
  const database = await createDatabase({});
  return { database, url: undefined, dispose: () => database.close() };
}

export function withDatabaseName(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
