import { Pool } from 'pg';
import { eventColumns, EventRow, logHorizon, EventStore, RecordedEvent } from '@app/event-store';
import { decodeListCursor, encodeListCursor, InvalidCursor } from '@app/read-models';

/** What an auditor narrows the trail to; every field optional, all given ones must hold. */
export interface AuditFilter {
  readonly actorId?: string;
  /** Events whose org unit is one of these (the caller expands a unit to its subtree). */
  readonly orgUnitIds?: readonly string[];
  readonly streamId?: string;
  readonly types?: readonly string[];
  /** Recorded at or after this instant. */
  readonly from?: Date;
  /**
   * Recorded at or before this instant, to the millisecond: the trail shows `recordedAt` in
   * milliseconds, and an event shown with the time given is in (the log keeps microseconds).
   */
  readonly to?: Date;
}

/** A place in the trail: after the event of transaction `transactionId` at `position`. */
export interface AuditCursor {
  readonly transactionId: string;
  readonly position: number;
}

/** An event of the trail with what the sealed log and the export add to it. */
export interface TrailEvent {
  readonly event: RecordedEvent;
  /** Its leaf in the sealed tree; null until the sealer reaches it. */
  readonly leafIndex: number | null;
  /** The stored content digest, lowercase hex. */
  readonly contentDigest: string;
  /** The recording time to the microsecond, decimal (the event's `recordedAt` is a Date, to the millisecond). */
  readonly recordedAtMicros: string;
}

export interface AuditPage {
  readonly events: TrailEvent[];
  /** Where the next page starts; null when this page reached the end of the trail as it stands. */
  readonly next: AuditCursor | null;
}

interface TrailRow extends EventRow {
  readonly leaf_index: string | null;
  readonly content_digest_hex: string;
  readonly recorded_micros: string;
}

/** The name audit trail cursors are tagged with, as every list's are. */
const AUDIT_LIST = 'audit';
const PLACE = /^(\d{1,20}):(\d{1,15})$/;

export function encodeCursor(cursor: AuditCursor): string {
  return encodeListCursor(AUDIT_LIST, `${cursor.transactionId}:${cursor.position}`);
}

/** The place a cursor names; {@link InvalidCursor} when the text is not one this trail handed out. */
export function decodeCursor(text: string): AuditCursor {
  const match = PLACE.exec(decodeListCursor(AUDIT_LIST, text));
  if (match === null) throw new InvalidCursor();
  return { transactionId: match[1]!, position: Number(match[2]) };
}

/**
 * The audit trail: the event log, filtered, in the order subscribers read it — by writing
 * transaction, then position — and only up to the log's horizon (the oldest transaction still
 * appending, see es_log_horizon). Read that way, a page never passes over an event that commits
 * later, so paging with the cursor while others write misses nothing (a plain position cursor
 * would; see the event store's Subscription).
 */
export class AuditTrail {
  constructor(
    private readonly pool: Pool,
    private readonly store: EventStore,
  ) {}

  async page(filter: AuditFilter, after: AuditCursor | undefined, limit: number): Promise<AuditPage> {
    const params: unknown[] = [after?.transactionId ?? '0', after?.position ?? 0, limit + 1];
    const conditions: string[] = [];
    const add = (sql: (placeholder: string) => string, value: unknown): void => {
      params.push(value);
      conditions.push(sql(`$${params.length}`));
    };
    if (filter.actorId !== undefined) add((p) => `e.metadata->>'actorId' = ${p}`, filter.actorId);
    if (filter.orgUnitIds !== undefined) add((p) => `e.metadata->>'orgUnitId' = ANY (${p}::text[])`, filter.orgUnitIds);
    if (filter.streamId !== undefined) add((p) => `e.stream_id = ${p}`, filter.streamId);
    if (filter.types !== undefined) add((p) => `e.event_type = ANY (${p}::text[])`, filter.types);
    if (filter.from !== undefined) add((p) => `e.recorded_at >= ${p}`, filter.from);
    if (filter.to !== undefined) add((p) => `e.recorded_at < ${p}`, new Date(filter.to.getTime() + 1));
    // The horizon first, the page in a later statement (see es_log_horizon).
    params.push(await logHorizon(this.pool));
    const horizon = `$${params.length}::text::xid8`;
    const { rows } = await this.pool.query<TrailRow>(
      `SELECT ${eventColumns('e')}, l.leaf_index::text AS leaf_index, encode(e.content_digest, 'hex') AS content_digest_hex,
              (extract(epoch FROM e.recorded_at) * 1000000)::bigint::text AS recorded_micros
         FROM es_events e
         LEFT JOIN seal_leaves l ON l.position = e.global_position
        WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint)
          AND e.transaction_id < ${horizon}
          ${conditions.map((condition) => `AND ${condition}`).join(' ')}
        ORDER BY e.transaction_id, e.global_position
        LIMIT $3`,
      params,
    );
    const events = rows.slice(0, limit).map((row) => ({
      event: this.store.toEvent(row),
      leafIndex: row.leaf_index === null ? null : Number(row.leaf_index),
      contentDigest: row.content_digest_hex,
      recordedAtMicros: row.recorded_micros,
    }));
    const last = events[events.length - 1]?.event;
    return { events, next: rows.length > limit && last !== undefined ? { transactionId: last.transactionId, position: last.position } : null };
  }

  /** Every event of the filter, a page at a time, for an export. */
  async *pages(filter: AuditFilter, pageSize = 1000): AsyncGenerator<TrailEvent[]> {
    let after: AuditCursor | undefined;
    for (;;) {
      const { events, next } = await this.page(filter, after, pageSize);
      if (events.length > 0) yield events;
      if (next === null) return;
      after = next;
    }
  }
}
