import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { Pool, PoolClient } from 'pg';
import { canonicalJson, NotJsonError } from './canonical-json';
import { timeOrderedEventId } from './event-ids';
import {
  EventIdConflictError,
  EventTooLargeError,
  InvalidEventError,
  InvalidExpectedVersionError,
  InvalidStreamIdError,
  WrongExpectedVersionError,
} from './event-store.errors';
import {
  AppendResult,
  categoryOf,
  EventMetadata,
  EventToAppend,
  ExpectedVersion,
  RecordedEvent,
} from './event.types';
import {
  AppendRow,
  existingStreamAppend,
  functionAppend,
  existingStreamsGroupAppend,
  GroupedRow,
  newStreamAppend,
  newStreamsAppend,
} from './append-statements';
import { chainStep, contentDigest, genesisHash, recordedAtMicros } from './hash-chain';
import { EventRow, EVENT_COLUMNS, toRecordedEvent } from './event-row';
import { UpcasterRegistry } from './upcaster-registry';
import type { EventStore, StoreTransaction } from './event-store';
import { EVENTS_CHANNEL, SubscribeOptions, Subscription } from './subscription';
import { loadSnapshot, saveSnapshot, Snapshot } from './snapshots';
import { verifyLog, VerifyOptions, VerifyReport } from './verify-log';
import { SharedLogHorizon } from './log-order';
import { MemberOutcome, WriteCombiner } from './write-combiner';

export interface EventStoreOptions {
  /** Largest serialised event (data plus metadata), in bytes. */
  readonly maxEventBytes?: number;
  /** The store's clock, for `recordedAt`. Tests pass a settable one. */
  readonly now?: () => Date;
  readonly upcasters?: UpcasterRegistry;
  /**
   * Whether other processes may append to the same database. When true, appends send a
   * (coalesced) NOTIFY after commit so subscribers elsewhere wake up; on the embedded database
   * there is one process and the in-process signal is enough.
   */
  readonly notifyOtherProcesses?: boolean;
  /**
   * Keep the append statements prepared on each pooled connection, so that an append is only
   * bound and executed. For a real server only: the embedded database shares one session between
   * connections, where a statement name prepared by one client clashes with the next.
   */
  readonly preparedStatements?: boolean;
  /**
   * Appends made outside a caller's transaction that arrive while others are being written are
   * written together, in one statement and one commit (see `WriteCombiner`), and so are
   * transactions started with `combine`; `false` writes each on its own. `maxInFlight` is how
   * many groups are written at once (default 1), `maxGroup` the most in one group (default 64).
   */
  readonly combineAppends?: false | { readonly maxInFlight?: number; readonly maxGroup?: number };
}

export interface TransactionOptions {
  /**
   * Let this transaction share one database transaction and one commit with others that start
   * while some are being written (see `transactionGroup`). The work must only write through the
   * transaction given to it, and must be safe to run again: when any work of a group throws, or
   * its commit fails, the group is rolled back and each work runs again on its own.
   */
  readonly combine?: boolean;
}

export interface AppendOptions {
  readonly expectedVersion?: ExpectedVersion;
  /**
   * Run the append on this client, inside the caller's open transaction, so that the caller's
   * other writes commit or roll back with the events. The caller commits.
   */
  readonly client?: PoolClient;
}

export interface ReadStreamOptions {
  /** First version to return (inclusive); forwards from 1, backwards from the last event. */
  readonly from?: number;
  /** Last version to return (inclusive). */
  readonly to?: number;
  readonly limit?: number;
  readonly backwards?: boolean;
}

export interface ReadAllOptions {
  /** Return events with a global position greater than this. */
  readonly after?: number;
  readonly limit?: number;
  readonly types?: readonly string[];
  readonly categories?: readonly string[];
}

/** Called inside the append's transaction, after the events are written (inline projections). */
export type AppendHook = (client: PoolClient, events: readonly RecordedEvent[]) => Promise<void>;

/** The shortest time between two NOTIFYs of one store (see `sendNotify`). */
const NOTIFY_INTERVAL_MS = 10;
const MAX_STREAM_ID_LENGTH = 256;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Appends of more events than this are not combined: their statement's work, not its commit, is
 * what they wait for, and written side by side they use every core, where a group is one
 * backend's work (100-event batches at 4 callers ran at 0.98× the raw multi-row INSERT combined,
 * against 1.17× each on its own).
 */
const MAX_COMBINED_APPEND_EVENTS = 16;

/** What one attempt at an append came to; from a combined group also 'alone': write it on its own (see `appendGroup`). */
type AppendOutcome =
  | 'lost-race-under-any'
  | { kind: 'appended'; result: AppendResult }
  | { kind: 'duplicate' }
  | { kind: 'wrong-version'; actual: number };
type CombinedOutcome = AppendOutcome | 'alone';

