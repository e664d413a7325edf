import { EventMetadata, RecordedEvent } from './event.types';

/** A row of `es_events` as selected with {@link eventColumns}. */
export interface EventRow {
  global_position: string;
  transaction_id: string;
  stream_id: string;
  stream_version: string;
  category: string;
  event_id: string;
  event_type: string;
  schema_version: number;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  /** Hexadecimal, as the database encodes it: a reader wants the text, not the bytes. */
  chain_hash: string;
  recorded_at: Date;
}

/** The select list for {@link EventRow}, columns qualified with `alias` when given. */
export function eventColumns(alias?: string): string {
  const q = alias === undefined ? '' : `${alias}.`;
  return `${q}global_position, ${q}transaction_id::text AS transaction_id, ${q}stream_id, ${q}stream_version,
    ${q}category, ${q}event_id::text AS event_id, ${q}event_type, ${q}schema_version, ${q}data, ${q}metadata,
    encode(${q}chain_hash, 'hex') AS chain_hash, ${q}recorded_at`;
}

export const EVENT_COLUMNS = eventColumns();

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    position: Number(row.global_position),
    transactionId: row.transaction_id,
    streamId: row.stream_id,
    category: row.category,
    version: Number(row.stream_version),
    id: row.event_id,
    type: row.event_type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
    hash: row.chain_hash,
  };
}
