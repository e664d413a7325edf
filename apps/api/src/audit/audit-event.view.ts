import { RecordedEvent } from '@app/event-store';

/** One event of the trail as the API shows it. */
export interface AuditEventView {
  readonly position: number;
  readonly transactionId: string;
  readonly streamId: string;
  readonly version: number;
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly recordedAt: string;
  /** The stream's hash chain after this event, lowercase hex (SHA-256). */
  readonly hash: string;
}

/** A page of the trail; `nextCursor` is null once the page reached the end of the trail as it stands. */
export interface AuditEventsPage {
  readonly items: AuditEventView[];
  readonly nextCursor: string | null;
}

export function auditEventView(event: RecordedEvent): AuditEventView {
  return {
    position: event.position,
    transactionId: event.transactionId,
    streamId: event.streamId,
    version: event.version,
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    recordedAt: event.recordedAt.toISOString(),
    hash: event.hash,
  };
}
