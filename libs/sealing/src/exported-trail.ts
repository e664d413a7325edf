import { canonicalJson } from '@app/event-store';

/**
 * The exported audit trail, as an auditor takes it away: one record per event, carrying every
 * field the event's content digest, its stream's hash chain and its leaf in the sealed tree are
 * computed from, so the export can be checked without the database (see offline-verifier.ts).
 * Two encodings of the same record: JSON Lines (one object per line, UTF-8) and CSV (RFC 4180,
 * UTF-8 with a byte-order mark, CRLF, a header row; the columns are found by name).
 */
export interface ExportedEvent {
  /** The event's leaf in the sealed tree, from 0; null while it is not sealed yet. */
  readonly leafIndex: number | null;
  readonly position: number;
  /** The writing transaction's order key, decimal (with the position, the log's order). */
  readonly transactionId: string;
  readonly streamId: string;
  readonly version: number;
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: unknown;
  /** When the store recorded it, ISO 8601 to the millisecond, for people. */
  readonly recordedAt: string;
  /** The same instant exactly: microseconds since the Unix epoch, decimal (what the chain and leaf commit to). */
  readonly recordedAtMicros: string;
  /** SHA-256 over `[type, schemaVersion, data, metadata]`, as stored, lowercase hex. */
  readonly contentDigest: string;
  /** The stream's hash chain after this event, as stored, lowercase hex. */
  readonly hash: string;
  /** The display name of `metadata.actorId` when the export was made; not covered by any hash. */
  readonly actorName?: string | null;
}

/** What a record says besides its content and the time for people: all the stream and leaf checks read. */
export type RecordFacts = Omit<ExportedEvent, 'data' | 'metadata' | 'recordedAt' | 'actorName'>;

/**
 * One JSON Lines record (with its line end): the fields in the order of {@link ExportedEvent}'s
 * documentation, `data` and `metadata` last and in canonical JSON — the very text their content
 * digest is over, so a checker can hash them as they stand (see json-line-check.ts).
 */
export function jsonLine(event: ExportedEvent): string {
  const { data, metadata, ...head } = event;
  const fields = JSON.stringify({
    leafIndex: head.leafIndex,
    position: head.position,
    transactionId: head.transactionId,
    streamId: head.streamId,
    version: head.version,
    id: head.id,
    type: head.type,
    schemaVersion: head.schemaVersion,
    recordedAt: head.recordedAt,
    recordedAtMicros: head.recordedAtMicros,
    contentDigest: head.contentDigest,
    hash: head.hash,
    actorName: head.actorName ?? null,
  });
  return `${fields.slice(0, -1)},"data":${canonicalJson(data)},"metadata":${canonicalJson(metadata)}}\n`;
}

/**
 * The CSV columns. The first thirteen are the trail as people read it (unchanged since the
 * export first had them); the rest complete what verification needs.
 */
export const TRAIL_CSV_COLUMNS = [
  'position',
  'recorded_at',
  'stream_id',
  'version',
  'type',
  'actor_id',
  'org_unit_id',
  'correlation_id',
  'causation_id',
  'command_id',
  'event_id',
  'hash',
  'data',
  'leaf_index',
  'transaction_id',
  'schema_version',
  'metadata',
  'content_digest',
  'recorded_at_us',
  'actor_name',
] as const;

export type TrailCsvColumn = (typeof TRAIL_CSV_COLUMNS)[number];

/** The header row, after the byte-order mark that lets spreadsheet programs read the Chinese text as UTF-8. */
export function csvHeader(): string {
  return `\uFEFF${TRAIL_CSV_COLUMNS.join(',')}\r\n`;
}

