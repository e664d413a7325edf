import { QueryConfig } from 'pg';
import { LOG_LOCK } from './event-store.schema';
import { recordedAtMicros } from './hash-chain';

/** What one append attempt came to, as the database reports it. */
export interface AppendRow {
  outcome: 'appended' | 'duplicate' | 'wrong-version';
  version: string | null;
  first_position: string | null;
  last_position: string | null;
}

/** The columns of an event as sent to the database, per event of a batch. */
export interface EventParams {
  readonly id: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly dataJson: string;
  readonly metadataJson: string;
  readonly digest: Buffer;
}

/**
 * A statement with a name is parsed and planned once per pooled connection and then only bound
 * and executed. Names are kept per `pg` client, so this is for a real server only: the embedded
 * database shares one session between clients, and a second client preparing the same name fails.
 */
function statement(name: string, text: string, values: unknown[], prepared: boolean): QueryConfig {
  return prepared ? { name, text, values } : { text, values };
}

/**
 * The data (or metadata) of a batch as one JSON array: joining canonical texts costs next to
 * nothing, where a PostgreSQL array literal of JSON texts escapes every quote on the way out and
 * unescapes it on the way in.
 */
function jsonArray(events: readonly EventParams[], field: 'dataJson' | 'metadataJson'): string {
  return `[${events.map((e) => e[field]).join(',')}]`;
}

/**
 * Joins the statement's transaction to the log before it writes (see es_log_enter in the schema):
 * the lock is taken as the row to write is produced, before the write gives the transaction its
 * id. These statements run outside a caller's transaction, so nothing can have written before.
 */
const JOIN_LOG = `pg_advisory_xact_lock_shared(${LOG_LOCK.key1}, ${LOG_LOCK.key2}) IS NOT NULL`;

const EVENT_COLUMNS =
  'stream_id, stream_version, category, event_id, event_type, schema_version, data, metadata, content_digest, chain_hash, recorded_at';

/**
 * A new stream ('no-stream' or 0) outside a caller's transaction: its chain starts at the genesis
 * hash, which the client knows, so the client computes the chain and the append is two plain
 * inserts in one statement. A stream that exists already (or is being created by a transaction
 * that then commits) fails the statement with a unique violation on es_streams_pkey: a lost race,
 * which the store reports as a stale version. A plain insert, not ON CONFLICT DO NOTHING: that
 * would probe the index first, insert speculatively and confirm with a WAL record of its own, on
 * every append, to spare the rare loser an error. An event id stored already fails the statement
 * with a unique violation on es_events.
 */
const NEW_STREAM_ONE_SQL = `
  WITH stream AS (
    INSERT INTO es_streams (stream_id, category, version, last_hash, updated_at)
    SELECT $1, $2, 1, $9::bytea, $10::timestamptz WHERE ${JOIN_LOG}
    RETURNING stream_id
  )
  INSERT INTO es_events (${EVENT_COLUMNS})
  SELECT stream.stream_id, 1, $2, $3::uuid, $4, $5::integer, $6::jsonb, $7::jsonb, $8::bytea, $9::bytea, $10::timestamptz
    FROM stream
  RETURNING global_position`;

/**
 * Digests and chain values (32 bytes each) travel as one bytea apiece, event i's at bytes
 * 32(i-1)+1 … 32i: a parameter holding a Buffer goes over the wire as raw bytes, where a bytea[]
 * would be written out and read back as hexadecimal text, element by element.
 */
const NEW_STREAM_MANY_SQL = `
  WITH stream AS (
    INSERT INTO es_streams (stream_id, category, version, last_hash, updated_at)
    SELECT $1, $2, $3::bigint, $4::bytea, $5::timestamptz WHERE ${JOIN_LOG}
    RETURNING stream_id
  ), inserted AS (
    INSERT INTO es_events (${EVENT_COLUMNS})
    SELECT stream.stream_id, x.ord, $2, x.id, x.type, x.schema_version, x.data, x.metadata,
           substring($11::bytea FROM x.ord::integer * 32 - 31 FOR 32), substring($12::bytea FROM x.ord::integer * 32 - 31 FOR 32),
           $5::timestamptz
      FROM stream,
           ROWS FROM (unnest($6::uuid[]), unnest($7::text[]), unnest($8::integer[]), jsonb_array_elements($9::jsonb),
                      jsonb_array_elements($10::jsonb))
             WITH ORDINALITY AS x(id, type, schema_version, data, metadata, ord)
     ORDER BY x.ord
    RETURNING global_position
  )
  SELECT min(global_position) AS first_position, max(global_position) AS last_position FROM inserted`;

