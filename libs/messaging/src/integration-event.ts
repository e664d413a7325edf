import type { RecordedEvent } from '@app/event-store';
import type { IHeaders, KafkaMessage, Message } from 'kafkajs';

/**
 * The integration-event contract: what the relay puts on Kafka for every event of the log, and
 * what consumers (the workers' projectors, other systems) read back. Documented for outside
 * consumers in libs/messaging/asyncapi.yaml and README.md.
 *
 * Version 1. A change that removes or retypes a field is a new version (`envelopeVersion` and the
 * `envelope-version` header); adding a field is not.
 */
export const ENVELOPE_VERSION = 1;

/** The message body (JSON, UTF-8). */
export interface IntegrationEventEnvelope {
  readonly envelopeVersion: typeof ENVELOPE_VERSION;
  readonly eventId: string;
  readonly eventType: string;
  /** The version of `data`'s shape (events are published upcast to the newest one). */
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly category: string;
  /** 1 for a stream's first event. */
  readonly streamVersion: number;
  /** The event's position in the global log. */
  readonly globalPosition: number;
  /** The writing transaction (PostgreSQL xid8, decimal): with the position, the log's delivery order. */
  readonly transactionId: string;
  /** ISO 8601, UTC. */
  readonly recordedAt: string;
  readonly correlationId: string | null;
  readonly causationId: string | null;
  readonly commandId: string | null;
  readonly actorId: string | null;
  readonly orgUnitId: string | null;
  /** Hex of the stream's hash chain after this event (see GET /audit/verify). */
  readonly hash: string;
  /** Every metadata field of the event, the ones above included. */
  readonly metadata: Record<string, unknown>;
  readonly data: Record<string, unknown>;
}

/** Header names; every value is UTF-8 text. Absent metadata means an absent header. */
export const HEADERS = {
  contentType: 'content-type',
  envelopeVersion: 'envelope-version',
  eventId: 'event-id',
  eventType: 'event-type',
  schemaVersion: 'schema-version',
  streamId: 'stream-id',
  streamVersion: 'stream-version',
  globalPosition: 'global-position',
  transactionId: 'transaction-id',
  recordedAt: 'recorded-at',
  correlationId: 'correlation-id',
  causationId: 'causation-id',
  commandId: 'command-id',
  actorId: 'actor-id',
  orgUnitId: 'org-unit-id',
} as const;

const CONTENT_TYPE = 'application/json';

/** The topic of a stream category: `<prefix>.<category>`, characters Kafka refuses replaced by `_`. */
export function topicFor(prefix: string, category: string): string {
  return `${prefix}.${category.replace(/[^A-Za-z0-9._-]/g, '_')}`.slice(0, 249);
}

/** The category a topic carries, or undefined when the topic is not one of `prefix`'s. */
export function categoryOfTopic(prefix: string, topic: string): string | undefined {
  return topic.startsWith(`${prefix}.`) && topic.length > prefix.length + 1 ? topic.slice(prefix.length + 1) : undefined;
}

export function toEnvelope(event: RecordedEvent): IntegrationEventEnvelope {
  const meta = event.metadata;
  return {
    envelopeVersion: ENVELOPE_VERSION,
    eventId: event.id,
    eventType: event.type,
    schemaVersion: event.schemaVersion,
    streamId: event.streamId,
    category: event.category,
    streamVersion: event.version,
    globalPosition: event.position,
    transactionId: event.transactionId,
    recordedAt: event.recordedAt.toISOString(),
    correlationId: text(meta.correlationId),
    causationId: text(meta.causationId),
    commandId: text(meta.commandId),
    actorId: text(meta.actorId),
    orgUnitId: text(meta.orgUnitId),
    hash: event.hash,
    metadata: { ...meta },
    data: event.data,
  };
}