/** Work of a transaction that may share its commit with others (see `transactionGroup`). */
type CombinableWork = (transaction: StoreTransaction) => Promise<unknown>;
/** A combined transaction's result, or 'alone': run it on its own. */
type CombinedTransaction = { readonly value: unknown } | 'alone';

/** An append outside a caller's transaction, waiting to be written with others. */
interface PendingAppend {
  readonly streamId: string;
  readonly category: string;
  readonly expected: string;
  readonly events: readonly PreparedEvent[];
  readonly recordedAt: Date;
}

interface PreparedEvent {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly dataJson: string;
  readonly metadataJson: string;
  readonly digest: Buffer;
}

/** What `readStreamFromSnapshot` found: the snapshot it starts from, if any, and the events after it. */
export interface StreamFromSnapshot {
  readonly snapshot: Snapshot | undefined;
  readonly events: RecordedEvent[];
}

/** The append-only event log on PostgreSQL. */
export class PostgresEventStore implements EventStore {
  private readonly maxEventBytes: number;
  private readonly now: () => Date;
  readonly upcasters: UpcasterRegistry;
  private readonly appended = new EventEmitter();
  private readonly hooks: AppendHook[] = [];
  private notifying = false;
  private notifyAgain = false;
  private readonly prepared: boolean;
  private readonly combiner: WriteCombiner<PendingAppend, CombinedOutcome> | undefined;
  private readonly transactionCombiner: WriteCombiner<CombinableWork, CombinedTransaction> | undefined;
  private readonly horizon: SharedLogHorizon;
  /**
   * Names this store in the NOTIFYs it sends: its own subscriptions were woken by the append
   * already, and pass over their echo (see `Subscription`).
   */
  readonly origin = randomUUID();

  constructor(
    readonly pool: Pool,
    private readonly options: EventStoreOptions = {},
  ) {
    this.maxEventBytes = options.maxEventBytes ?? 1024 * 1024;
    this.now = options.now ?? (() => new Date());
    this.upcasters = options.upcasters ?? new UpcasterRegistry();
    this.appended.setMaxListeners(0);
    this.prepared = options.preparedStatements ?? false;
    this.horizon = new SharedLogHorizon(pool);
    const combine = options.combineAppends ?? {};
    this.combiner =
      combine === false
        ? undefined
        : new WriteCombiner((group) => this.appendGroup(group), {
            maxInFlight: combine.maxInFlight ?? 1,
            maxGroup: combine.maxGroup ?? 64,
          });
    this.transactionCombiner =
      combine === false
        ? undefined
        : new WriteCombiner((group) => this.transactionGroup(group), { maxInFlight: combine.maxInFlight ?? 1, maxGroup: combine.maxGroup ?? 64 });
  }

  /**
   * How many groups the combined appends and the combined transactions went in, how many they
   * held, and how often a stalled group let another start (see `WriteCombiner`).
   */
  combining(): Record<'appends' | 'transactions', { groups: number; members: number; stalled: number }> {
    const counts = (stats: { groups: number; members: number; stalled: number } | undefined) => ({
      groups: stats?.groups ?? 0,
      members: stats?.members ?? 0,
      stalled: stats?.stalled ?? 0,
    });
    return { appends: counts(this.combiner?.stats()), transactions: counts(this.transactionCombiner?.stats()) };
  }

  /**
   * Joins the caller's transaction to the log ahead of its first write. An append joins by itself;
   * a transaction that must write elsewhere (or take its id) before it appends calls this first,
   * or its append is refused: readers would not have known to wait for it (see es_log_enter).
   */
  async joinLog(client: PoolClient): Promise<void> {
    await client.query('SELECT es_log_enter()');
  }