export function newStreamAppend(
  streamId: string,
  category: string,
  events: readonly EventParams[],
  chains: readonly Buffer[],
  recordedAt: Date,
  prepared: boolean,
): QueryConfig {
  if (events.length === 1) {
    const [e] = events as [EventParams];
    return statement(
      'es-append-new-stream-one',
      NEW_STREAM_ONE_SQL,
      [streamId, category, e.id, e.type, e.schemaVersion, e.dataJson, e.metadataJson, e.digest, chains[0], recordedAt],
      prepared,
    );
  }
  return statement(
    'es-append-new-stream-many',
    NEW_STREAM_MANY_SQL,
    [
      streamId,
      category,
      events.length,
      chains[chains.length - 1],
      recordedAt,
      events.map((e) => e.id),
      events.map((e) => e.type),
      events.map((e) => e.schemaVersion),
      jsonArray(events, 'dataJson'),
      jsonArray(events, 'metadataJson'),
      Buffer.concat(events.map((e) => e.digest)),
      Buffer.concat(chains as Buffer[]),
    ],
    prepared,
  );
}

/**
 * Many new streams in one statement: each stream's chain starts at the genesis hash, so the
 * client computes every chain, and the statement is two inserts, with one row back per stream.
 * Used inside a caller's transaction that has joined the log (seeding a tree of units), and
 * outside any for a combined group of appends (see `PostgresEventStore.appendGroup`): the
 * statement joins the log itself (JOIN_LOG, taken again harmlessly when joined already). A stream
 * that exists already, or an event id stored already, fails the whole statement. Digests and
 * chain values travel as one bytea apiece, as in NEW_STREAM_MANY_SQL.
 */
const NEW_STREAMS_SQL = `
  WITH streams AS (
    INSERT INTO es_streams (stream_id, category, version, last_hash, updated_at)
    SELECT s.stream_id, s.category, s.version, substring($4::bytea FROM s.ord::integer * 32 - 31 FOR 32), $5::timestamptz
      FROM ROWS FROM (unnest($1::text[]), unnest($2::text[]), unnest($3::bigint[])) WITH ORDINALITY AS s(stream_id, category, version, ord)
     WHERE ${JOIN_LOG}
    RETURNING stream_id
  ), inserted AS (
    INSERT INTO es_events (${EVENT_COLUMNS})
    SELECT x.stream_id, x.version, x.category, x.id, x.type, x.schema_version, x.data, x.metadata,
           substring($13::bytea FROM x.ord::integer * 32 - 31 FOR 32), substring($14::bytea FROM x.ord::integer * 32 - 31 FOR 32),
           $5::timestamptz
      FROM ROWS FROM (unnest($6::text[]), unnest($7::bigint[]), unnest($8::text[]), unnest($9::uuid[]), unnest($10::text[]),
                      unnest($11::integer[]), jsonb_array_elements($12::jsonb), jsonb_array_elements($15::jsonb))
             WITH ORDINALITY AS x(stream_id, version, category, id, type, schema_version, data, metadata, ord)
     WHERE (SELECT count(*) FROM streams) > 0 -- the streams first: their insert joins the log before anything is written
     ORDER BY x.ord
    RETURNING stream_id, stream_version, global_position
  )
  SELECT stream_id, min(global_position) AS first_position, max(global_position) AS last_position, max(stream_version) AS version
    FROM inserted GROUP BY stream_id`;

/** A new stream for {@link newStreamsAppend}: its events and their chain values. */
export interface NewStreamParams {
  readonly streamId: string;
  readonly category: string;
  readonly events: readonly EventParams[];
  readonly chains: readonly Buffer[];
}