/** The Kafka message of an event: keyed by its stream, so that a stream's events keep their order. */
export function toMessage(event: RecordedEvent): Message {
  const envelope = toEnvelope(event);
  const headers: IHeaders = {
    [HEADERS.contentType]: CONTENT_TYPE,
    [HEADERS.envelopeVersion]: String(ENVELOPE_VERSION),
    [HEADERS.eventId]: envelope.eventId,
    [HEADERS.eventType]: envelope.eventType,
    [HEADERS.schemaVersion]: String(envelope.schemaVersion),
    [HEADERS.streamId]: envelope.streamId,
    [HEADERS.streamVersion]: String(envelope.streamVersion),
    [HEADERS.globalPosition]: String(envelope.globalPosition),
    [HEADERS.transactionId]: envelope.transactionId,
    [HEADERS.recordedAt]: envelope.recordedAt,
  };
  const optional: Array<[string, string | null]> = [
    [HEADERS.correlationId, envelope.correlationId],
    [HEADERS.causationId, envelope.causationId],
    [HEADERS.commandId, envelope.commandId],
    [HEADERS.actorId, envelope.actorId],
    [HEADERS.orgUnitId, envelope.orgUnitId],
  ];
  for (const [name, value] of optional) if (value !== null) headers[name] = value;
  return { key: event.streamId, value: JSON.stringify(envelope), headers, timestamp: String(event.recordedAt.getTime()) };
}

export class NotAnIntegrationEventError extends Error {
  constructor(reason: string) {
    super(`not an integration event: ${reason}`);
    this.name = 'NotAnIntegrationEventError';
  }
}

/** Reads an envelope back from a message body; throws {@link NotAnIntegrationEventError}. */
export function parseEnvelope(value: Buffer | string | null): IntegrationEventEnvelope {
  if (value === null) throw new NotAnIntegrationEventError('the message has no body');
  let body: unknown;
  try {
    body = JSON.parse(value.toString());
  } catch {
    throw new NotAnIntegrationEventError('the body is not JSON');
  }
  if (typeof body !== 'object' || body === null) throw new NotAnIntegrationEventError('the body is not an object');
  const envelope = body as Partial<IntegrationEventEnvelope>;
  if (envelope.envelopeVersion !== ENVELOPE_VERSION) throw new NotAnIntegrationEventError(`envelope version ${String(envelope.envelopeVersion)} is not ${ENVELOPE_VERSION}`);
  const problems: string[] = [];
  for (const field of ['eventId', 'eventType', 'streamId', 'category', 'transactionId', 'recordedAt', 'hash'] as const) {
    if (typeof envelope[field] !== 'string') problems.push(field);
  }
  for (const field of ['schemaVersion', 'streamVersion', 'globalPosition'] as const) {
    if (!Number.isSafeInteger(envelope[field])) problems.push(field);
  }
  for (const field of ['metadata', 'data'] as const) {
    if (typeof envelope[field] !== 'object' || envelope[field] === null) problems.push(field);
  }
  if (problems.length > 0) throw new NotAnIntegrationEventError(`missing or mistyped ${problems.join(', ')}`);
  return envelope as IntegrationEventEnvelope;
}

/** The recorded event an envelope carries, as the store would hand it to a projection. */
export function eventOfEnvelope(envelope: IntegrationEventEnvelope): RecordedEvent {
  return {
    position: envelope.globalPosition,
    transactionId: envelope.transactionId,
    streamId: envelope.streamId,
    category: envelope.category,
    version: envelope.streamVersion,
    id: envelope.eventId,
    type: envelope.eventType,
    schemaVersion: envelope.schemaVersion,
    data: envelope.data,
    metadata: envelope.metadata,
    recordedAt: new Date(envelope.recordedAt),
    hash: envelope.hash,
  };
}

/** The event in a consumed message. */
export function eventOfMessage(message: Pick<KafkaMessage, 'value'>): RecordedEvent {
  return eventOfEnvelope(parseEnvelope(message.value));
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
