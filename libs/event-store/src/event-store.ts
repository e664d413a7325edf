import type { PoolClient } from 'pg';
import type { EventRow } from './event-row';
import type { AppendResult, EventToAppend, RecordedEvent } from './event.types';
import type { AppendHook, AppendOptions, ReadAllOptions, ReadStreamOptions, StreamFromSnapshot, TransactionOptions } from './postgres-event-store';
import type { Snapshot } from './snapshots';
import type { SubscribeOptions, Subscription } from './subscription';
import type { VerifyOptions, VerifyReport } from './verify-log';

/**
 * A transaction of the store's, for work that must commit with events: the caller's own tables
 * are written on `client`, events are appended through `append`; subscribers are woken once it
 * commits. Nothing else of the store's is reachable through it.
 */
export interface StoreTransaction {
  /** The transaction's connection, for the caller's own tables (timers, read models, checkpoints). */
  readonly client: PoolClient;
  append(streamId: string, events: readonly EventToAppend[], options?: Omit<AppendOptions, 'client'>): Promise<AppendResult>;
  /**
   * Appends many streams that do not exist yet in one statement (seeding), the append hooks run
   * once with all their events. A stream that exists, or an event id stored already, fails it
   * with a unique violation (SQLSTATE 23505), and the transaction with it.
   */
  appendNewStreams(streams: ReadonlyArray<{ streamId: string; events: readonly EventToAppend[] }>): Promise<AppendResult[]>;
  /**
   * The stream's version, its row locked until the transaction ends: appends to the stream wait
   * meanwhile, so the transaction's other work rests on the stream as it stands.
   */
  lockStreamVersion(streamId: string): Promise<number>;
  /**
   * Joins the log ahead of the transaction's first write; needed only by a transaction that writes
   * elsewhere (or takes its id) before it appends (see es_log_enter).
   */
  joinLog(): Promise<void>;
}

/**
 * The event log as everything outside this library sees it: append with an expected version,
 * read a stream or the log, follow it with a subscription that never skips a late commit,
 * snapshots, verification, and transactions for work that commits with events. Its connection
 * pool and its wake-up signal stay inside.
 */
export interface EventStore {
  append(streamId: string, events: readonly EventToAppend[], options?: Omit<AppendOptions, 'client'>): Promise<AppendResult>;
  /**
   * Runs `work` in one transaction and commits it (rolls back if it throws); subscribers are woken
   * after the commit. With `combine`, it may share its commit with others started meanwhile: the
   * work then must only write through the transaction and be safe to run again.
   */
  transaction<T>(work: (transaction: StoreTransaction) => Promise<T>, options?: TransactionOptions): Promise<T>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** The stream's snapshot of `schemaVersion`, if any, and the events after it, in one read. */
  readStreamFromSnapshot(streamId: string, schemaVersion: number): Promise<StreamFromSnapshot>;
  streamVersion(streamId: string): Promise<number>;
  /** The versions of those of `streamIds` that exist, in one query (a stream with no events is absent). */
  streamVersions(streamIds: readonly string[]): Promise<Map<string, number>>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  listStreams(category: string, options?: { after?: string; limit?: number }): Promise<Array<{ streamId: string; version: number }>>;
  /** The stream categories the log holds. */
  categories(): Promise<string[]>;
  categoryEventCount(category: string): Promise<number>;
  findEvent(eventId: string): Promise<RecordedEvent | undefined>;
  headPosition(): Promise<number>;
  subscribe(options: SubscribeOptions): Subscription;
  saveSnapshot(streamId: string, snapshot: Snapshot): Promise<void>;
  loadSnapshot(streamId: string): Promise<Snapshot | undefined>;
  verify(options?: VerifyOptions): Promise<VerifyReport>;
  /** A row of `es_events` (selected with `eventColumns`) as a recorded event, upcast: for readers with queries of their own. */
  toEvent(row: EventRow): RecordedEvent;
  /** Calls `listener` after each append in this process commits; returns the unsubscribe function. */
  onAppended(listener: () => void): () => void;
  /** Work that must commit with every append (inline projections), run inside the append's transaction. */
  addAppendHook(hook: AppendHook): void;
}
