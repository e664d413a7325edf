import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { migrate } from '@app/database';
import { databaseTargets, eventually, TestDatabase } from '@app/testing';
import { EVENT_STORE_MIGRATIONS } from './event-store.schema';
import {
  EventIdConflictError,
  EventTooLargeError,
  InvalidEventError,
  InvalidExpectedVersionError,
  InvalidStreamIdError,
  WrongExpectedVersionError,
} from './event-store.errors';
import { Checkpoint, EventToAppend, ExpectedVersion, RecordedEvent } from './event.types';
import { PostgresEventStore } from './postgres-event-store';
import { UpcasterRegistry } from './upcaster-registry';

const event = (type: string, data: object = {}, extra: Partial<EventToAppend> = {}): EventToAppend => ({
  type,
  data,
  metadata: { actorId: 'user-1', correlationId: 'corr-1' },
  ...extra,
});

describe.each(databaseTargets())('event store contract on $name', (target) => {
  let db: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    db = await target.create();
    await migrate(db.database.pool, 'event-store', EVENT_STORE_MIGRATIONS);
    store = new PostgresEventStore(db.database.pool, {
      maxEventBytes: 4096,
      notifyOtherProcesses: db.database.mode === 'server',
      preparedStatements: db.database.mode === 'server',
    });
  });

  afterAll(async () => {
    await db?.dispose();
  });

  const eventCount = async (): Promise<number> =>
    Number((await db.database.pool.query<{ n: string }>('SELECT count(*) AS n FROM es_events')).rows[0]!.n);
  const newStream = (category = 'case'): string => `${category}-${randomUUID()}`;

  describe('migrations', () => {
    it('are safe to run twice and from two callers at once', async () => {
      const again = await Promise.all([
        migrate(db.database.pool, 'event-store', EVENT_STORE_MIGRATIONS),
        migrate(db.database.pool, 'event-store', EVENT_STORE_MIGRATIONS),
      ]);
      expect(again).toEqual([[], []]);
    });
  });

  describe('append with an expected version', () => {
    it('given a new stream, "no-stream" and 0 both append from version 1', async () => {
      const a = newStream();
      const b = newStream();
      const first = await store.append(a, [event('CaseOpened'), event('CaseAssigned')], { expectedVersion: 'no-stream' });
      await store.append(b, [event('CaseOpened')], { expectedVersion: 0 });
      expect(first).toMatchObject({ streamId: a, nextVersion: 2, duplicate: false });
      expect(first.lastPosition).toBe(first.firstPosition + 1);
      expect((await store.readStream(a)).map((e) => [e.version, e.type])).toEqual([
        [1, 'CaseOpened'],
        [2, 'CaseAssigned'],
      ]);
      expect(await store.streamVersion(b)).toBe(1);
    });

    it.each<[string, ExpectedVersion, number]>([
      ['"no-stream"', 'no-stream', 2],
      ['0', 0, 2],
      ['a stale number', 1, 2],
      ['a number ahead of the stream', 5, 2],
    ])('given a stream at version 2, %s is refused naming stream, expected and actual version', async (_name, expected, actual) => {
      const stream = newStream();
      await store.append(stream, [event('A'), event('B')]);
      const before = await eventCount();
      const attempt = store.append(stream, [event('C')], { expectedVersion: expected });
      await expect(attempt).rejects.toThrow(WrongExpectedVersionError);
      await expect(attempt).rejects.toMatchObject({ streamId: stream, expected, actual, code: 'WRONG_EXPECTED_VERSION' });
      expect(await eventCount()).toBe(before);
    });

    it('given a stream at version 2, the exact version 2 appends', async () => {
      const stream = newStream();
      await store.append(stream, [event('A'), event('B')]);
      expect((await store.append(stream, [event('C')], { expectedVersion: 2 })).nextVersion).toBe(3);
    });

    it('"stream-exists" appends to an existing stream and is refused on a missing one', async () => {
      const stream = newStream();
      await expect(store.append(stream, [event('A')], { expectedVersion: 'stream-exists' })).rejects.toMatchObject({
        actual: 0,
      });
      await store.append(stream, [event('A')]);
      expect((await store.append(stream, [event('B')], { expectedVersion: 'stream-exists' })).nextVersion).toBe(2);
    });

    it('"any" appends whatever the version, and concurrent "any" appends all land in order', async () => {
      const stream = newStream();
      await Promise.all(Array.from({ length: 20 }, (_, i) => store.append(stream, [event('Tick', { i })], { expectedVersion: 'any' })));
      const events = await store.readStream(stream);
      expect(events.map((e) => e.version)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });

    it.each([
      ['two events each', 2],
      ['one event each', 1],
    ])('given 50 concurrent appenders with the same expected version (%s), exactly one wins and nothing partial is written', async (_name, size) => {
      const stream = newStream();
      await store.append(stream, [event('Opened')]);
      const outcomes = await Promise.allSettled(
        Array.from({ length: 50 }, (_, writer) =>
          store.append(
            stream,
            Array.from({ length: size }, (_, part) => event('Step', { writer, part })),
            { expectedVersion: 1 },
          ),
        ),
      );
      const winners = outcomes.filter((o) => o.status === 'fulfilled');
      const losers = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(winners).toHaveLength(1);
      expect(losers.every((o) => o.reason instanceof WrongExpectedVersionError && o.reason.actual === 1 + size)).toBe(true);
      const events = await store.readStream(stream);
      expect(events).toHaveLength(1 + size);
      const writers = new Set(events.slice(1).map((e) => e.data['writer']));
      expect(writers.size).toBe(1);
      expect((await store.verify()).ok).toBe(true);
    });
    it.each([
      ['one event each, "no-stream"', 1, 'no-stream' as const],
      ['two events each, 0', 2, 0],
    ])('given 50 concurrent creators of the same new stream (%s), exactly one wins and the others are told its version', async (_name, size, expectedVersion) => {
      const stream = newStream();
      const outcomes = await Promise.allSettled(
        Array.from({ length: 50 }, (_, writer) =>
          store.append(
            stream,
            Array.from({ length: size }, (_, part) => event('Opened', { writer, part })),
            { expectedVersion },
          ),
        ),
      );
      const winners = outcomes.filter((o) => o.status === 'fulfilled');
      const losers = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(49);
      for (const loser of losers) {
        expect(loser.reason).toBeInstanceOf(WrongExpectedVersionError);
        expect((loser.reason as WrongExpectedVersionError).actual).toBe(size);
      }
      const events = await store.readStream(stream);
      expect(events).toHaveLength(size);
      expect(new Set(events.map((e) => e.data['writer'])).size).toBe(1);
      expect((await store.verify()).ok).toBe(true);
    });
  });

  describe('idempotency by event id', () => {
    it('re-appending the same events returns the first result and writes nothing', async () => {
      const stream = newStream();
      const batch = [event('A', { n: 1 }, { id: randomUUID() }), event('B', { n: 2 }, { id: randomUUID() })];
      const first = await store.append(stream, batch, { expectedVersion: 'no-stream' });
      const before = await eventCount();
      const again = await store.append(stream, batch, { expectedVersion: 'no-stream' });
      expect(again).toEqual({ ...first, duplicate: true });
      expect(await eventCount()).toBe(before);
    });

    it('two racing appends of the same new events write them once and both succeed', async () => {
      const stream = newStream();
      const batch = [event('A', {}, { id: randomUUID() })];
      const results = await Promise.all([
        store.append(stream, batch, { expectedVersion: 'any' }),
        store.append(stream, batch, { expectedVersion: 'any' }),
        store.append(stream, batch, { expectedVersion: 'no-stream' }),
      ]);
      expect(new Set(results.map((r) => r.firstPosition)).size).toBe(1);
      expect(await store.readStream(stream)).toHaveLength(1);
    });

    it("inside a caller's transaction, re-appending stored events returns the first result and leaves the transaction usable", async () => {
      const stream = newStream();
      const batch = [event('A', { n: 1 }, { id: randomUUID() })];
      const first = await store.append(stream, batch, { expectedVersion: 'no-stream' });
      const client = await db.database.pool.connect();
      try {
        await client.query('BEGIN');
        const again = await store.append(stream, batch, { expectedVersion: 'any', client });
        expect(again).toEqual({ ...first, duplicate: true });
        expect((await client.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }]);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      expect(await store.readStream(stream)).toHaveLength(1);
    });

    it('the same id with different content is refused', async () => {
      const stream = newStream();
      const id = randomUUID();
      await store.append(stream, [event('A', { n: 1 }, { id })]);
      const before = await eventCount();
      await expect(store.append(stream, [event('A', { n: 2 }, { id })])).rejects.toThrow(EventIdConflictError);
      await expect(store.append(newStream(), [event('A', { n: 1 }, { id })])).rejects.toThrow(EventIdConflictError);
      await expect(store.append(stream, [event('A', { n: 1 }, { id }), event('B', {}, { id: randomUUID() })])).rejects.toThrow(
        EventIdConflictError,
      );
      expect(await eventCount()).toBe(before);
    });
  });

  describe('bad input is refused with a typed error and writes nothing', () => {
    const notJson: Record<string, unknown> = { at: 1 };
    notJson['self'] = notJson;
    it.each<[string, () => Promise<unknown>, new (...args: never[]) => Error]>([
      ['an empty stream id', () => store.append('', [event('A')]), InvalidStreamIdError],
      ['a blank stream id', () => store.append('   ', [event('A')]), InvalidStreamIdError],
      ['a stream id that is not a string', () => store.append(42 as unknown as string, [event('A')]), InvalidStreamIdError],
      ['no events', () => store.append(newStream(), []), InvalidEventError],
      ['an event without a type', () => store.append(newStream(), [{ type: '', data: {} }]), InvalidEventError],
      ['a cyclic data object', () => store.append(newStream(), [event('A', notJson)]), InvalidEventError],
      ['data with a function', () => store.append(newStream(), [event('A', { f: () => 1 })]), InvalidEventError],
      ['data with a bigint', () => store.append(newStream(), [event('A', { n: 1n })]), InvalidEventError],
      ['data that is an array', () => store.append(newStream(), [event('A', [1, 2])]), InvalidEventError],
      ['an event id that is not a UUID', () => store.append(newStream(), [event('A', {}, { id: 'abc' })]), InvalidEventError],
      ['an oversized event', () => store.append(newStream(), [event('A', { text: 'x'.repeat(5000) })]), EventTooLargeError],
      [
        'an unknown expected-version form',
        () => store.append(newStream(), [event('A')], { expectedVersion: 'latest' as ExpectedVersion }),
        InvalidExpectedVersionError,
      ],
      ['a negative expected version', () => store.append(newStream(), [event('A')], { expectedVersion: -1 }), InvalidExpectedVersionError],
    ])('%s', async (_name, attempt, errorType) => {
      const before = await eventCount();
      await expect(attempt()).rejects.toThrow(errorType);
      expect(await eventCount()).toBe(before);
    });
  });

  describe('reading', () => {
    it('reads a stream forwards, backwards, from, to and with a limit', async () => {
      const stream = newStream();
      await store.append(stream, Array.from({ length: 6 }, (_, i) => event('N', { i: i + 1 })));
      const versions = (events: RecordedEvent[]) => events.map((e) => e.version);
      expect(versions(await store.readStream(stream))).toEqual([1, 2, 3, 4, 5, 6]);
      expect(versions(await store.readStream(stream, { from: 3, to: 5 }))).toEqual([3, 4, 5]);
      expect(versions(await store.readStream(stream, { from: 2, limit: 2 }))).toEqual([2, 3]);
      expect(versions(await store.readStream(stream, { backwards: true, limit: 2 }))).toEqual([6, 5]);
      expect(versions(await store.readStream(stream, { backwards: true, from: 4, to: 2 }))).toEqual([4, 3, 2]);
      expect(await store.readStream(newStream())).toEqual([]);
    });

    it("lists a category's streams in id order, a page at a time, and counts its events, leaving out look-alike categories", async () => {
      // Given streams of the category 'lst' (one whose id is the bare category), and streams of
      // categories that share its first letters or sort right beside it
      const mine = ['lst', 'lst-b', 'lst-a', 'lst-é', 'lst-a-1'];
      const others = ['lst+x-1', 'lst!-1', 'lsta-1', 'ls-1', 'lstz', 'lst.-1'];
      for (const [i, id] of [...mine, ...others].entries()) {
        await store.append(id, Array.from({ length: i < mine.length ? i + 1 : 7 }, () => event('Listed')), { expectedVersion: 'no-stream' });
      }

      // When the category is listed whole and in pages of two
      const all = await store.listStreams('lst');
      const pages: string[][] = [];
      let after: string | undefined;
      for (;;) {
        const page = await store.listStreams('lst', { limit: 2, ...(after === undefined ? {} : { after }) });
        if (page.length === 0) break;
        pages.push(page.map((s) => s.streamId));
        after = page[page.length - 1]!.streamId;
      }

      // Then exactly its streams come, in byte order, with their versions, and the pages add up
      const inOrder = ['lst', 'lst-a', 'lst-a-1', 'lst-b', 'lst-é'];
      expect(all.map((s) => s.streamId)).toEqual(inOrder);
      expect(all.map((s) => s.version)).toEqual([1, 3, 5, 2, 4]);
      expect(pages).toEqual([inOrder.slice(0, 2), inOrder.slice(2, 4), inOrder.slice(4)]);
      expect(await store.categoryEventCount('lst')).toBe(1 + 2 + 3 + 4 + 5);
      expect(await store.categoryEventCount('lsq')).toBe(0);
    });

    it('records every field and the metadata, and reads the global log by type and category', async () => {
      const caseStream = newStream('casex');
      const taskStream = newStream('taskx');
      const id = randomUUID();
      const head = await store.headPosition();
      await store.append(caseStream, [
        { id, type: 'CaseOpened', schemaVersion: 2, data: { title: '整改' }, metadata: { actorId: 'u7', commandId: 'c1', orgUnitId: 'anji' } },
      ]);
      await store.append(taskStream, [event('TaskOpened')]);
      const all = await store.readAll({ after: head });
      expect(all.map((e) => e.streamId)).toEqual([caseStream, taskStream]);
      expect(all[0]).toMatchObject({
        id,
        streamId: caseStream,
        category: 'casex',
        version: 1,
        type: 'CaseOpened',
        schemaVersion: 2,
        data: { title: '整改' },
        metadata: { actorId: 'u7', commandId: 'c1', orgUnitId: 'anji' },
      });
      expect(all[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(all[0]!.recordedAt).toBeInstanceOf(Date);
      expect(all[1]!.position).toBeGreaterThan(all[0]!.position);
      expect((await store.readAll({ after: head, categories: ['taskx'] })).map((e) => e.streamId)).toEqual([taskStream]);
      expect((await store.readAll({ after: head, types: ['CaseOpened'] })).map((e) => e.id)).toEqual([id]);
      expect(await store.readAll({ after: head, limit: 1 })).toHaveLength(1);
    });
  });

  describe('snapshots and upcasters', () => {
    it('loads the latest snapshot saved, and an older one never replaces a newer one', async () => {
      const stream = newStream();
      expect(await store.loadSnapshot(stream)).toBeUndefined();
      await store.saveSnapshot(stream, { version: 3, schemaVersion: 1, state: { status: 'open', items: [1, 2] } });
      await store.saveSnapshot(stream, { version: 2, schemaVersion: 1, state: { status: 'stale' } });
      expect(await store.loadSnapshot(stream)).toEqual({ version: 3, schemaVersion: 1, state: { status: 'open', items: [1, 2] } });
      await store.saveSnapshot(stream, { version: 5, schemaVersion: 1, state: { status: 'closed' } });
      expect((await store.loadSnapshot(stream))?.version).toBe(5);
    });

    it('reads a stream from its snapshot in one read: the snapshot of the shape asked for and the events after it, as loadSnapshot then readStream would', async () => {
      const stream = newStream();
      const asTwoReads = async (schemaVersion: number) => {
        const snapshot = await store.loadSnapshot(stream);
        const usable = snapshot?.schemaVersion === schemaVersion ? snapshot : undefined;
        return { snapshot: usable, events: await store.readStream(stream, { from: (usable?.version ?? 0) + 1 }) };
      };
      // No stream at all, then a stream without a snapshot.
      expect(await store.readStreamFromSnapshot(stream, 1)).toEqual({ snapshot: undefined, events: [] });
      await store.append(stream, [event('A', { n: 1 }), event('B', { n: 2 }), event('C', { n: 3 })]);
      expect(await store.readStreamFromSnapshot(stream, 1)).toEqual(await asTwoReads(1));
      expect((await store.readStreamFromSnapshot(stream, 1)).events.map((e) => e.version)).toEqual([1, 2, 3]);
      // A snapshot at version 2: the events after it come with it, in version order.
      await store.saveSnapshot(stream, { version: 2, schemaVersion: 1, state: { folded: ['A', 'B'] } });
      const fromSnapshot = await store.readStreamFromSnapshot(stream, 1);
      expect(fromSnapshot).toEqual(await asTwoReads(1));
      expect(fromSnapshot.snapshot).toEqual({ version: 2, schemaVersion: 1, state: { folded: ['A', 'B'] } });
      expect(fromSnapshot.events.map((e) => [e.version, e.type])).toEqual([[3, 'C']]);
      // A snapshot of another shape counts as none: the whole stream is read.
      const otherShape = await store.readStreamFromSnapshot(stream, 2);
      expect(otherShape.snapshot).toBeUndefined();
      expect(otherShape.events.map((e) => e.version)).toEqual([1, 2, 3]);
      // A snapshot at the stream's head: no events after it, the snapshot still comes.
      await store.saveSnapshot(stream, { version: 3, schemaVersion: 1, state: { folded: ['A', 'B', 'C'] } });
      expect(await store.readStreamFromSnapshot(stream, 1)).toEqual({ snapshot: { version: 3, schemaVersion: 1, state: { folded: ['A', 'B', 'C'] } }, events: [] });
      await store.append(stream, [event('D'), event('E')]);
      expect(await store.readStreamFromSnapshot(stream, 1)).toEqual(await asTwoReads(1));
      expect((await store.readStreamFromSnapshot(stream, 1)).events.map((e) => e.version)).toEqual([4, 5]);
    });

    it('reads an old event version in its current shape, leaving the stored row as written', async () => {
      const stream = newStream();
      await store.append(stream, [{ type: 'ScoreRecorded', schemaVersion: 1, data: { score: 8 } }]);
      const upcasting = new PostgresEventStore(db.database.pool, {
        upcasters: new UpcasterRegistry().register({
          type: 'ScoreRecorded',
          fromSchemaVersion: 1,
          toSchemaVersion: 2,
          upcast: ({ score, ...rest }) => ({ ...rest, points: score, maxPoints: 10 }),
        }),
      });
      const [upcast] = await upcasting.readStream(stream);
      expect(upcast).toMatchObject({ type: 'ScoreRecorded', schemaVersion: 2, data: { points: 8, maxPoints: 10 } });
      const [raw] = await store.readStream(stream);
      expect(raw).toMatchObject({ schemaVersion: 1, data: { score: 8 } });
      expect((await upcasting.verify({ from: raw!.position, to: raw!.position })).ok).toBe(true);
    });
  });

  describe('inline append hooks', () => {
    it('commit with the events, and a failing hook rolls the append back', async () => {
      const hooked = new PostgresEventStore(db.database.pool);
      await db.database.pool.query('CREATE TABLE IF NOT EXISTS hook_probe (event_id uuid PRIMARY KEY)');
      let fail = false;
      hooked.addAppendHook(async (client, events) => {
        for (const e of events) await client.query('INSERT INTO hook_probe VALUES ($1)', [e.id]);
        if (fail) throw new Error('projection failed');
      });
      const stream = newStream();
      await hooked.append(stream, [event('A'), event('B')]);
      expect(Number((await db.database.pool.query('SELECT count(*) AS n FROM hook_probe')).rows[0].n)).toBe(2);
      fail = true;
      await expect(hooked.append(stream, [event('C')])).rejects.toThrow('projection failed');
      expect(await hooked.streamVersion(stream)).toBe(2);
      expect(Number((await db.database.pool.query('SELECT count(*) AS n FROM hook_probe')).rows[0].n)).toBe(2);
    });

    it("inside a caller's transaction, give back the events the hooks got, as the stream reads them once committed; without hooks, nothing", async () => {
      const hooked = new PostgresEventStore(db.database.pool);
      const handed: RecordedEvent[][] = [];
      hooked.addAppendHook(async (_client, events) => void handed.push([...events]));
      const stream = newStream();
      await hooked.append(stream, [event('A')]);
      const result = await hooked.transaction((transaction) => transaction.append(stream, [event('B', { n: 1 }), event('C', { n: 2 })], { expectedVersion: 1 }));
      expect(result.recorded).toEqual(handed[1]);
      expect(result.recorded).toEqual(await hooked.readStream(stream, { from: 2 }));
      expect(result.recorded!.map((e) => [e.version, e.position])).toEqual([
        [2, result.firstPosition],
        [3, result.lastPosition],
      ]);
      const plain = await store.transaction((transaction) => transaction.append(stream, [event('D')], { expectedVersion: 3 }));
      expect(plain.recorded).toBeUndefined();
    });
  });

  describe('many new streams in one statement', () => {
    it('appends each stream from version 1 with the chain verify expects, the hooks once with every event, and the versions one query reads', async () => {
      const hooked = new PostgresEventStore(db.database.pool);
      const seen: string[][] = [];
      hooked.addAppendHook(async (_client, events) => void seen.push(events.map((e) => e.streamId)));
      const [a, b] = [newStream('orgunit'), newStream('orgunit')];
      const head = await store.headPosition();
      const results = await hooked.transaction((transaction) =>
        transaction.appendNewStreams([
          { streamId: a, events: [event('UnitRegistered', { n: 1 }), event('PersonAssigned', { n: 2 })] },
          { streamId: b, events: [event('UnitRegistered', { n: 3 })] },
        ]),
      );
      expect(results.map(({ streamId, nextVersion, duplicate }) => ({ streamId, nextVersion, duplicate }))).toEqual([
        { streamId: a, nextVersion: 2, duplicate: false },
        { streamId: b, nextVersion: 1, duplicate: false },
      ]);
      expect(seen).toEqual([[a, a, b]]);
      expect((await store.readStream(a)).map((e) => [e.version, e.type, e.data])).toEqual([
        [1, 'UnitRegistered', { n: 1 }],
        [2, 'PersonAssigned', { n: 2 }],
      ]);
      expect(await store.streamVersions([a, b, newStream('orgunit')])).toEqual(new Map([[a, 2], [b, 1]]));
      expect((await store.verify({ from: head + 1 })).ok).toBe(true);
      // The streams go on like any other.
      await store.append(a, [event('PersonAssigned', { n: 4 })], { expectedVersion: 2 });
      expect((await store.verify({ from: head + 1 })).ok).toBe(true);
    });

    it('a stream that exists fails the statement and the transaction writes nothing', async () => {
      const [there, fresh] = [newStream('orgunit'), newStream('orgunit')];
      await store.append(there, [event('UnitRegistered')]);
      const attempt = store.transaction((transaction) =>
        transaction.appendNewStreams([
          { streamId: fresh, events: [event('UnitRegistered')] },
          { streamId: there, events: [event('UnitRegistered')] },
        ]),
      );
      await expect(attempt).rejects.toMatchObject({ code: '23505' });
      expect(await store.streamVersions([there, fresh])).toEqual(new Map([[there, 1]]));
    });
  });

  describe('verify', () => {
    it('passes an untouched log and names the position of a row altered with SQL', async () => {
      const streams = [newStream(), newStream()];
      for (const stream of streams) await store.append(stream, [event('A', { n: 1 }), event('B', { n: 2 }), event('C', { n: 3 })]);
      const [, victim] = await store.readStream(streams[1]!);
      expect((await store.verify()).ok).toBe(true);

      await db.database.pool.query(`UPDATE es_events SET data = '{"n": 99}' WHERE global_position = $1`, [victim!.position]);
      const report = await store.verify();
      expect(report.ok).toBe(false);
      expect(report.firstBroken).toEqual({ position: victim!.position, streamId: streams[1], version: 2, reason: 'content' });
    });

    it('accepts the chain whichever way the events were appended: new or existing stream, one event or many, in a caller transaction or not', async () => {
      const head = await store.headPosition();
      const stream = newStream();
      await store.append(stream, [event('A', { n: 1 })], { expectedVersion: 'no-stream' });
      await store.append(stream, [event('B', { n: 2 })], { expectedVersion: 1 });
      await store.append(stream, [event('C', { n: 3 }), event('D', { n: 4 })], { expectedVersion: 'stream-exists' });
      await store.append(stream, [event('E', { n: 5 })], { expectedVersion: 'any' });
      await store.append(newStream(), [event('A'), event('B'), event('C')], { expectedVersion: 'no-stream' });
      await store.append(newStream(), [event('A')], { expectedVersion: 'any' });
      const client = await db.database.pool.connect();
      try {
        await client.query('BEGIN');
        await store.append(stream, [event('F', { n: 6 })], { expectedVersion: 5, client });
        await store.append(newStream(), [event('A'), event('B')], { expectedVersion: 'no-stream', client });
        await store.append(newStream(), [event('A')], { expectedVersion: 0, client });
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      expect((await store.readStream(stream)).map((e) => [e.version, e.type])).toEqual([
        [1, 'A'],
        [2, 'B'],
        [3, 'C'],
        [4, 'D'],
        [5, 'E'],
        [6, 'F'],
      ]);
      const report = await store.verify({ from: head + 1 });
      expect(report).toMatchObject({ ok: true, checkedEvents: 13 });
    });

    it('catches a forged digest through the chain', async () => {
      const stream = newStream();
      await store.append(stream, [event('A', { n: 1 }), event('B', { n: 2 })]);
      const [first] = await store.readStream(stream);
      const { digestOfStored } = await import('./hash-chain');
      const forged = digestOfStored('A', 1, { n: 7 }, first!.metadata);
      await db.database.pool.query(`UPDATE es_events SET data = '{"n": 7}', content_digest = $2 WHERE global_position = $1`, [
        first!.position,
        forged,
      ]);
      const report = await store.verify({ from: first!.position });
      expect(report.firstBroken).toMatchObject({ position: first!.position, reason: 'chain' });
    });
  });

  describe('subscriptions', () => {
    it('catch up, go live, stop cleanly, and resume from a checkpoint without gap or duplicate', async () => {
      const stream = newStream('subs');
      await store.append(stream, [event('A', { n: 1 }), event('A', { n: 2 })]);
      const seen: number[] = [];
      let checkpoint: Checkpoint | undefined;
      const subscription = store.subscribe({
        categories: ['subs'],
        batchSize: 1,
        pollIntervalMs: 50,
        handle: async (batch) => {
          for (const e of batch.events) if (e.streamId === stream) seen.push(e.data['n'] as number);
          checkpoint = batch.checkpoint;
        },
      });
      await subscription.caughtUp();
      await store.append(stream, [event('A', { n: 3 })]);
      await eventually(() => expect(seen).toEqual([1, 2, 3]));
      await subscription.stop();
      await expect(subscription.done).resolves.toBeUndefined();

      await store.append(stream, [event('A', { n: 4 }), event('A', { n: 5 })]);
      const resumed: number[] = [];
      const second = store.subscribe({
        from: checkpoint,
        categories: ['subs'],
        handle: async (batch) => {
          for (const e of batch.events) if (e.streamId === stream) resumed.push(e.data['n'] as number);
        },
      });
      await eventually(() => expect(resumed).toEqual([4, 5]));
      await second.stop();
    });

    it('a handler that throws stops the subscription at that batch and reports the error', async () => {
      const stream = newStream('boom');
      await store.append(stream, [event('A'), event('Bad'), event('C')]);
      const handled: string[] = [];
      const subscription = store.subscribe({
        categories: ['boom'],
        batchSize: 1,
        handle: async (batch) => {
          const [e] = batch.events;
          if (e!.type === 'Bad') throw new Error('cannot project Bad');
          handled.push(e!.type);
        },
      });
      await expect(subscription.done).rejects.toThrow('cannot project Bad');
      expect(handled).toEqual(['A']);
      expect(subscription.checkpoint.position).toBeLessThan((await store.readStream(stream))[1]!.position);
    });

    it('following several categories, a subscriber gets their events merged in the order an unfiltered one sees them, a small page at a time', async () => {
      const [a, b, other] = ['mergea', 'mergeb', 'mergec'].map((name) => `${name}${randomUUID().slice(0, 6)}`) as [string, string, string];
      const head = await store.headPosition();
      const appendTwelve = async () => {
        for (let i = 0; i < 12; i += 1) {
          const category = [a, b, other][i % 3]!;
          await store.append(`${category}-${i % 2}`, [event(i % 4 === 0 ? 'Skipped' : 'Kept', { i })]);
        }
      };
      if (db.database.mode === 'server') {
        // One transaction takes its id first and commits last (the embedded database has one connection).
        const held = await db.database.pool.connect();
        try {
          await held.query('BEGIN');
          await store.append(`${b}-held`, [event('Held')], { client: held });
          await appendTwelve();
          await held.query('COMMIT');
          store.signalAppended();
        } finally {
          held.release();
        }
      } else {
        await store.append(`${b}-held`, [event('Held')]);
        await appendTwelve();
      }
      const collect = (into: RecordedEvent[]) => async ({ events }: { events: readonly RecordedEvent[] }) => void into.push(...events.filter((e) => e.position > head));
      const [all, merged, typed]: RecordedEvent[][] = [[], [], []];
      const subscriptions = [
        store.subscribe({ handle: collect(all), batchSize: 5, pollIntervalMs: 20 }),
        store.subscribe({ handle: collect(merged), categories: [b, a, b], batchSize: 2, pollIntervalMs: 20 }),
        store.subscribe({ handle: collect(typed), categories: [a, b], types: ['Kept', 'Held'], batchSize: 3, pollIntervalMs: 20 }),
      ];
      try {
        await eventually(() => expect(all.filter((e) => e.category !== other)).toHaveLength(9));
        const wanted = all.filter((e) => e.category === a || e.category === b);
        await eventually(() => expect(merged.map((e) => e.id)).toEqual(wanted.map((e) => e.id)));
        await eventually(() => expect(typed.map((e) => e.id)).toEqual(wanted.filter((e) => e.type !== 'Skipped').map((e) => e.id)));
        // The held transaction took its id first and committed last: it comes first, in every reader.
        expect(merged[0]!.type).toBe('Held');
      } finally {
        await Promise.all(subscriptions.map((subscription) => subscription.stop()));
      }
    });

    it('under many writers, some holding their transaction open, subscribers started before and after see every event once, in one order', async () => {
      const writers = db.database.mode === 'server' ? 8 : 3;
      const perWriter = db.database.mode === 'server' ? 40 : 16;
      const prefix = `stress${randomUUID().slice(0, 8)}`;
      const collect = (into: RecordedEvent[]) => async (batch: { events: readonly RecordedEvent[] }) => {
        into.push(...batch.events.filter((e) => e.category === prefix));
      };
      const early: RecordedEvent[] = [];
      const earlySubscription = store.subscribe({ handle: collect(early), batchSize: 7, pollIntervalMs: 20 });
      await earlySubscription.caughtUp();

      await Promise.all(
        Array.from({ length: writers }, async (_, writer) => {
          for (let i = 0; i < perWriter; i += 1) {
            const stream = `${prefix}-${writer}-${i % 3}`;
            if (i % 4 === 0) {
              // Take a position now, commit later: later positions become visible first.
              const client = await db.database.pool.connect();
              try {
                await client.query('BEGIN');
                await store.append(stream, [event('Held', { writer, i })], { client });
                await delay(Math.floor(Math.random() * 30));
                await client.query('COMMIT');
              } finally {
                client.release();
              }
            } else {
              await store.append(stream, [event('Quick', { writer, i }), event('Quick', { writer, i, second: true })]);
            }
          }
        }),
      );
      const total = writers * (perWriter / 4 + (perWriter * 3) / 4 * 2);
      const late: RecordedEvent[] = [];
      const lateSubscription = store.subscribe({ handle: collect(late), batchSize: 50, pollIntervalMs: 20 });
      await eventually(() => {
        expect(early).toHaveLength(total);
        expect(late).toHaveLength(total);
      }, 30_000);
      await Promise.all([earlySubscription.stop(), lateSubscription.stop()]);

      expect(new Set(early.map((e) => e.id)).size).toBe(total);
      expect(early.map((e) => e.id)).toEqual(late.map((e) => e.id));
      const stored = Number(
        (await db.database.pool.query('SELECT count(*) AS n FROM es_events WHERE category = $1', [prefix])).rows[0].n,
      );
      expect(stored).toBe(total);
      const lastVersion = new Map<string, number>();
      for (const e of early) {
        expect(e.version).toBe((lastVersion.get(e.streamId) ?? 0) + 1);
        lastVersion.set(e.streamId, e.version);
      }
    });
  });
});