  /**
   * Runs `work` in one transaction and commits it. With `combine`, transactions started while
   * others are being written share one transaction and one commit (see `transactionGroup`).
   */
  async transaction<T>(work: (transaction: StoreTransaction) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    if (options.combine === true && this.transactionCombiner !== undefined) {
      const combined = await this.transactionCombiner.submit(work);
      if (combined !== 'alone') return combined.value as T;
    }
    const client = await this.pool.connect();
    let appended = false;
    try {
      await client.query('BEGIN');
      const result = await work(this.transactionOn(client, () => (appended = true)));
      await client.query('COMMIT');
      if (appended) this.signalAppended();
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** The store's side of a transaction open on `client`; `appended` is called when something is appended through it. */
  private transactionOn(client: PoolClient, appended: () => void): StoreTransaction {
    return {
      client,
      append: async (streamId, events, options = {}) => {
        const result = await this.append(streamId, events, { ...options, client });
        if (!result.duplicate) appended();
        return result;
      },
      appendNewStreams: async (streams) => {
        const results = await this.appendNewStreams(client, streams);
        if (results.length > 0) appended();
        return results;
      },
      lockStreamVersion: (streamId) => this.lockStreamVersion(client, streamId),
      joinLog: () => this.joinLog(client),
    };
  }

  /**
   * Writes combined transactions (`transaction(work, { combine: true })`) in one database
   * transaction: it joins the log first, runs each one's work in turn on its connection, and
   * commits once. A lone one comes back 'alone' and runs as any transaction does. When any work of
   * the group throws, or the commit fails, the whole group is rolled back and every one of them
   * comes back 'alone', to run again on its own, where each meets its own outcome: that is why
   * combined work must only write through its transaction and be safe to run twice.
   */
  private async transactionGroup(group: readonly CombinableWork[]): Promise<Array<MemberOutcome<CombinedTransaction>>> {
    const alone = group.map((): MemberOutcome<CombinedTransaction> => ({ ok: true, value: 'alone' }));
    if (group.length === 1) return alone;
    const client = await this.pool.connect();
    let appended = false;
    try {
      await client.query('BEGIN');
      await this.joinLog(client);
      const transaction = this.transactionOn(client, () => (appended = true));
      const results: unknown[] = [];
      for (const work of group) results.push(await work(transaction));
      await client.query('COMMIT');
      if (appended) this.signalAppended();
      return results.map((value) => ({ ok: true, value: { value } }));
    } catch {
      await client.query('ROLLBACK').catch(() => undefined);
      return alone;
    } finally {
      client.release();
    }
  }

  /** The stream categories the log holds. */
  async categories(): Promise<string[]> {
    const { rows } = await this.pool.query<{ category: string }>('SELECT DISTINCT category FROM es_streams ORDER BY category');
    return rows.map((row) => row.category);
  }

  /** Registers work that must commit with every append (inline projections). */
  addAppendHook(hook: AppendHook): void {
    this.hooks.push(hook);
  }

  /**
   * Appends `events` to `streamId`, all or nothing. Re-appending events whose ids are all stored
   * already returns the first append's result and writes nothing.
   */
  async append(streamId: string, events: readonly EventToAppend[], options: AppendOptions = {}): Promise<AppendResult> {
    const expected = options.expectedVersion ?? 'any';
    validateStreamId(streamId);
    const expectedText = expectedVersionText(expected);
    const prepared = this.prepare(events);
    const recordedAt = this.now();
    const category = categoryOf(streamId);
    for (;;) {
      const combined =
        options.client === undefined && this.combiner !== undefined && prepared.length <= MAX_COMBINED_APPEND_EVENTS
          ? await this.combiner.submit({ streamId, category, expected: expectedText, events: prepared, recordedAt })
          : 'alone';
      const outcome = combined === 'alone' ? await this.tryAppend(streamId, expectedText, prepared, recordedAt, options.client) : combined;
      if (outcome === 'lost-race-under-any') continue;
      if (outcome.kind === 'appended') {
        // In a caller's transaction nothing is visible until the caller commits: the caller
        // signals then (see `signalAppended`).
        if (options.client === undefined) this.signalAppended();
        return outcome.result;
      }
      if (outcome.kind === 'duplicate') return this.replayDuplicate(streamId, prepared, options.client);
      // The stream moved on; if it moved on by these very events (a retry racing its original),
      // that is a duplicate, not a conflict.
      if (await this.anyStored(prepared, options.client)) return this.replayDuplicate(streamId, prepared, options.client);
      throw new WrongExpectedVersionError(streamId, expected, outcome.actual);
    }
  }

  /**
   * Appends many streams that do not exist yet, in one statement, on the caller's transaction
   * (seeding a tree of thousands of units): the hooks run once, with every event. A stream that
   * exists, or an event id stored already, fails the statement with a unique violation, and the
   * caller's transaction with it; the caller sorts out which streams to leave out and tries again.
   */
  async appendNewStreams(client: PoolClient, streams: ReadonlyArray<{ streamId: string; events: readonly EventToAppend[] }>): Promise<AppendResult[]> {
    if (streams.length === 0) return [];
    const recordedAt = this.now();
    const prepared = streams.map(({ streamId, events }) => {
      validateStreamId(streamId);
      const params = this.prepare(events);
      return { streamId, category: categoryOf(streamId), events: params, chains: chainOfNewStream(streamId, params, recordedAt) };
    });
    await this.joinLog(client);
    await client.query(newStreamsAppend(prepared, recordedAt));
    const { rows } = await client.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events WHERE event_id = ANY ($1::uuid[]) ORDER BY global_position`,
      [prepared.flatMap((stream) => stream.events.map((event) => event.id))],
    );
    const recorded = rows.map((row) => this.toEvent(row));
    for (const hook of this.hooks) await hook(client, recorded);
    const byStream = new Map<string, RecordedEvent[]>();
    for (const event of recorded) byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event]);
    return prepared.map(({ streamId, events }) => {
      const own = byStream.get(streamId)!;
      return { streamId, nextVersion: events.length, firstPosition: own[0]!.position, lastPosition: own[own.length - 1]!.position, duplicate: false };
    });
  }

  /**
   * Writes a group of appends made outside any caller's transaction. A lone append is written by
   * itself, as it always was. Otherwise new streams go in one statement and single events to
   * existing streams (each stream once) in another, side by side, each statement a transaction of
   * its own. The rest come back 'alone': those that fit neither statement or are alone in their
   * kind, those a statement did not write (the stream missing, at another version, or held by
   * another transaction), and every append of a statement that failed as a whole (an event id
   * stored already, a new stream created meanwhile, a hook refusing some append's events), which
   * wrote nothing. `append` writes those on its own, where each meets its own outcome, without
   * holding up the next group. Appends are idempotent by event id, so this is safe even where a
   * failure leaves unknown whether a statement committed.
   */
  private async appendGroup(group: readonly PendingAppend[]): Promise<Array<MemberOutcome<CombinedOutcome>>> {
    if (group.length === 1) {
      const [append] = group as [PendingAppend];
      return [await settle(this.tryAppend(append.streamId, append.expected, append.events, append.recordedAt, undefined))];
    }
    const streams = new Map<string, number>();
    for (const append of group) streams.set(append.streamId, (streams.get(append.streamId) ?? 0) + 1);
    const kindOf = (append: PendingAppend): 'new' | 'existing' | 'alone' => {
      if (streams.get(append.streamId)! > 1) return 'alone';
      if (append.expected === 'no-stream' || append.expected === '0') return 'new';
      return append.events.length === 1 ? 'existing' : 'alone';
    };
    const kinds = group.map(kindOf);
    for (const kind of ['new', 'existing'] as const) {
      if (kinds.filter((k) => k === kind).length === 1) kinds[kinds.indexOf(kind)] = 'alone';
    }
    const outcomes = group.map((): MemberOutcome<CombinedOutcome> => ({ ok: true, value: 'alone' }));
    const writeKind = async (kind: 'new' | 'existing') => {
      const indexes = kinds.flatMap((k, index) => (k === kind ? [index] : []));
      if (indexes.length === 0) return;
      const written = await this.writeCombined(kind, indexes.map((index) => group[index]!)).catch(() => new Map<string, AppendResult>());
      for (const index of indexes) {
        const result = written.get(group[index]!.streamId);
        if (result !== undefined) outcomes[index] = { ok: true, value: { kind: 'appended', result } };
      }
    };
    await Promise.all([writeKind('new'), writeKind('existing')]);
    return outcomes;
  }

  /** One statement for appends of one kind (see `appendGroup`), with the hooks when there are any; what it wrote, by stream. */
  private async writeCombined(kind: 'new' | 'existing', members: readonly PendingAppend[]): Promise<Map<string, AppendResult>> {
    const recordedAt = this.now();
    const query =
      kind === 'new'
        ? newStreamsAppend(
            members.map(({ streamId, category, events }) => ({ streamId, category, events, chains: chainOfNewStream(streamId, events, recordedAt) })),
            recordedAt,
            this.prepared,
          )
        : existingStreamsGroupAppend(
            members.map(({ streamId, expected, events }) => ({ streamId, expected, event: events[0]! })),
            recordedAt,
            this.prepared,
          );
    const results = (rows: GroupedRow[]) =>
      new Map(
        rows.map((row) => [
          row.stream_id,
          {
            streamId: row.stream_id,
            nextVersion: Number(row.version),
            firstPosition: Number(row.first_position),
            lastPosition: Number(row.last_position),
            duplicate: false,
          },
        ]),
      );
    if (this.hooks.length === 0) return results((await this.pool.query<GroupedRow>(query)).rows);
    return this.transaction(async ({ client }) => {
      const written = results((await client.query<GroupedRow>(query)).rows);
      const ids = members.flatMap((append) => (written.has(append.streamId) ? append.events.map((event) => event.id) : []));
      if (ids.length > 0) {
        const { rows } = await client.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM es_events WHERE event_id = ANY ($1::uuid[]) ORDER BY global_position`, [ids]);
        const recorded = rows.map((row) => this.toEvent(row));
        for (const hook of this.hooks) await hook(client, recorded);
      }
      return written;
    });
  }

  private async tryAppend(
    streamId: string,
    expected: string,
    events: readonly PreparedEvent[],
    recordedAt: Date,
    callerClient: PoolClient | undefined,
  ): Promise<AppendOutcome> {
    const category = categoryOf(streamId);
    // Outside a caller's transaction a duplicate event id can simply fail the statement (the
    // unique violation is caught below), so a new stream (its chain computed here) and a single
    // event to an existing stream each take one plain statement; anything else, and any append
    // inside a caller's transaction, runs es_append_one / es_append_many.
    const newStream = callerClient === undefined && (expected === 'no-stream' || expected === '0');
    const existingOne = callerClient === undefined && !newStream && events.length === 1;
    const viaFunction = (client: Pool | PoolClient) =>
      client.query<AppendRow>(functionAppend(streamId, category, expected, events, recordedAt, callerClient !== undefined, this.prepared));
    const run = async (client: Pool | PoolClient): Promise<AppendRow> => {
      if (newStream) {
        const query = newStreamAppend(streamId, category, events, chainOfNewStream(streamId, events, recordedAt), recordedAt, this.prepared);
        const { rows } = await client.query<Partial<AppendRow> & { global_position?: string }>(query);
        const first = rows[0]!.first_position ?? rows[0]!.global_position!;
        const last = rows[0]!.last_position ?? first;
        return { outcome: 'appended', version: String(events.length), first_position: first, last_position: last };
      }
      if (existingOne) {
        const query = existingStreamAppend(streamId, category, expected, events[0]!, recordedAt, this.prepared);
        const { rows } = await client.query<{ global_position: string; stream_version: string }>(query);
        if (rows.length === 1) {
          const { global_position: position, stream_version: version } = rows[0]!;
          return { outcome: 'appended', version, first_position: position, last_position: position };
        }
        // The stream is missing or at another version: the function tells which, and creates
        // the stream under 'any'.
      }
      return (await viaFunction(client)).rows[0]!;
    };
    const hooked = this.hooks.length > 0;
    const ownTransaction = hooked && callerClient === undefined;
    const client = ownTransaction ? await this.pool.connect() : callerClient;
    try {
      if (ownTransaction) await client!.query('BEGIN');
      let row: AppendRow;
      try {
        row = await run(client ?? this.pool);
      } catch (error) {
        if (ownTransaction) await client!.query('ROLLBACK');
        // An event id is stored already (outside a caller's transaction nothing checks first), or
        // two appends of the same new event ids raced past the check in the caller's transaction.
        if (isUniqueViolation(error, 'es_events_event_id_key') && callerClient === undefined) return { kind: 'duplicate' };
        // A new stream's insert met the stream, created before or by a racing append.
        if (newStream && isUniqueViolation(error, 'es_streams_pkey')) {
          return { kind: 'wrong-version', actual: Number(await this.currentVersion(client ?? this.pool, streamId)) };
        }
        throw error;
      }
      if (row.outcome === 'duplicate') {
        if (ownTransaction) await client!.query('ROLLBACK');
        return { kind: 'duplicate' };
      }
      if (row.outcome === 'wrong-version') {
        if (ownTransaction) await client!.query('ROLLBACK');
        if (expected === 'any') return 'lost-race-under-any';
        return { kind: 'wrong-version', actual: Number(row.version ?? 0) };
      }
      let result: AppendResult = {
        streamId,
        nextVersion: Number(row.version),
        firstPosition: Number(row.first_position),
        lastPosition: Number(row.last_position),
        duplicate: false,
      };
      if (hooked) {
        const recorded = await this.readPositions(client!, streamId, result.firstPosition, result.lastPosition);
        try {
          for (const hook of this.hooks) await hook(client!, recorded);
        } catch (error) {
          if (ownTransaction) await client!.query('ROLLBACK');
          throw error;
        }
        // In the caller's transaction: the caller may use them instead of reading them again.
        if (callerClient !== undefined) result = { ...result, recorded };
      }
      if (ownTransaction) await client!.query('COMMIT');
      return { kind: 'appended', result };
    } finally {
      if (ownTransaction) client!.release();
    }
  }

  private async anyStored(events: readonly PreparedEvent[], client: PoolClient | undefined): Promise<boolean> {
    const { rows } = await (client ?? this.pool).query('SELECT 1 FROM es_events WHERE event_id = ANY ($1::uuid[]) LIMIT 1', [
      events.map((e) => e.id),
    ]);
    return rows.length > 0;
  }

  /** Every id is stored already with the same content: answer as the first append did. */
  private async replayDuplicate(
    streamId: string,
    events: readonly PreparedEvent[],
    client: PoolClient | undefined,
  ): Promise<AppendResult> {
    const { rows } = await (client ?? this.pool).query<{
      event_id: string;
      stream_id: string;
      stream_version: string;
      global_position: string;
      content_digest: Buffer;
    }>(
      `SELECT event_id::text, stream_id, stream_version, global_position, content_digest
         FROM es_events WHERE event_id = ANY ($1::uuid[])`,
      [events.map((e) => e.id)],
    );
    const stored = new Map(rows.map((row) => [row.event_id, row]));
    for (const event of events) {
      const row = stored.get(event.id);
      if (row === undefined) {
        throw new EventIdConflictError(
          rows[0]?.event_id ?? event.id,
          'part of this batch was appended before and part was not; a retry must resend the same batch',
        );
      }
      if (row.stream_id !== streamId) throw new EventIdConflictError(event.id, `it belongs to stream ${row.stream_id}`);
      if (!row.content_digest.equals(event.digest)) throw new EventIdConflictError(event.id, 'its content differs');
    }
    const versions = rows.map((row) => Number(row.stream_version));
    const positions = rows.map((row) => Number(row.global_position));
    return {
      streamId,
      nextVersion: Math.max(...versions),
      firstPosition: Math.min(...positions),
      lastPosition: Math.max(...positions),
      duplicate: true,
    };
  }

  private prepare(events: readonly EventToAppend[]): PreparedEvent[] {
    if (!Array.isArray(events) || events.length === 0) throw new InvalidEventError(0, 'an append needs at least one event');
    const ids = new Set<string>();
    return events.map((event, index) => {
      if (typeof event !== 'object' || event === null) throw new InvalidEventError(index, 'not an object');
      if (typeof event.type !== 'string' || event.type.trim() === '' || event.type.length > 200) {
        throw new InvalidEventError(index, 'type must be a non-empty string of at most 200 characters');
      }
      const schemaVersion = event.schemaVersion ?? 1;
      if (!Number.isSafeInteger(schemaVersion) || schemaVersion < 1) {
        throw new InvalidEventError(index, 'schemaVersion must be a positive integer');
      }
      let id: string;
      if (event.id === undefined || event.id === null) {
        id = timeOrderedEventId();
      } else {
        if (typeof event.id !== 'string' || !UUID.test(event.id)) throw new InvalidEventError(index, 'id must be a UUID');
        id = event.id.toLowerCase();
      }
      if (ids.has(id)) throw new InvalidEventError(index, `id ${event.id} appears twice in the batch`);
      ids.add(id);
      if (typeof event.data !== 'object' || event.data === null || Array.isArray(event.data)) {
        throw new InvalidEventError(index, 'data must be a JSON object');
      }
      const metadata: EventMetadata = event.metadata ?? {};
      let dataJson: string;
      let metadataJson: string;
      try {
        dataJson = canonicalJson(event.data);
        metadataJson = canonicalJson(metadata);
      } catch (error) {
        if (error instanceof NotJsonError) throw new InvalidEventError(index, `data or metadata: ${error.message}`);
        throw error;
      }
      const bytes = Buffer.byteLength(dataJson) + Buffer.byteLength(metadataJson);
      if (bytes > this.maxEventBytes) throw new EventTooLargeError(index, bytes, this.maxEventBytes);
      return {
        id,
        type: event.type,
        schemaVersion,
        dataJson,
        metadataJson,
        digest: contentDigest(event.type, schemaVersion, dataJson, metadataJson),
      };
    });
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    validateStreamId(streamId);
    const backwards = options.backwards ?? false;
    const conditions = ['stream_id = $1'];
    const params: unknown[] = [streamId];
    if (options.from !== undefined) {
      params.push(options.from);
      conditions.push(`stream_version ${backwards ? '<=' : '>='} $${params.length}`);
    }
    if (options.to !== undefined) {
      params.push(options.to);
      conditions.push(`stream_version ${backwards ? '>=' : '<='} $${params.length}`);
    }
    params.push(options.limit ?? null);
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events WHERE ${conditions.join(' AND ')}
        ORDER BY stream_version ${backwards ? 'DESC' : 'ASC'} LIMIT $${params.length}`,
      params,
    );
    return rows.map((row) => this.toEvent(row));
  }

  /**
   * A stream as a loader starts from it, in one statement: its snapshot of `schemaVersion` if it
   * has one, and the events after it (all of them without). A snapshot of another shape counts as
   * none. The same as `loadSnapshot` then `readStream` from the snapshot's next version, without
   * the second round trip; the state comes back once, on the first row.
   */
  async readStreamFromSnapshot(streamId: string, schemaVersion: number): Promise<StreamFromSnapshot> {
    validateStreamId(streamId);
    const { rows } = await this.pool.query<Partial<EventRow> & { snapshot_version: string | null; snapshot_state: object | null }>(
      `SELECT s.version AS snapshot_version, CASE WHEN e.first IS NOT FALSE THEN s.state END AS snapshot_state, e.*
         FROM (SELECT 1) AS stream
         LEFT JOIN es_snapshots s ON s.stream_id = $1 AND s.schema_version = $2
         LEFT JOIN LATERAL (
           SELECT ${EVENT_COLUMNS}, row_number() OVER (ORDER BY stream_version) = 1 AS first
             FROM es_events WHERE stream_id = $1 AND stream_version > COALESCE(s.version, 0)
            ORDER BY stream_version) e ON true
        ORDER BY e.stream_version`,
      [streamId, schemaVersion],
    );
    const first = rows[0]!;
    const snapshot =
      first.snapshot_version === null ? undefined : { version: Number(first.snapshot_version), schemaVersion, state: first.snapshot_state! };
    const events = first.global_position === null ? [] : rows.map((row) => this.toEvent(row as EventRow));
    return { snapshot, events };
  }

  /** The current version of a stream; 0 when it has no events. */
  async streamVersion(streamId: string): Promise<number> {
    validateStreamId(streamId);
    return Number(await this.currentVersion(this.pool, streamId));
  }

  /** The versions of those of `streamIds` that exist, in one query (a stream with no events is absent). */
  async streamVersions(streamIds: readonly string[]): Promise<Map<string, number>> {
    for (const streamId of streamIds) validateStreamId(streamId);
    const { rows } = await this.pool.query<{ stream_id: string; version: string }>(
      'SELECT stream_id, version FROM es_streams WHERE stream_id = ANY ($1::text[]) AND version > 0',
      [[...streamIds]],
    );
    return new Map(rows.map((row) => [row.stream_id, Number(row.version)]));
  }

  /**
   * The stream's version, with its row locked until the caller's transaction ends: appends to the
   * stream wait meanwhile, so work done in that transaction is based on the stream as it stands.
   */
  async lockStreamVersion(client: PoolClient, streamId: string): Promise<number> {
    validateStreamId(streamId);
    const { rows } = await client.query<{ version: string }>('SELECT version FROM es_streams WHERE stream_id = $1 FOR UPDATE', [streamId]);
    return Number(rows[0]?.version ?? 0);
  }

  private async currentVersion(client: Pool | PoolClient, streamId: string): Promise<string> {
    const { rows } = await client.query<{ version: string }>('SELECT version FROM es_streams WHERE stream_id = $1', [streamId]);
    return rows[0]?.version ?? '0';
  }

  /**
   * The log in global position order. For reading and paging (the audit trail); to follow the log
   * as it grows use `subscribe`, which never passes over a transaction that commits late.
   */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const params: unknown[] = [options.after ?? 0, options.limit ?? 1000];
    const conditions = ['global_position > $1'];
    if (options.types !== undefined) {
      params.push(options.types);
      conditions.push(`event_type = ANY ($${params.length}::text[])`);
    }
    if (options.categories !== undefined) {
      params.push(options.categories);
      conditions.push(`category = ANY ($${params.length}::text[])`);
    }
    const { rows } = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events WHERE ${conditions.join(' AND ')} ORDER BY global_position LIMIT $2`,
      params,
    );
    return rows.map((row) => this.toEvent(row));
  }

  /**
   * Stream ids of a category in id order (byte order), a page at a time (`after` is the last id
   * of the previous page). A range over the primary key: see {@link categoryRange}.
   */
  async listStreams(category: string, options: { after?: string; limit?: number } = {}): Promise<Array<{ streamId: string; version: number }>> {
    const [from, below] = categoryRange(category);
    const { rows } = await this.pool.query<{ stream_id: string; version: string }>(
      `SELECT stream_id, version FROM es_streams
        WHERE stream_id >= $1 AND stream_id < $2 AND category = $3 AND stream_id > $4
        ORDER BY stream_id LIMIT $5`,
      [from, below, category, options.after ?? '', options.limit ?? 100],
    );
    return rows.map((row) => ({ streamId: row.stream_id, version: Number(row.version) }));
  }

  /**
   * The sum of the versions of a category's streams: the number of events the category holds,
   * which grows with every append to any of them. A range over the primary key.
   */
  async categoryEventCount(category: string): Promise<number> {
    const [from, below] = categoryRange(category);
    const { rows } = await this.pool.query<{ events: string }>(
      `SELECT coalesce(sum(version), 0) AS events FROM es_streams WHERE stream_id >= $1 AND stream_id < $2 AND category = $3`,
      [from, below, category],
    );
    return Number(rows[0]!.events);
  }

  /** One event by its id, or undefined. */
  async findEvent(eventId: string): Promise<RecordedEvent | undefined> {
    if (!UUID.test(eventId)) return undefined;
    const { rows } = await this.pool.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM es_events WHERE event_id = $1`, [eventId]);
    return rows[0] === undefined ? undefined : this.toEvent(rows[0]);
  }

  /** The position of the newest event, 0 for an empty log. */
  async headPosition(): Promise<number> {
    const { rows } = await this.pool.query<{ head: string | null }>('SELECT max(global_position) AS head FROM es_events');
    return Number(rows[0]?.head ?? 0);
  }

  toEvent(row: EventRow): RecordedEvent {
    const event = toRecordedEvent(row);
    return this.upcasters.isEmpty ? event : this.upcasters.upcast(event);
  }

  /**
   * The log's horizon (see `es_log_horizon`), read after the call; the subscriptions of this store
   * share the reads (see {@link SharedLogHorizon}).
   */
  logHorizon(): Promise<string> {
    return this.horizon.read();
  }

  /** Follows the log from `options.from`: catch-up, then live. See {@link Subscription}. */
  subscribe(options: SubscribeOptions): Subscription {
    return new Subscription(this, options, this.options.notifyOtherProcesses ?? false);
  }

  /** Saves the folded state of a stream as of `version`; an older snapshot never replaces a newer one. */
  saveSnapshot(streamId: string, snapshot: Snapshot): Promise<void> {
    validateStreamId(streamId);
    return saveSnapshot(this.pool, streamId, snapshot, this.now());
  }

  loadSnapshot(streamId: string): Promise<Snapshot | undefined> {
    validateStreamId(streamId);
    return loadSnapshot(this.pool, streamId);
  }

  /** Recomputes content digests and hash chains over a range of the log. */
  verify(options: VerifyOptions = {}): Promise<VerifyReport> {
    return verifyLog(this.pool, options);
  }

  /** Calls `listener` after each local append commits; returns the unsubscribe function. */
  onAppended(listener: () => void): () => void {
    this.appended.on('appended', listener);
    return () => this.appended.off('appended', listener);
  }

  /**
   * The events one append wrote. By stream as well as by position: positions come from a sequence
   * shared by every writer, so another transaction's event may sit between an append's first and
   * last, and be visible here once that transaction commits.
   */
  private async readPositions(client: PoolClient, streamId: string, first: number, last: number): Promise<RecordedEvent[]> {
    const { rows } = await client.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM es_events WHERE global_position BETWEEN $1 AND $2 AND stream_id = $3 ORDER BY global_position`,
      [first, last, streamId],
    );
    return rows.map((row) => this.toEvent(row));
  }

  /**
   * Wakes subscribers: those in this process at once, those elsewhere through one coalesced
   * NOTIFY. `append` calls it itself; a caller that appended inside its own transaction calls it
   * after committing.
   */
  signalAppended(): void {
    this.appended.emit('appended');
    if (!this.options.notifyOtherProcesses) return;
    if (this.notifying) {
      this.notifyAgain = true;
      return;
    }
    this.sendNotify();
  }

  /**
   * One NOTIFY at a time, at most one per NOTIFY_INTERVAL_MS: subscribers re-read the log, they do
   * not count notifications, so one covers every append made meanwhile. Appends signalled while
   * one is in flight or within the interval get one more at its end, sent after they committed,
   * so no wake-up is lost; a busy writer sends a hundred a second instead of one per append.
   */
  private sendNotify(): void {
    this.notifying = true;
    this.notifyAgain = false;
    const sentAt = Date.now();
    this.pool
      .query(`SELECT pg_notify('${EVENTS_CHANNEL}', $1)`, [this.origin])
      .catch(() => undefined) // subscribers also poll; a lost wake-up only delays them
      .finally(() => {
        const timer = setTimeout(
          () => {
            if (this.notifyAgain) this.sendNotify();
            else this.notifying = false;
          },
          Math.max(0, NOTIFY_INTERVAL_MS - (Date.now() - sentAt)),
        );
        timer.unref();
      });
  }

}

