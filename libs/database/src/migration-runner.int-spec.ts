import { Pool } from 'pg';
import { databaseTargets, TestDatabase } from '@app/testing';
import { migrate, runMigrations } from './migration-runner';
import { Migration } from './migrations';

describe.each(databaseTargets())('the migration runner on $name', (target) => {
  let db: TestDatabase;
  let pool: Pool;
  let run = 0;
  /** Each test migrates a component and tables of its own. */
  const fresh = (): string => `m${Date.now().toString(36)}${(run += 1)}`;

  beforeAll(async () => {
    db = await target.create();
    pool = db.database.pool;
  });

  afterAll(async () => {
    await db?.dispose();
  });

  const ledger = async (component: string) =>
    (await pool.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations WHERE component = $1 ORDER BY version', [component])).rows;
  const tableExists = async (name: string): Promise<boolean> =>
    (await pool.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [name])).rows[0]!.present;

  it('applies a component’s versions in order, each recorded in the ledger, and a second run applies nothing', async () => {
    const c = fresh();
    const migrations: Migration[] = [
      { version: 1, name: 'a table', sql: `CREATE TABLE ${c}_t (id integer PRIMARY KEY)` },
      { version: 2, name: 'a column', sql: `ALTER TABLE ${c}_t ADD COLUMN label text` },
    ];
    expect(await migrate(pool, c, migrations)).toEqual([1, 2]);
    expect(await ledger(c)).toEqual([
      { version: 1, name: 'a table' },
      { version: 2, name: 'a column' },
    ]);
    expect(await migrate(pool, c, migrations)).toEqual([]);
    const third: Migration = { version: 3, name: 'a row', sql: `INSERT INTO ${c}_t (id, label) VALUES (1, 'one')` };
    expect(await migrate(pool, c, [...migrations, third])).toEqual([3]);
    expect((await pool.query(`SELECT id, label FROM ${c}_t`)).rows).toEqual([{ id: 1, label: 'one' }]);
  });

  it('a failing version changes nothing and records nothing, and the versions before it stay applied', async () => {
    const c = fresh();
    const migrations: Migration[] = [
      { version: 1, name: 'a table', sql: `CREATE TABLE ${c}_t (id integer PRIMARY KEY)` },
      { version: 2, name: 'half a change', sql: `CREATE TABLE ${c}_u (id integer); SELECT * FROM ${c}_missing` },
    ];
    await expect(migrate(pool, c, migrations)).rejects.toThrow(`Migration ${c}#2 (half a change) failed`);
    expect(await ledger(c)).toEqual([{ version: 1, name: 'a table' }]);
    expect([await tableExists(`${c}_t`), await tableExists(`${c}_u`)]).toEqual([true, false]);
  });

  it('runs a change given as code on its own connection, inside the transaction that records it', async () => {
    const c = fresh();
    const failing: Migration = {
      version: 1,
      name: 'code that fails half way',
      run: async (client) => {
        await client.query(`CREATE TABLE ${c}_t (id integer PRIMARY KEY)`);
        throw new Error('stopped');
      },
    };
    await expect(migrate(pool, c, [failing])).rejects.toThrow('stopped');
    expect([await tableExists(`${c}_t`), await ledger(c)]).toEqual([false, []]);
    const working: Migration = { ...failing, run: async (client) => void (await client.query(`CREATE TABLE ${c}_t (id integer PRIMARY KEY)`)) };
    expect(await migrate(pool, c, [working])).toEqual([1]);
    expect(await tableExists(`${c}_t`)).toBe(true);
  });

  it('records without running a version that an earlier runner applied, and runs the ones it did not', async () => {
    const c = fresh();
    await pool.query(`CREATE TABLE ${c}_t (id integer PRIMARY KEY)`);
    const ran: number[] = [];
    const migrations: Migration[] = [1, 2].map((version) => ({
      version,
      name: `version ${version}`,
      appliedEarlier: async (client) => (await client.query('SELECT to_regclass($1) IS NOT NULL AS present', [`${c}_t`])).rows[0].present && version === 1,
      run: async () => void ran.push(version),
    }));
    expect(await runMigrations(pool, c, migrations)).toEqual({ applied: [2], adopted: [1] });
    expect(ran).toEqual([2]);
    expect((await ledger(c)).map((row) => row.version)).toEqual([1, 2]);
    expect(await runMigrations(pool, c, migrations)).toEqual({ applied: [], adopted: [] });
  });

  it('refuses versions that are not 1, 2, 3… before touching the database', async () => {
    const c = fresh();
    await expect(migrate(pool, c, [{ version: 2, name: 'two', sql: `CREATE TABLE ${c}_t (id integer)` }])).rejects.toThrow(
      `Migrations of ${c} must be numbered 1, 2, 3…; found 2 at 1`,
    );
    expect(await tableExists(`${c}_t`)).toBe(false);
  });

  if (target.name === 'postgres-server') {
    it('two runners migrating one component at once apply each version once', async () => {
      const c = fresh();
      const migrations: Migration[] = [
        { version: 1, name: 'a table', sql: `CREATE TABLE ${c}_t (id integer PRIMARY KEY)` },
        { version: 2, name: 'a slow row', sql: `SELECT pg_sleep(0.2); INSERT INTO ${c}_t VALUES (1)` },
      ];
      const both = await Promise.all([migrate(pool, c, migrations), migrate(pool, c, migrations)]);
      expect(both.flat().sort()).toEqual([1, 2]);
      expect((await pool.query(`SELECT count(*)::int AS n FROM ${c}_t`)).rows).toEqual([{ n: 1 }]);
    });
  }
});