export function newStreamsAppend(streams: readonly NewStreamParams[], recordedAt: Date, prepared = false): QueryConfig {
  const events = streams.flatMap((stream) => stream.events.map((event, index) => ({ stream, event, version: index + 1, chain: stream.chains[index]! })));
  return statement(
    'es-append-new-streams',
    NEW_STREAMS_SQL,
    [
      streams.map((stream) => stream.streamId),
      streams.map((stream) => stream.category),
      streams.map((stream) => stream.events.length),
      Buffer.concat(streams.map((stream) => stream.chains[stream.chains.length - 1]!)),
      recordedAt,
      events.map((e) => e.stream.streamId),
      events.map((e) => e.version),
      events.map((e) => e.stream.category),
      events.map((e) => e.event.id),
      events.map((e) => e.event.type),
      events.map((e) => e.event.schemaVersion),
      `[${events.map((e) => e.event.dataJson).join(',')}]`,
      Buffer.concat(events.map((e) => e.event.digest)),
      Buffer.concat(events.map((e) => e.chain)),
      `[${events.map((e) => e.event.metadataJson).join(',')}]`,
    ],
    prepared,
  );
}

/**
 * One event to a stream that exists, outside a caller's transaction: a single UPDATE checks the
 * expected version (when one is given), locks the stream's row and extends the chain from the
 * stored last hash (the same construction as `es_append_one`), and the event row takes the new
 * version and chain value from it, in one statement and without a PL/pgSQL call. No row back
 * means the stream is missing or at another version: the caller then goes the function's way,
 * which tells the two apart (and creates the stream under 'any'). A concurrent writer that got
 * there first makes the version condition fail when the UPDATE rechecks it after the wait.
 */
const EXISTING_STREAM_ONE_SQL = `
  WITH stream AS (
    UPDATE es_streams s
       SET version = s.version + 1,
           last_hash = sha256(s.last_hash || $9::bytea || int8send(s.version + 1) || uuid_send($4::uuid) || $11::bytea),
           updated_at = $10
     WHERE s.stream_id = $1 AND ($3::bigint IS NULL OR s.version = $3::bigint) AND ${JOIN_LOG}
    RETURNING s.version, s.last_hash
  )
  INSERT INTO es_events (${EVENT_COLUMNS})
  SELECT $1, stream.version, $2, $4::uuid, $5, $6::integer, $7::jsonb, $8::jsonb, $9::bytea, stream.last_hash, $10::timestamptz
    FROM stream
  RETURNING global_position, stream_version`;

/** `expected` as es_append_one takes it: a version number, 'stream-exists' or 'any'. */
export function existingStreamAppend(
  streamId: string,
  category: string,
  expected: string,
  event: EventParams,
  recordedAt: Date,
  prepared: boolean,
): QueryConfig {
  return statement(
    'es-append-existing-stream-one',
    EXISTING_STREAM_ONE_SQL,
    [
      streamId,
      category,
      /^[0-9]+$/.test(expected) ? expected : null,
      event.id,
      event.type,
      event.schemaVersion,
      event.dataJson,
      event.metadataJson,
      event.digest,
      recordedAt,
      recordedMicrosBytes(recordedAt),
    ],
    prepared,
  );
}

/** The recording instant in microseconds as the 8 big-endian bytes the chain step hashes. */
function recordedMicrosBytes(recordedAt: Date): Buffer {
  const bytes = Buffer.allocUnsafe(8);
  bytes.writeBigInt64BE(recordedAtMicros(recordedAt));
  return bytes;
}

/**
 * Any other append runs `es_append_one` / `es_append_many` (see the schema), which lock the
 * stream row, check the expected version and extend the chain from the stored last hash.
 * `checkIds` asks for a duplicate check before writing: inside a caller's transaction a unique
 * violation would abort the caller's other work, so there a duplicate must be found beforehand.
 */