function settle<T>(promise: Promise<T>): Promise<MemberOutcome<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

function validateStreamId(streamId: unknown): asserts streamId is string {
  if (typeof streamId !== 'string') throw new InvalidStreamIdError(streamId, 'must be a string');
  if (streamId.trim() === '') throw new InvalidStreamIdError(streamId, 'must not be empty');
  if (streamId.length > MAX_STREAM_ID_LENGTH) {
    throw new InvalidStreamIdError(streamId, `must be at most ${MAX_STREAM_ID_LENGTH} characters`);
  }
  if (streamId.startsWith('-')) throw new InvalidStreamIdError(streamId, 'must start with its category');
  if (streamId.includes('\u0000')) throw new InvalidStreamIdError(streamId, 'must not contain NUL');
}

/** The chain values of a new stream's first events, as `es_append_many` would compute them. */
function chainOfNewStream(streamId: string, events: readonly PreparedEvent[], recordedAt: Date): Buffer[] {
  const recordedMicros = recordedAtMicros(recordedAt);
  let chain = genesisHash(streamId);
  return events.map((event, index) => (chain = chainStep(chain, event.digest, index + 1, event.id, recordedMicros)));
}

function expectedVersionText(expected: unknown): string {
  if (expected === 'no-stream' || expected === 'stream-exists' || expected === 'any') return expected;
  if (typeof expected === 'number' && Number.isSafeInteger(expected) && expected >= 0) return String(expected);
  throw new InvalidExpectedVersionError(expected);
}

/**
 * The stream ids a category's streams lie among, as a half-open range in byte order: the category
 * itself (a stream id without '-') up to the category followed by '.', the character after '-'.
 * The range also holds ids such as 'category+x', which belong to another category; callers filter
 * on the category column as well.
 */
function categoryRange(category: string): [string, string] {
  return [category, `${category}.`];
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const pgError = error as { code?: string; constraint?: string };
  return pgError.code === '23505' && pgError.constraint === constraint;
}
