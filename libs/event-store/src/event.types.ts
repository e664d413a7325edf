/**
 * What the caller expects of a stream before appending:
 * - a number: the stream is at exactly this version (0 = it has no events yet);
 * - `no-stream`: the stream has no events; `stream-exists`: it has at least one;
 * - `any`: no expectation (appends serialise on the stream, never conflict).
 */
export type ExpectedVersion = number | 'no-stream' | 'stream-exists' | 'any';

/** Who and what caused an event. Every event carries it; the audit trail is read from it. */
export interface EventMetadata {
  readonly actorId?: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  readonly commandId?: string;
  readonly orgUnitId?: string;
  readonly [key: string]: unknown;
}

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface EventToAppend {
  /** A UUID; generated when absent. Re-appending the same id is a no-op (idempotency). */
  readonly id?: string;
  readonly type: string;
  /** Version of the event's data shape; 1 when absent. Older versions are upcast on read. */
  readonly schemaVersion?: number;
  readonly data: object;
  readonly metadata?: EventMetadata;
}

export interface RecordedEvent<Data = Record<string, unknown>> {
  /** Global position: unique and increasing in insert order across the whole log. */
  readonly position: number;
  readonly streamId: string;
  readonly category: string;
  /** 1 for a stream's first event. */
  readonly version: number;
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly metadata: EventMetadata;
  readonly recordedAt: Date;
  /** Hex of the per-stream hash chain value after this event. */
  readonly hash: string;
  /** Id of the transaction that wrote the event; with `position`, the subscription order. */
  readonly transactionId: string;
}

export interface AppendResult {
  readonly streamId: string;
  /** The stream's version after the append (the version of its last event). */
  readonly nextVersion: number;
  readonly firstPosition: number;
  readonly lastPosition: number;
  /** True when every event id was already stored and nothing was written. */
  readonly duplicate: boolean;
  /**
   * The events as stored (positions, transaction id, chain), when the append read them back
   * itself: an append inside a caller's transaction with append hooks (inline read models) does,
   * to hand them to the hooks. Absent otherwise; read the stream for them then.
   */
  readonly recorded?: readonly RecordedEvent[];
}

/**
 * A place in the subscription order. Events are delivered ordered by the id of the transaction
 * that wrote them, then by position, and only once no older transaction can still commit; so a
 * transaction that commits after a later-numbered one is never passed over. `(t, p)` means every
 * event up to and including transaction `t`, position `p`, has been handled.
 */
export interface Checkpoint {
  /** A PostgreSQL xid8, as decimal text. */
  readonly transactionId: string;
  readonly position: number;
}

export const START: Checkpoint = Object.freeze({ transactionId: '0', position: 0 });

export function compareCheckpoints(a: Checkpoint, b: Checkpoint): number {
  const byTransaction = BigInt(a.transactionId) - BigInt(b.transactionId);
  if (byTransaction !== 0n) return byTransaction < 0n ? -1 : 1;
  return Math.sign(a.position - b.position);
}

export function checkpointOf(event: RecordedEvent): Checkpoint {
  return { transactionId: event.transactionId, position: event.position };
}

/** The part of a stream id before its first `-`: `case-42` is in category `case`. */
export function categoryOf(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash === -1 ? streamId : streamId.slice(0, dash);
}
