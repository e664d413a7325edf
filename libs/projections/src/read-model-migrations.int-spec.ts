import { randomUUID } from 'node:crypto';
import { migrate } from '@app/database';
import { migrateEventStore, PostgresEventStore } from '@app/event-store';
import { databaseTargets, TestDatabase } from '@app/testing';
import { Pool } from 'pg';
import { ProjectionDefinition } from './projection-definition';
import { ProjectionRuntime } from './projection-runtime';
import { PROJECTION_RUNTIME_MIGRATIONS } from './projections.schema';
import { describedTables, readModelComponent, recreateTables } from './read-model-migrations';
import { streamActivityProjection } from './stream-activity/stream-activity.projection';
import { appendRandomHistory, streamActivityTables, streamActivityTruth } from './testing/random-history';

describe.each(databaseTargets())('read-model migrations through the one runner on $name', (target) => {
  let db: TestDatabase;
  let pool: Pool;
  const runtimes: ProjectionRuntime[] = [];

  beforeAll(async () => {
    db = await target.create();
    pool = db.database.pool;
    await migrateEventStore(db.database);
  });

  afterAll(async () => {
    for (const runtime of runtimes) await runtime.close().catch(() => undefined);
    await db?.dispose();
  });

  const newCategory = (): string => `c${randomUUID().replace(/-/g, '').slice(0, 10)}`;

  async function start(projections: ProjectionDefinition[]): Promise<{ store: PostgresEventStore; runtime: ProjectionRuntime }> {
    const store = new PostgresEventStore(pool, { notifyOtherProcesses: false });
    const runtime = await ProjectionRuntime.create({ store, pool, projections, pollIntervalMs: 50 });
    runtimes.push(runtime);
    return { store, runtime };
  }

  async function expectMatchesLog(tables: { streams: string; categories: string }, categories: string[]): Promise<void> {
    const truth = await streamActivityTruth(pool, categories);
    const actual = await streamActivityTables(pool, tables);
    expect(actual.streams.map((r) => [r.stream_id, r.event_count, Number(r.last_version)])).toEqual(
      truth.streams.map((r) => [r.stream_id, r.event_count, Number(r.last_version)]),
    );
    expect(actual.categories.map((r) => [r.category, Number(r.event_count), r.stream_count])).toEqual(
      truth.categories.map((r) => [r.category, Number(r.event_count), r.stream_count]),
    );
  }

  const ledger = async (projection: string) =>
    (await pool.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations WHERE component = $1 ORDER BY version', [readModelComponent(projection)])).rows;

  it('records each read model’s migrations in schema_migrations, as versions of its own component; a new database keeps no other ledger', async () => {
    const category = newCategory();
    const projection = streamActivityProjection({ name: `ledger-${category}`, kind: 'inline', tablePrefix: `lg_${category}`, categories: [category] });
    const { runtime } = await start([projection]);
    expect(runtime.migrationsApplied.get(projection.name)).toEqual([`stream activity in lg_${category}_streams`]);
    expect(await ledger(projection.name)).toEqual([{ version: 1, name: `stream activity in lg_${category}_streams` }]);
    const again = await start([projection]);
    expect(again.runtime.migrationsApplied.get(projection.name)).toEqual([]);
    expect((await pool.query(`SELECT to_regclass('projection_migrations') IS NULL AS gone`)).rows).toEqual([{ gone: true }]);
  });

  it('recognises a read model the earlier TypeORM runner migrated from that runner’s ledger: its tables and rows stay, nothing runs again', async () => {
    const category = newCategory();
    const projection = streamActivityProjection({ name: `legacy-${category}`, kind: 'inline', tablePrefix: `lc_${category}`, categories: [category] });
    // What the earlier runtime left: its ledger with the read model's TypeORM migration, the tables
    // that migration made, a row in them and a built checkpoint.
    await migrate(pool, 'projections', PROJECTION_RUNTIME_MIGRATIONS.slice(0, 1));
    await pool.query(`CREATE TABLE IF NOT EXISTS projection_migrations (projection text NOT NULL, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (projection, name))`);
    await pool.query('INSERT INTO projection_migrations (projection, name) VALUES ($1, $2)', [projection.name, `CreateStreamActivity_lc_${category}_streams_1767225600000`]);
    for (const table of describedTables(projection)) for (const statement of table.createStatements()) await pool.query(statement);
    await pool.query(`INSERT INTO lc_${category}_categories (category, event_count, stream_count) VALUES ($1, 7, 2)`, [category]);
    await pool.query(`INSERT INTO projection_checkpoints (projection, kind, built) VALUES ($1, 'inline', true)`, [projection.name]);

    const { runtime } = await start([projection]);
    expect(runtime.migrationsApplied.get(projection.name)).toEqual([]);
    expect(await ledger(projection.name)).toEqual([{ version: 1, name: `stream activity in lc_${category}_streams` }]);
    expect((await pool.query(`SELECT event_count::int, stream_count FROM lc_${category}_categories`)).rows).toEqual([{ event_count: 7, stream_count: 2 }]);
  });

  it('a migration that recreates a read model’s tables has it rebuilt from the log, inline and async alike', async () => {
    const categories = [newCategory()];
    const inline = streamActivityProjection({ name: `shape-inline-${categories[0]}`, kind: 'inline', tablePrefix: `si_${categories[0]}`, categories });
    const async = streamActivityProjection({ name: `shape-async-${categories[0]}`, kind: 'async', tablePrefix: `sa_${categories[0]}`, categories, batchSize: 40 });
    const first = await start([inline, async]);
    await first.runtime.startAsyncProjectors();
    await appendRandomHistory(first.store, { categories, events: 300, streams: 25, seed: 5 });
    await first.runtime.caughtUp(async.name);
    await first.runtime.close();
    // Rows the log does not explain: only a rebuild from the log puts them right.
    await pool.query(`UPDATE ${inline.tables.categories} SET event_count = 999`);
    await pool.query(`UPDATE ${async.tables.categories} SET event_count = 999`);

    const nextShape = (definition: typeof inline): ProjectionDefinition => ({
      ...definition,
      migrations: [...definition.migrations, recreateTables('the next shape', describedTables(definition))],
    });
    const second = await start([nextShape(inline), nextShape(async)]);
    expect([second.runtime.migrationsApplied.get(inline.name), second.runtime.migrationsApplied.get(async.name)]).toEqual([['the next shape'], ['the next shape']]);
    await expectMatchesLog(inline.tables, categories);
    await second.runtime.startAsyncProjectors();
    await second.runtime.caughtUp(async.name);
    await expectMatchesLog(async.tables, categories);
    expect((await second.runtime.statusOf(async.name)).checkpoint?.position).toBeGreaterThan(0);
  });

  it('building a copy runs a recreating migration in the copy’s own schema: the live tables keep their rows', async () => {
    const categories = [newCategory()];
    const base = streamActivityProjection({ name: `copy-${categories[0]}`, kind: 'inline', tablePrefix: `cp_${categories[0]}`, categories });
    const projection: ProjectionDefinition = { ...base, migrations: [...base.migrations, recreateTables('again', describedTables(base))] };
    const { store, runtime } = await start([projection]);
    await appendRandomHistory(store, { categories, events: 120, streams: 10, seed: 9 });
    const comparison = await runtime.compareWithLive(projection.name);
    expect(comparison.map((table) => [table.table, table.equal])).toEqual([
      [base.tables.categories, true],
      [base.tables.streams, true],
    ]);
    await expectMatchesLog(base.tables, categories);
    await runtime.rebuild(projection.name);
    await expectMatchesLog(base.tables, categories);
  });
});