export function csvLine(event: ExportedEvent): string {
  const metadata = (typeof event.metadata === 'object' && event.metadata !== null ? event.metadata : {}) as Record<string, unknown>;
  const fields: Record<TrailCsvColumn, unknown> = {
    position: event.position,
    recorded_at: event.recordedAt,
    stream_id: event.streamId,
    version: event.version,
    type: event.type,
    actor_id: metadata.actorId,
    org_unit_id: metadata.orgUnitId,
    correlation_id: metadata.correlationId,
    causation_id: metadata.causationId,
    command_id: metadata.commandId,
    event_id: event.id,
    hash: event.hash,
    data: JSON.stringify(event.data),
    leaf_index: event.leafIndex,
    transaction_id: event.transactionId,
    schema_version: event.schemaVersion,
    metadata: JSON.stringify(event.metadata),
    content_digest: event.contentDigest,
    recorded_at_us: event.recordedAtMicros,
    actor_name: event.actorName,
  };
  return `${TRAIL_CSV_COLUMNS.map((column) => csvField(fields[column])).join(',')}\r\n`;
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A field a
 * spreadsheet would run as a formula (=, +, -, @, tab or carriage return first) gets an apostrophe
 * in front, and so does one that starts with an apostrophe already: a reader takes one leading
 * apostrophe off every field and has the text exactly.
 */
function csvField(value: unknown): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r']/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Why a record of an export could not be read. */
export class MalformedExport extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

/** A JSON Lines record back as the event it states; {@link MalformedExport} when it is not one. */
export function parseJsonLine(text: string, line: number): ExportedEvent {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new MalformedExport(line, 'is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new MalformedExport(line, 'is not a JSON object');
  return checked(value as Record<string, unknown>, line);
}

/** An event of an export with the line its record starts on (from 1; in CSV the header is line 1). */
export interface ExportRecord {
  readonly event: ExportedEvent;
  readonly line: number;
}

/**
 * Reads CSV records as they arrive in chunks (quoted fields may hold line breaks), the header
 * first: `push` returns the events completed by a chunk, `end` the last one.
 */
export class CsvTrailReader {
  private columns: Map<string, number> | undefined;
  private record: string[] = [];
  private field = '';
  private quoted = false;
  private afterQuote = false;
  private atFieldStart = true;
  private line = 1;
  private recordLine = 1;
  private started = false;

  push(chunk: string): ExportRecord[] {
    const events: ExportRecord[] = [];
    let text = chunk;
    if (!this.started) {
      this.started = true;
      if (text.startsWith('\uFEFF')) text = text.slice(1);
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (this.quoted) {
        if (c === '"') {
          this.quoted = false;
          this.afterQuote = true;
        } else {
          if (c === '\n') this.line += 1;
          this.field += c;
        }
        continue;
      }
      if (c === '"' && this.afterQuote) {
        // A doubled quote inside a quoted field.
        this.field += '"';
        this.quoted = true;
        this.afterQuote = false;
      } else if (c === '"' && this.atFieldStart) {
        this.quoted = true;
        this.atFieldStart = false;
      } else if (c === ',') {
        this.endField();
      } else if (c === '\n') {
        this.endField();
        const event = this.endRecord();
        if (event !== undefined) events.push({ event, line: this.recordLine });
        this.line += 1;
        this.recordLine = this.line;
      } else if (c === '\r') {
        // Part of the CRLF record end; a carriage return inside a field is always quoted.
      } else {
        if (this.afterQuote) throw new MalformedExport(this.line, 'text after a closing quote');
        this.field += c;
        this.atFieldStart = false;
      }
    }
    return events;
  }

  end(): ExportRecord[] {
    if (this.quoted) throw new MalformedExport(this.recordLine, 'a quoted field is never closed');
    if (this.atFieldStart && this.record.length === 0 && this.field === '') return [];
    this.endField();
    const event = this.endRecord();
    return event === undefined ? [] : [{ event, line: this.recordLine }];
  }

  private endField(): void {
    this.record.push(this.field.startsWith("'") ? this.field.slice(1) : this.field);
    this.field = '';
    this.atFieldStart = true;
    this.afterQuote = false;
  }

  private endRecord(): ExportedEvent | undefined {
    const record = this.record;
    this.record = [];
    if (this.columns === undefined) {
      this.columns = new Map(record.map((name, index) => [name, index]));
      const missing = REQUIRED_CSV_COLUMNS.filter((name) => !this.columns!.has(name));
      if (missing.length > 0) throw new MalformedExport(this.recordLine, `the header lacks ${missing.join(', ')}: export the trail again (this version adds the columns verification needs)`);
      return undefined;
    }
    if (record.length === 1 && record[0] === '') return undefined; // a blank line
    if (record.length !== this.columns.size) throw new MalformedExport(this.recordLine, `has ${record.length} fields, the header ${this.columns.size}`);
    const get = (name: TrailCsvColumn): string => record[this.columns!.get(name)!]!;
    const json = (name: TrailCsvColumn): unknown => {
      try {
        return JSON.parse(get(name));
      } catch {
        throw new MalformedExport(this.recordLine, `${name} is not JSON`);
      }
    };
    const leafIndex = get('leaf_index');
    return checked(
      {
        leafIndex: leafIndex === '' ? null : Number(leafIndex),
        position: Number(get('position')),
        transactionId: get('transaction_id'),
        streamId: get('stream_id'),
        version: Number(get('version')),
        id: get('event_id'),
        type: get('type'),
        schemaVersion: Number(get('schema_version')),
        data: json('data'),
        metadata: json('metadata'),
        recordedAt: get('recorded_at'),
        recordedAtMicros: get('recorded_at_us'),
        contentDigest: get('content_digest'),
        hash: get('hash'),
      },
      this.recordLine,
    );
  }
}

const REQUIRED_CSV_COLUMNS: readonly TrailCsvColumn[] = TRAIL_CSV_COLUMNS.filter(
  (name) => !['actor_id', 'org_unit_id', 'correlation_id', 'causation_id', 'command_id', 'actor_name'].includes(name),
);

const HEX32 = /^[0-9a-f]{64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The record's fields, each of the type and shape the format says, or {@link MalformedExport} naming the first that is not. */
function checked(record: Record<string, unknown>, line: number): ExportedEvent {
  const facts = checkedFacts(record, line);
  if (!('data' in record)) throw new MalformedExport(line, 'data is not given');
  if (!('metadata' in record)) throw new MalformedExport(line, 'metadata is not given');
  const recordedAt = record.recordedAt;
  if (typeof recordedAt !== 'string') throw new MalformedExport(line, 'recordedAt is not text');
  return { ...facts, recordedAt, data: record.data, metadata: record.metadata };
}

/** The fields of {@link RecordFacts}, checked as {@link checked} does. */
export function checkedFacts(record: Record<string, unknown>, line: number): RecordFacts {
  const wrong = (field: string, what: string): never => {
    throw new MalformedExport(line, `${field} is not ${what}`);
  };
  const count = (field: string, least: number): number => {
    const value = record[field];
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= least ? value : wrong(field, `a whole number ≥ ${least}`);
  };
  const text = (field: string, pattern?: RegExp, what = 'text'): string => {
    const value = record[field];
    return typeof value === 'string' && (pattern === undefined || pattern.test(value)) ? value : wrong(field, what);
  };
  const leafIndex = record.leafIndex === null ? null : count('leafIndex', 0);
  return {
    leafIndex,
    position: count('position', 1),
    transactionId: text('transactionId', /^\d{1,20}$/, 'a decimal transaction key'),
    streamId: text('streamId'),
    version: count('version', 1),
    id: text('id', UUID, 'a UUID'),
    type: text('type'),
    schemaVersion: count('schemaVersion', 1),
    recordedAtMicros: text('recordedAtMicros', /^-?\d{1,19}$/, 'decimal microseconds'),
    contentDigest: text('contentDigest', HEX32, '64 lowercase hex digits'),
    hash: text('hash', HEX32, '64 lowercase hex digits'),
  };
}
