import { randomUUID } from 'node:crypto';
import { migrate } from '@app/database';
import { databaseTargets, eventually, TestDatabase } from '@app/testing';
import { EVENT_STORE_MIGRATIONS } from './event-store.schema';
import { EventIdConflictError, WrongExpectedVersionError } from './event-store.errors';
import { AppendResult, EventToAppend, RecordedEvent } from './event.types';
import type { StoreTransaction } from './event-store';
import { PostgresEventStore } from './postgres-event-store';

const event = (type: string, extra: Partial<EventToAppend> = {}): EventToAppend => ({
  type,
  data: { note: `${type} ${randomUUID()}` },
  metadata: { actorId: 'inspector-1', correlationId: randomUUID() },
  ...extra,
});

describe.each(databaseTargets())('appends combined into one commit on $name', (target) => {
  let db: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    db = await target.create();
    await migrate(db.database.pool, 'event-store', EVENT_STORE_MIGRATIONS);
    store = new PostgresEventStore(db.database.pool, {
      notifyOtherProcesses: db.database.mode === 'server',
      preparedStatements: db.database.mode === 'server',
      combineAppends: { maxInFlight: 1 },
    });
  });

  afterAll(async () => {
    await db?.dispose();
  });

  const newStream = (category = 'case'): string => `${category}-${randomUUID()}`;
  const eventCount = async (streamId: string): Promise<number> =>
    Number((await db.database.pool.query<{ n: string }>('SELECT count(*) AS n FROM es_events WHERE stream_id = $1', [streamId])).rows[0]!.n);
  const existingStream = async (): Promise<string> => {
    const streamId = newStream();
    await store.append(streamId, [event('CaseOpened')], { expectedVersion: 'no-stream' });
    return streamId;
  };

  type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

  /**
   * Makes the calls in one group: a lead call takes the combiner's only slot, and calls made while
   * it is written queue behind it and leave together. Returns each call's own outcome.
   */
  async function inOneGroup<T>(
    on: PostgresEventStore,
    kind: 'appends' | 'transactions',
    lead: () => Promise<unknown>,
    calls: Array<() => Promise<T>>,
  ): Promise<Array<Outcome<T>>> {
    await slotFree();
    const before = on.combining()[kind];
    const leading = lead();
    const outcomes = calls.map((call) =>
      call().then(
        (value): Outcome<T> => ({ ok: true, value }),
        (error: unknown): Outcome<T> => ({ ok: false, error }),
      ),
    );
    await leading;
    const settled = await Promise.all(outcomes);
    const after = on.combining()[kind];
    expect(after.groups - before.groups).toBe(2);
    expect(after.members - before.members).toBe(calls.length + 1);
    return settled;
  }

  const appendsInOneGroup = (on: PostgresEventStore, appends: Array<() => Promise<AppendResult>>) =>
    inOneGroup(on, 'appends', () => on.append(newStream('lead'), [event('Lead')]), appends);

  /** A finished group frees its slot a turn of the event loop after answering its appends. */
  const slotFree = async () => {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
  };

  const value = (outcome: Outcome<AppendResult>): AppendResult => {
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  };

  it('given nothing else being written, a lone append is written at once, in a group by itself', async () => {
    await slotFree();
    const before = store.combining().appends;
    const result = await store.append(newStream(), [event('CaseOpened')]);
    expect(result).toMatchObject({ nextVersion: 1, duplicate: false });
    expect(store.combining().appends).toEqual({ ...before, groups: before.groups + 1, members: before.members + 1 });
  });

  it('when appends to new and existing streams arrive together, then they are written together, each at its own version and positions, and the chains verify', async () => {
    const existing = [await existingStream(), await existingStream(), await existingStream()];
    const fresh = [newStream(), newStream(), newStream()];
    const outcomes = await appendsInOneGroup(store, [
      ...existing.map((streamId) => () => store.append(streamId, [event('CaseUrged')], { expectedVersion: 1 })),
      ...fresh.map((streamId, index) => () => store.append(streamId, Array.from({ length: index + 1 }, (_, i) => event(`Step${i + 1}`)), { expectedVersion: 'no-stream' })),
    ]);
    const results = outcomes.map(value);
    expect(results.map((result) => result.nextVersion)).toEqual([2, 2, 2, 1, 2, 3]);
    for (const [index, streamId] of [...existing, ...fresh].entries()) {
      const stored = await store.readStream(streamId);
      const own = stored.filter((e) => e.position >= results[index]!.firstPosition && e.position <= results[index]!.lastPosition);
      expect(own.map((e) => e.version)).toEqual(Array.from({ length: own.length }, (_, i) => stored.length - own.length + i + 1));
      expect(results[index]!.lastPosition - results[index]!.firstPosition + 1).toBe(own.length);
    }
    const positions = results.flatMap((result) => [result.firstPosition, result.lastPosition]);
    expect(new Set(positions.filter((_, i) => i % 2 === 0)).size).toBe(results.length);
    expect((await store.verify()).ok).toBe(true);
  });

  it('given one append at a stale version among others, then it alone is refused, naming the actual version, and writes nothing; the others are written', async () => {
    const [a, stale, b] = [await existingStream(), await existingStream(), newStream()];
    await store.append(stale, [event('CaseUrged')], { expectedVersion: 1 });
    const outcomes = await appendsInOneGroup(store, [
      () => store.append(a, [event('CaseUrged')], { expectedVersion: 1 }),
      () => store.append(stale, [event('CaseUrged')], { expectedVersion: 1 }),
      () => store.append(b, [event('CaseOpened')], { expectedVersion: 'no-stream' }),
    ]);
    expect(value(outcomes[0]!).nextVersion).toBe(2);
    expect(outcomes[1]).toMatchObject({ ok: false, error: expect.any(WrongExpectedVersionError) });
    expect((outcomes[1] as { error: WrongExpectedVersionError }).error.actual).toBe(2);
    expect(value(outcomes[2]!).nextVersion).toBe(1);
    expect(await eventCount(stale)).toBe(2);
  });

  it('given two appends creating the same stream together, then exactly one creates it and the other is refused as stale', async () => {
    const streamId = newStream();
    const outcomes = await appendsInOneGroup(store, [
      () => store.append(streamId, [event('CaseOpened')], { expectedVersion: 'no-stream' }),
      () => store.append(streamId, [event('CaseOpened')], { expectedVersion: 'no-stream' }),
    ]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.ok).map((outcome) => (outcome as { error: unknown }).error)).toEqual([expect.any(WrongExpectedVersionError)]);
    expect(await eventCount(streamId)).toBe(1);
  });

  it('given an append whose last event reuses an id stored in another stream, then that append fails whole, alone, and the others in its group are written', async () => {
    const taken = randomUUID();
    await store.append(newStream(), [event('CaseOpened', { id: taken })]);
    const [clashing, other, existing] = [newStream(), newStream(), await existingStream()];
    const outcomes = await appendsInOneGroup(store, [
      () => store.append(clashing, [event('CaseOpened'), event('CaseAssigned', { id: taken })], { expectedVersion: 'no-stream' }),
      () => store.append(other, [event('CaseOpened')], { expectedVersion: 'no-stream' }),
      () => store.append(existing, [event('CaseUrged')], { expectedVersion: 1 }),
    ]);
    expect(outcomes[0]).toMatchObject({ ok: false, error: expect.any(EventIdConflictError) });
    expect(await eventCount(clashing)).toBe(0);
    expect(value(outcomes[1]!).nextVersion).toBe(1);
    expect(value(outcomes[2]!).nextVersion).toBe(2);
  });

  it('given a retry of an append stored already among new ones, then it answers as the first append did and writes nothing again', async () => {
    const streamId = newStream();
    const events = [event('CaseOpened', { id: randomUUID() }), event('CaseAssigned', { id: randomUUID() })];
    const first = await store.append(streamId, events, { expectedVersion: 'no-stream' });
    const existing = await existingStream();
    const outcomes = await appendsInOneGroup(store, [
      () => store.append(streamId, events, { expectedVersion: 'no-stream' }),
      () => store.append(newStream(), [event('CaseOpened')], { expectedVersion: 'no-stream' }),
      () => store.append(existing, [event('CaseUrged')], { expectedVersion: 1 }),
    ]);
    expect(value(outcomes[0]!)).toEqual({ ...first, duplicate: true });
    expect(await eventCount(streamId)).toBe(2);
    expect(outcomes.slice(1).every((outcome) => outcome.ok)).toBe(true);
  });

  it('given a hook, then a group’s events reach it in one call within the group’s transaction; a hook refusing one append’s events fails that append alone', async () => {
    const hooked = new PostgresEventStore(db.database.pool, { combineAppends: { maxInFlight: 1 } });
    const calls: string[][] = [];
    hooked.addAppendHook(async (client, events) => {
      calls.push(events.map((e) => e.type));
      if (events.some((e) => e.type === 'Refused')) throw new Error('the inline read model refuses this event');
      await client.query('SELECT 1');
    });
    await appendsInOneGroup(hooked, ['A', 'B', 'C'].map((type) => () => hooked.append(newStream(), [event(type)], { expectedVersion: 'no-stream' })));
    expect(calls).toContainEqual(['A', 'B', 'C']);

    const [accepted, refused] = [newStream(), newStream()];
    const outcomes = await appendsInOneGroup(hooked, [
      () => hooked.append(accepted, [event('Accepted')], { expectedVersion: 'no-stream' }),
      () => hooked.append(refused, [event('Refused')], { expectedVersion: 'no-stream' }),
    ]);
    expect(value(outcomes[0]!).nextVersion).toBe(1);
    expect(outcomes[1]).toMatchObject({ ok: false, error: expect.objectContaining({ message: 'the inline read model refuses this event' }) });
    expect(await eventCount(refused)).toBe(0);
    expect(await eventCount(accepted)).toBe(1);
  });

  it('under many callers appending at once, a subscriber sees every event once, and every stream’s chain verifies', async () => {
    const seen: RecordedEvent[] = [];
    const from = await store.headPosition();
    const subscription = store.subscribe({ batchSize: 37, pollIntervalMs: 20, handle: async ({ events }) => void seen.push(...events.filter((e) => e.position > from)) });
    try {
      const existing = await Promise.all(Array.from({ length: 10 }, existingStream));
      const appended = await Promise.all([
        ...Array.from({ length: 60 }, () => store.append(newStream(), [event('CaseOpened')], { expectedVersion: 'no-stream' })),
        ...existing.map(async (streamId) => {
          let version = 1;
          for (let i = 0; i < 5; i++) version = (await store.append(streamId, [event('CaseUrged')], { expectedVersion: version })).nextVersion;
          return { lastPosition: 0, nextVersion: version } as AppendResult;
        }),
      ]);
      expect(appended.slice(60).map((result) => result.nextVersion)).toEqual(Array(10).fill(6));
      await eventually(() => expect(seen.length).toBe(10 + 60 + 50));
      expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
      expect((await store.verify({ from: from + 1 })).ok).toBe(true);
    } finally {
      await subscription.stop();
    }
  });

  describe('transactions started with combine', () => {
    const xid = async (transaction: StoreTransaction): Promise<string> =>
      (await transaction.client.query<{ xid: string }>('SELECT pg_current_xact_id()::text AS xid')).rows[0]!.xid;

    const transactionsInOneGroup = <T>(works: Array<(transaction: StoreTransaction) => Promise<T>>) =>
      inOneGroup(
        store,
        'transactions',
        () => store.transaction(async (transaction) => transaction.append(newStream('lead'), [event('Lead')]), { combine: true }),
        works.map((work) => () => store.transaction(work, { combine: true })),
      );

    it('when transactions start while one is being written, then they run in one database transaction and commit once, each with its own result', async () => {
      const streams = [newStream(), newStream(), newStream()];
      const outcomes = await transactionsInOneGroup(
        streams.map((streamId) => async (transaction: StoreTransaction) => {
          const appended = await transaction.append(streamId, [event('CaseOpened')], { expectedVersion: 'no-stream' });
          return { streamId: appended.streamId, xid: await xid(transaction) };
        }),
      );
      const values = outcomes.map((outcome) => {
        if (!outcome.ok) throw outcome.error;
        return outcome.value;
      });
      expect(values.map((v) => v.streamId)).toEqual(streams);
      expect(new Set(values.map((v) => v.xid)).size).toBe(1);
      for (const streamId of streams) expect(await eventCount(streamId)).toBe(1);
    });

    it('given one work that fails, then it alone fails with its own error and writes nothing; the others commit, each having run again on its own', async () => {
      const [a, refused, c] = [newStream(), newStream(), newStream()];
      const runs = new Map<string, number>();
      const work = (streamId: string, fail: boolean) => async (transaction: StoreTransaction) => {
        runs.set(streamId, (runs.get(streamId) ?? 0) + 1);
        await transaction.append(streamId, [event('CaseOpened')], { expectedVersion: 'no-stream' });
        if (fail) throw new Error('the decider refused this command');
        return xid(transaction);
      };
      const outcomes = await transactionsInOneGroup([work(a, false), work(refused, true), work(c, false)]);
      expect(outcomes[1]).toEqual({ ok: false, error: new Error('the decider refused this command') });
      expect(outcomes[0]!.ok && outcomes[2]!.ok).toBe(true);
      expect(await eventCount(a)).toBe(1);
      expect(await eventCount(c)).toBe(1);
      expect(await eventCount(refused)).toBe(0);
      expect(runs.get(a)).toBe(2); // once in the group, which rolled back, once on its own
    });

    it('given a stale expected version in one of them, then that transaction alone meets WrongExpectedVersionError', async () => {
      const existing = await existingStream();
      const fresh = newStream();
      const outcomes = await transactionsInOneGroup([
        (transaction) => transaction.append(existing, [event('CaseUrged')], { expectedVersion: 0 }),
        (transaction) => transaction.append(fresh, [event('CaseOpened')], { expectedVersion: 'no-stream' }),
      ]);
      expect(outcomes[0]).toMatchObject({ ok: false, error: expect.any(WrongExpectedVersionError) });
      expect(outcomes[1]).toMatchObject({ ok: true, value: { nextVersion: 1 } });
      expect(await eventCount(existing)).toBe(1);
    });
  });

  if (target.name === 'postgres-server') {
    it('given a stream held by another transaction, then only the append to it waits; the others in its group are written meanwhile', async () => {
      const held = await existingStream();
      const [other, fresh] = [await existingStream(), newStream()];
      const holder = await db.database.pool.connect();
      try {
        await holder.query('BEGIN');
        await store.lockStreamVersion(holder, held);
        let heldSettled = false;
        await slotFree();
        const before = store.combining().appends;
        // A lead append takes the only slot; the three queue behind it and leave as one group.
        const lead = store.append(newStream('lead'), [event('Lead')]);
        const heldAppend = store.append(held, [event('CaseUrged')], { expectedVersion: 1 }).finally(() => (heldSettled = true));
        const others = await Promise.all([
          store.append(other, [event('CaseUrged')], { expectedVersion: 1 }),
          store.append(fresh, [event('CaseOpened')], { expectedVersion: 'no-stream' }),
          lead,
        ]);
        expect(others.map((result) => result.nextVersion)).toEqual([2, 1, 1]);
        expect(heldSettled).toBe(false);
        // Not by the stall escape: the group skipped the held stream and finished.
        expect(store.combining().appends).toEqual({ groups: before.groups + 2, members: before.members + 4, stalled: before.stalled });
        await holder.query('COMMIT');
        await expect(heldAppend).resolves.toMatchObject({ nextVersion: 2 });
      } finally {
        holder.release();
      }
    });
  }
});
