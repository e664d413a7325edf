import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { migrateEventStore, PostgresEventStore } from '@app/event-store';
import { databaseTargets, TestDatabase } from '@app/testing';
import { ProjectionRuntime } from './projection-runtime';

const originalQuery = Client.prototype.query as (...args: unknown[]) => unknown;

/*
 * `runtime.reader`, the boards' and lists' way to the read models: the rows `dataSource.query`
 * gives, from statements prepared once per connection on a server and plain ones on the embedded
 * database, whose one session outlives the pool's connections to it.
 */
describe.each(databaseTargets())('the read models reader on $name', (target) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await target.create();
    await migrateEventStore(db.database);
  });
  afterAll(async () => db?.dispose());

  it("answers as the DataSource does, prepares its statements on a server only, and reads on after the pool's connections are replaced", async () => {
    const store = new PostgresEventStore(db.database.pool);
    const runtime = await ProjectionRuntime.create({ store, pool: db.database.pool, projections: [] });
    try {
      const streamId = `reader-${randomUUID()}`;
      await store.append(streamId, [
        { type: 'Noted', data: { text: '督查' } },
        { type: 'Noted', data: { text: '整改' } },
      ]);
      const sql = 'SELECT stream_version, event_type, data FROM es_events WHERE stream_id = $1 ORDER BY stream_version';
      const names: unknown[] = [];
      const query = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
        const statement = args[0] as { text?: unknown; name?: unknown } | null;
        if (statement?.text === sql) names.push(statement.name);
        return originalQuery.apply(this, args);
      } as never);
      let read: unknown;
      try {
        read = await runtime.reader.query(sql, [streamId]);
      } finally {
        query.mockRestore();
      }
      expect(read).toEqual(await runtime.dataSource.query(sql, [streamId]));
      expect(read).toEqual([
        { stream_version: '1', event_type: 'Noted', data: { text: '督查' } },
        { stream_version: '2', event_type: 'Noted', data: { text: '整改' } },
      ]);
      expect(names).toEqual([db.database.mode === 'server' ? expect.stringMatching(/^read_[0-9a-f]{24}$/) : undefined]);

      for (let replaced = 0; replaced < 3; replaced += 1) {
        const client = await db.database.pool.connect();
        client.release(true);
        expect(await runtime.reader.query(sql, [streamId])).toEqual(read);
      }
    } finally {
      await runtime.close();
    }
  });
});
