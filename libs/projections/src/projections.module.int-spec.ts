import { randomUUID } from 'node:crypto';
import { Global, INestApplicationContext, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { DATABASE } from '@app/database';
import { EVENT_STORE, migrateEventStore, PostgresEventStore } from '@app/event-store';
import { databaseTargets, eventually, TestDatabase } from '@app/testing';
import { ProjectionRuntime } from './projection-runtime';
import { PROJECTIONS_DATA_SOURCE, ProjectionsModule } from './projections.module';
import { streamActivityProjection } from './stream-activity/stream-activity.projection';

describe.each(databaseTargets())('ProjectionsModule on $name', (target) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await target.create();
    await migrateEventStore(db.database);
  });
  afterAll(async () => db?.dispose());

  async function boot(runAsyncProjectors: boolean) {
    const store = new PostgresEventStore(db.database.pool, { notifyOtherProcesses: db.database.mode === 'server' });
    @Global()
    @Module({
      providers: [
        { provide: EVENT_STORE, useValue: store },
        { provide: DATABASE, useValue: db.database },
      ],
      exports: [EVENT_STORE, DATABASE],
    })
    class StoreModule {}
    const suffix = randomUUID().replace(/-/g, '').slice(0, 8);
    const inline = streamActivityProjection({ name: `inline-${suffix}`, kind: 'inline', tablePrefix: `mi_${suffix}` });
    const async = streamActivityProjection({ name: `async-${suffix}`, kind: 'async', tablePrefix: `ma_${suffix}` });
    const moduleRef = await Test.createTestingModule({
      imports: [
        StoreModule,
        ProjectionsModule.forRootAsync({ useFactory: async () => ({ projections: [inline, async], runAsyncProjectors, pollIntervalMs: 50 }) }),
      ],
    }).compile();
    const app: INestApplicationContext = await moduleRef.init();
    return { app, store, inline, async, runtime: app.get(ProjectionRuntime) };
  }

  it('migrates the read models at start-up, runs inline projections in appends and async projectors once started, and stops them at shutdown', async () => {
    const { app, store, inline, async, runtime } = await boot(true);
    const tables = await db.database.pool.query<{ tablename: string }>(
      'SELECT tablename FROM pg_tables WHERE tablename = ANY ($1::text[]) ORDER BY tablename',
      [[inline.tables.streams, async.tables.streams]],
    );
    expect(tables.rows.map((r) => r.tablename)).toEqual([async.tables.streams, inline.tables.streams].sort());
    expect((await runtime.statusOf(async.name)).state).toBe('running');

    const streamId = `task-${randomUUID()}`;
    await store.append(streamId, [{ type: 'TaskAssigned', data: {} }]);
    const inlineRow = await db.database.pool.query(`SELECT event_count FROM "${inline.tables.streams}" WHERE stream_id = $1`, [streamId]);
    expect(inlineRow.rows).toEqual([{ event_count: 1 }]);
    await eventually(async () => {
      const asyncRow = await db.database.pool.query(`SELECT event_count FROM "${async.tables.streams}" WHERE stream_id = $1`, [streamId]);
      expect(asyncRow.rows).toEqual([{ event_count: 1 }]);
    });
    const dataSource = app.get<DataSource>(PROJECTIONS_DATA_SOURCE);
    expect(dataSource.isInitialized).toBe(true);

    await app.close();
    expect((await runtime.statusOf(async.name)).state).toBe('stopped');
    expect(dataSource.isInitialized).toBe(false);
  });

  it('leaves async projectors stopped when this process is not to run them', async () => {
    const { app, async, runtime } = await boot(false);
    expect((await runtime.statusOf(async.name)).state).toBe('stopped');
    await app.close();
  });
});
