import { RecordedEvent } from '@app/event-store';
import type { ExportedEvent } from '@app/sealing';
import type { TrailEvent } from './audit-trail';

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
  /** Its leaf in the sealed tree (what an inclusion proof names); null until the sealer reaches it. */
  readonly leafIndex: number | null;
  /** The display name of the user in `metadata.actorId`; null for the system or a user no longer in the directory. */
  readonly actorName: string | null;
}

/** A page of the trail; `nextCursor` is null once the page reached the end of the trail as it stands. */
export interface AuditEventsPage {
  readonly items: AuditEventView[];
  readonly nextCursor: string | null;
}

/** The user who took the step an event records, if a user did (the system's commands say `system`). */
export function actorIdOf(event: RecordedEvent): string | undefined {
  const actorId = event.metadata.actorId;
  return typeof actorId === 'string' && actorId !== 'system' ? actorId : undefined;
}

/** The event as the trail shows it, with its leaf and its actor's name out of `names` (display names by user id). */
export function auditEventView(event: RecordedEvent, leafIndex: number | null, names: ReadonlyMap<string, string>): AuditEventView {
  const actorId = actorIdOf(event);
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
    leafIndex,
    actorName: actorId === undefined ? null : (names.get(actorId) ?? null),
  };
}

/** The event as an export record (see @app/sealing's exported-trail): the trail's view, and what an offline check needs besides. */
export function exportedEvent({ event, leafIndex, contentDigest, recordedAtMicros }: TrailEvent, names: ReadonlyMap<string, string>): ExportedEvent {
  return { ...auditEventView(event, leafIndex, names), recordedAtMicros, contentDigest };
}