export function functionAppend(
  streamId: string,
  category: string,
  expected: string,
  events: readonly EventParams[],
  recordedAt: Date,
  checkIds: boolean,
  prepared: boolean,
): QueryConfig {
  if (events.length === 1) {
    const [e] = events as [EventParams];
    return statement(
      'es-append-one',
      'SELECT outcome, version, first_position, last_position FROM es_append_one($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)',
      [streamId, category, expected, e.id, e.type, e.schemaVersion, e.dataJson, e.metadataJson, e.digest, recordedAt, checkIds],
      prepared,
    );
  }
  return statement(
    'es-append-many',
    'SELECT outcome, version, first_position, last_position FROM es_append_many($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)',
    [
      streamId,
      category,
      expected,
      events.map((e) => e.id),
      events.map((e) => e.type),
      events.map((e) => e.schemaVersion),
      jsonArray(events, 'dataJson'),
      jsonArray(events, 'metadataJson'),
      events.map((e) => e.digest),
      recordedAt,
      checkIds,
    ],
    prepared,
  );
}


/** Where one append of a combined group landed: its stream's events among those the statement wrote. */
export interface GroupedRow {
  stream_id: string;
  first_position: string;
  last_position: string;
  version: string;
}


/**
 * One event to each of many existing streams (each stream once), outside any caller's
 * transaction: EXISTING_STREAM_ONE_SQL for many streams in one statement. Each stream's row is
 * updated only if it is at the expected version (NULL: any); a stream missing or at another
 * version gets no row back, and the store writes that append on its own, which tells which it is.
 * So does a stream whose row another transaction holds (SKIP LOCKED): its append waits on its
 * own, and the other callers' appends in the statement do not wait with it.
 */
const EXISTING_STREAMS_GROUP_SQL = `
  WITH g AS MATERIALIZED (
    SELECT * FROM ROWS FROM (unnest($1::text[]), unnest($2::bigint[]), unnest($3::uuid[]), unnest($4::text[]), unnest($5::integer[]),
                             jsonb_array_elements($6::jsonb), jsonb_array_elements($7::jsonb))
             WITH ORDINALITY AS g(stream_id, expected, id, type, schema_version, data, metadata, ord)
  ), free AS (
    SELECT s.stream_id FROM es_streams s
     WHERE s.stream_id = ANY ($1::text[]) AND ${JOIN_LOG}
       FOR NO KEY UPDATE SKIP LOCKED
  ), stream AS (
    UPDATE es_streams s
       SET version = s.version + 1,
           last_hash = sha256(s.last_hash || substring($8::bytea FROM g.ord::integer * 32 - 31 FOR 32) || int8send(s.version + 1)
                              || uuid_send(g.id) || $10::bytea),
           updated_at = $9::timestamptz
      FROM g
     WHERE s.stream_id IN (SELECT stream_id FROM free) AND s.stream_id = g.stream_id AND (g.expected IS NULL OR s.version = g.expected)
    RETURNING g.ord, s.stream_id, s.category, s.version, s.last_hash
  ), inserted AS (
    INSERT INTO es_events (${EVENT_COLUMNS})
    SELECT stream.stream_id, stream.version, stream.category, g.id, g.type, g.schema_version, g.data, g.metadata,
           substring($8::bytea FROM g.ord::integer * 32 - 31 FOR 32), stream.last_hash, $9::timestamptz
      FROM stream JOIN g ON g.ord = stream.ord
     ORDER BY stream.ord
    RETURNING stream_id, stream_version, global_position
  )
  SELECT stream_id, global_position AS first_position, global_position AS last_position, stream_version AS version FROM inserted`;

/** An append of one event to a stream expected to exist: `expected` a version number, 'stream-exists' or 'any'. */
export interface ExistingStreamParams {
  readonly streamId: string;
  readonly expected: string;
  readonly event: EventParams;
}

export function existingStreamsGroupAppend(appends: readonly ExistingStreamParams[], recordedAt: Date, prepared: boolean): QueryConfig {
  const events = appends.map((append) => append.event);
  return statement(
    'es-append-existing-streams-group',
    EXISTING_STREAMS_GROUP_SQL,
    [
      appends.map((append) => append.streamId),
      appends.map((append) => (/^[0-9]+$/.test(append.expected) ? append.expected : null)),
      events.map((e) => e.id),
      events.map((e) => e.type),
      events.map((e) => e.schemaVersion),
      jsonArray(events, 'dataJson'),
      jsonArray(events, 'metadataJson'),
      Buffer.concat(events.map((e) => e.digest)),
      recordedAt,
      recordedMicrosBytes(recordedAt),
    ],
    prepared,
  );
}
