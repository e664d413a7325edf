import { Migration } from '@app/database';

/**
 * The log's advisory lock (the two-key form: pg_locks shows them as classid, objid): held shared by
 * every transaction appending to the log, exclusively while the log's order is repaired.
 */
export const LOG_LOCK = { key1: 1163086919, key2: 1 } as const;

/**
 * The store's tables. `transaction_id` is the writing transaction's id (xid8, plus the log's
 * offset after a restore: see migration 5 and `log-order.ts`): subscriptions read in
 * (transaction_id, global_position) order and only below the oldest transaction still appending,
 * which is what keeps a late-committing transaction from being skipped. See `subscription.ts`.
 */
export const EVENT_STORE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'events, streams, snapshots and the append function',
    sql: `
      CREATE TABLE es_streams (
        stream_id text PRIMARY KEY,
        category text NOT NULL,
        version bigint NOT NULL,
        last_hash bytea NOT NULL,
        updated_at timestamptz NOT NULL
      );

      CREATE TABLE es_events (
        global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        stream_id text NOT NULL,
        stream_version bigint NOT NULL,
        category text NOT NULL,
        event_id uuid NOT NULL,
        event_type text NOT NULL,
        schema_version integer NOT NULL,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        content_digest bytea NOT NULL,
        chain_hash bytea NOT NULL,
        recorded_at timestamptz NOT NULL,
        CONSTRAINT es_events_event_id_key UNIQUE (event_id),
        CONSTRAINT es_events_stream_version_key UNIQUE (stream_id, stream_version)
      );
      CREATE INDEX es_events_subscription_order ON es_events (transaction_id, global_position);

      CREATE TABLE es_snapshots (
        stream_id text PRIMARY KEY,
        version bigint NOT NULL,
        schema_version integer NOT NULL,
        state jsonb NOT NULL,
        saved_at timestamptz NOT NULL
      );

      -- Appends one batch to one stream in a single round trip. Returns outcome 'appended',
      -- 'duplicate' (some event id is stored already: the caller sorts out which case it is)
      -- or 'wrong-version' with the stream's actual version.
      CREATE FUNCTION es_append(
        p_stream_id text,
        p_category text,
        p_expected text,
        p_event_ids uuid[],
        p_types text[],
        p_schema_versions integer[],
        p_data jsonb[],
        p_metadata jsonb[],
        p_digests bytea[],
        p_recorded_at timestamptz
      ) RETURNS TABLE (outcome text, version bigint, first_position bigint, last_position bigint)
      LANGUAGE plpgsql AS $fn$
      DECLARE
        n integer := cardinality(p_event_ids);
        recorded_micros bytea := int8send((extract(epoch FROM p_recorded_at) * 1000000)::bigint);
        previous_version bigint;
        chain bytea;
        chains bytea[] := '{}';
        first_pos bigint;
        last_pos bigint;
      BEGIN
        IF EXISTS (SELECT 1 FROM es_events e WHERE e.event_id = ANY (p_event_ids)) THEN
          RETURN QUERY SELECT 'duplicate'::text, NULL::bigint, NULL::bigint, NULL::bigint;
          RETURN;
        END IF;

        IF p_expected = 'no-stream' OR p_expected = '0' THEN
          previous_version := 0;
        ELSE
          SELECT s.version, s.last_hash INTO previous_version, chain
            FROM es_streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
          IF NOT FOUND THEN
            IF p_expected = 'any' THEN
              previous_version := 0;
            ELSE
              RETURN QUERY SELECT 'wrong-version'::text, 0::bigint, NULL::bigint, NULL::bigint;
              RETURN;
            END IF;
          ELSIF p_expected NOT IN ('any', 'stream-exists') AND previous_version <> p_expected::bigint THEN
            RETURN QUERY SELECT 'wrong-version'::text, previous_version, NULL::bigint, NULL::bigint;
            RETURN;
          END IF;
        END IF;

        IF previous_version = 0 THEN
          chain := sha256(convert_to(p_stream_id, 'UTF8'));
        END IF;
        FOR i IN 1 .. n LOOP
          chain := sha256(chain || p_digests[i] || int8send(previous_version + i)
                          || uuid_send(p_event_ids[i]) || recorded_micros);
          chains := chains || chain;
        END LOOP;

        IF previous_version = 0 THEN
          -- A concurrent creator of the same stream makes this insert do nothing (after waiting
          -- for it to commit): that is a lost race, reported like any stale version. Under 'any'
          -- the caller simply tries again.
          INSERT INTO es_streams (stream_id, category, version, last_hash, updated_at)
            VALUES (p_stream_id, p_category, n, chain, p_recorded_at)
            ON CONFLICT (stream_id) DO NOTHING;
          IF NOT FOUND THEN
            RETURN QUERY SELECT 'wrong-version'::text,
              (SELECT s.version FROM es_streams s WHERE s.stream_id = p_stream_id), NULL::bigint, NULL::bigint;
            RETURN;
          END IF;
        ELSE
          UPDATE es_streams s SET version = previous_version + n, last_hash = chain, updated_at = p_recorded_at
            WHERE s.stream_id = p_stream_id;
        END IF;

        WITH inserted AS (
          INSERT INTO es_events (stream_id, stream_version, category, event_id, event_type, schema_version,
                                 data, metadata, content_digest, chain_hash, recorded_at)
          SELECT p_stream_id, previous_version + x.ord, p_category, x.id, x.type, x.schema_version,
                 x.data, x.metadata, x.digest, x.chain, p_recorded_at
            FROM unnest(p_event_ids, p_types, p_schema_versions, p_data, p_metadata, p_digests, chains)
                 WITH ORDINALITY AS x(id, type, schema_version, data, metadata, digest, chain, ord)
            ORDER BY x.ord
          RETURNING global_position
        )
        SELECT min(global_position), max(global_position) INTO first_pos, last_pos FROM inserted;

        RETURN QUERY SELECT 'appended'::text, previous_version + n, first_pos, last_pos;
      END
      $fn$;
    `,
  },
  {
    version: 2,
    name: 'streams listed by category',
    sql: `CREATE INDEX es_streams_category ON es_streams (category, stream_id);`,
  },
  {
    version: 3,
    name: 'appends without a duplicate pre-check where a unique violation can be caught, and a one-event append',
    sql: `
      -- The duplicate pre-check of version 1 was a static query, so PL/pgSQL cached its plan per
      -- connection; a generic plan made while es_events was nearly empty seq-scans it for good.
      -- Here the check runs only when asked for (the caller's own transaction, where a unique
      -- violation would abort the caller's work) and as dynamic SQL, planned afresh each time.
      -- Elsewhere the unique constraint on event_id catches a duplicate and the client sorts it out.

      -- One event, scalar arguments: no arrays to build and unpack on the common path. On an
      -- existing stream a single UPDATE both checks the version and extends the chain: it locks
      -- the row itself (no separate SELECT … FOR UPDATE and its WAL record), and a concurrent
      -- writer that got there first makes the version condition fail when it is rechecked.
      CREATE OR REPLACE FUNCTION es_append_one(
        p_stream_id text,
        p_category text,
        p_expected text,
        p_event_id uuid,
        p_type text,
        p_schema_version integer,
        p_data jsonb,
        p_metadata jsonb,
        p_digest bytea,
        p_recorded_at timestamptz,
        p_check_ids boolean,
        OUT outcome text,
        OUT version bigint,
        OUT first_position bigint,
        OUT last_position bigint
      ) LANGUAGE plpgsql AS $fn$
      DECLARE
        recorded_micros bytea := int8send((extract(epoch FROM p_recorded_at) * 1000000)::bigint);
        expected_version bigint := CASE WHEN p_expected ~ '^[0-9]+$' THEN p_expected::bigint END;
        new_version bigint;
        chain bytea;
        stored boolean;
      BEGIN
        IF p_check_ids THEN
          EXECUTE 'SELECT EXISTS (SELECT 1 FROM es_events WHERE event_id = $1)' INTO stored USING p_event_id;
          IF stored THEN
            outcome := 'duplicate';
            RETURN;
          END IF;
        END IF;

        IF p_expected <> 'no-stream' AND p_expected <> '0' THEN
          UPDATE es_streams s
             SET version = s.version + 1,
                 last_hash = sha256(s.last_hash || p_digest || int8send(s.version + 1) || uuid_send(p_event_id) || recorded_micros),
                 updated_at = p_recorded_at
           WHERE s.stream_id = p_stream_id AND (expected_version IS NULL OR s.version = expected_version)
          RETURNING s.version, s.last_hash INTO new_version, chain;
          IF NOT FOUND THEN
            SELECT s.version INTO version FROM es_streams s WHERE s.stream_id = p_stream_id;
            IF FOUND OR p_expected <> 'any' THEN
              outcome := 'wrong-version';
              version := coalesce(version, 0);
              RETURN;
            END IF;
          END IF;
        END IF;

        IF new_version IS NULL THEN
          new_version := 1;
          chain := sha256(sha256(convert_to(p_stream_id, 'UTF8')) || p_digest || int8send(1::bigint)
                          || uuid_send(p_event_id) || recorded_micros);
          -- A concurrent creator of the same stream makes this insert do nothing (after waiting
          -- for it to commit): a lost race, reported like any stale version.
          INSERT INTO es_streams (stream_id, category, version, last_hash, updated_at)
            VALUES (p_stream_id, p_category, 1, chain, p_recorded_at)
            ON CONFLICT (stream_id) DO NOTHING;
          IF NOT FOUND THEN
            outcome := 'wrong-version';
            SELECT s.version INTO version FROM es_streams s WHERE s.stream_id = p_stream_id;
            RETURN;
          END IF;
        END IF;

        INSERT INTO es_events (stream_id, stream_version, category, event_id, event_type, schema_version,
                               data, metadata, content_digest, chain_hash, recorded_at)
          VALUES (p_stream_id, new_version, p_category, p_event_id, p_type, p_schema_version,
                  p_data, p_metadata, p_digest, chain, p_recorded_at)
          RETURNING global_position INTO first_position;
        outcome := 'appended';
        version := new_version;
        last_position := first_position;
      END
      $fn$;

      -- Any number of events; the same outcomes as es_append. Data and metadata come as one JSON
      -- array each (element i belongs to event i), the other columns as arrays.
      CREATE OR REPLACE FUNCTION es_append_many(
        p_stream_id text,
        p_category text,
        p_expected text,
        p_event_ids uuid[],
        p_types text[],
        p_schema_versions integer[],
        p_data jsonb,
        p_metadata jsonb,
        p_digests bytea[],
        p_recorded_at timestamptz,
        p_check_ids boolean,
        OUT outcome text,
        OUT version bigint,
        OUT first_position bigint,
        OUT last_position bigint
      ) LANGUAGE plpgsql AS $fn$
      DECLARE
        n integer := cardinality(p_event_ids);
        recorded_micros bytea := int8send((extract(epoch FROM p_recorded_at) * 1000000)::bigint);
        previous_version bigint;
        chain bytea;
        chains bytea[] := '{}';
        stored boolean;
      BEGIN
        IF p_check_ids THEN
          EXECUTE 'SELECT EXISTS (SELECT 1 FROM es_events WHERE event_id = ANY ($1))' INTO stored USING p_event_ids;
          IF stored THEN
            outcome := 'duplicate';
            RETURN;
          END IF;
        END IF;

        IF p_expected = 'no-stream' OR p_expected = '0' THEN
          previous_version := 0;
        ELSE
          SELECT s.version, s.last_hash INTO previous_version, chain
            FROM es_streams s WHERE s.stream_id = p_stream_id FOR NO KEY UPDATE;
          IF NOT FOUND THEN
            IF p_expected <> 'any' THEN
              outcome := 'wrong-version';
              version := 0;
              RETURN;
            END IF;
            previous_version := 0;
          ELSIF p_expected NOT IN ('any', 'stream-exists') AND previous_version <> p_expected::bigint THEN
            outcome := 'wrong-version';
            version := previous_version;
            RETURN;
          END IF;
        END IF;

        IF previous_version = 0 THEN
          chain := sha256(convert_to(p_stream_id, 'UTF8'));
        END IF;
        FOR i IN 1 .. n LOOP
          chain := sha256(chain || p_digests[i] || int8send(previous_version + i)
                          || uuid_send(p_event_ids[i]) || recorded_micros);
          chains := chains || chain;
        END LOOP;

        IF previous_version = 0 THEN
          INSERT INTO es_streams (stream_id, category, version, last_hash, updated_at)
            VALUES (p_stream_id, p_category, n, chain, p_recorded_at)
            ON CONFLICT (stream_id) DO NOTHING;
          IF NOT FOUND THEN
            outcome := 'wrong-version';
            SELECT s.version INTO version FROM es_streams s WHERE s.stream_id = p_stream_id;
            RETURN;
          END IF;
        ELSE
          UPDATE es_streams s SET version = previous_version + n, last_hash = chain, updated_at = p_recorded_at
            WHERE s.stream_id = p_stream_id;
        END IF;

        -- Positions come from the identity in ordinality order, so the batch is contiguous in it.
        WITH inserted AS (
          INSERT INTO es_events (stream_id, stream_version, category, event_id, event_type, schema_version,
                                 data, metadata, content_digest, chain_hash, recorded_at)
          SELECT p_stream_id, previous_version + x.ord, p_category, x.id, x.type, x.schema_version,
                 x.data, x.metadata, x.digest, x.chain, p_recorded_at
            FROM ROWS FROM (unnest(p_event_ids), unnest(p_types), unnest(p_schema_versions),
                            jsonb_array_elements(p_data), jsonb_array_elements(p_metadata), unnest(p_digests), unnest(chains))
                 WITH ORDINALITY AS x(id, type, schema_version, data, metadata, digest, chain, ord)
            ORDER BY x.ord
          RETURNING global_position
        )
        SELECT min(global_position), max(global_position) INTO first_position, last_position FROM inserted;
        outcome := 'appended';
        version := previous_version + n;
      END
      $fn$;

      -- es_append keeps its signature for processes still running the previous release, with the
      -- pre-check moved out of the plan cache.
      CREATE OR REPLACE FUNCTION es_append(
        p_stream_id text,
        p_category text,
        p_expected text,
        p_event_ids uuid[],
        p_types text[],
        p_schema_versions integer[],
        p_data jsonb[],
        p_metadata jsonb[],
        p_digests bytea[],
        p_recorded_at timestamptz
      ) RETURNS TABLE (outcome text, version bigint, first_position bigint, last_position bigint)
      LANGUAGE sql AS $fn$
        SELECT a.outcome, a.version, a.first_position, a.last_position
          FROM es_append_many(p_stream_id, p_category, p_expected, p_event_ids, p_types, p_schema_versions,
                              array_to_json(p_data)::jsonb, array_to_json(p_metadata)::jsonb, p_digests, p_recorded_at, true) AS a;
      $fn$;
    `,
  },
  {
    version: 4,
    name: 'streams of a category found through the primary key instead of an index of their own',
    sql: `
      -- Every new stream put an entry on a random page of es_streams_category, whose keys
      -- compared under the database's collation: a new-stream append ran about 10 % faster
      -- without it. A category's streams are the ids from 'category' up to 'category.' ('.' is the
      -- character after '-'), which the primary key can range over once it compares bytes
      -- (see PostgresEventStore.listStreams). With a UTF-8 database, byte order is code point
      -- order, so listings keep the order they had under a C.UTF-8 collation.
      ALTER TABLE es_streams ALTER COLUMN stream_id TYPE text COLLATE "C";
      DROP INDEX es_streams_category;
    `,
  },
  {
    version: 5,
    name: 'the log order survives a restore into a newer cluster and is held back only by appending transactions',
    sql: `
      -- The order key of an event: its writing transaction's id, plus an offset that stays 0
      -- until the database is restored into a cluster whose transaction counter is behind the
      -- ids stored (a logical dump and restore, a move to a managed service, a promoted logical
      -- replica). The store then redefines this function with the offset that puts every new
      -- transaction after everything stored (see log-order.ts); an SQL function this simple is
      -- inlined into the statements that call it.
      CREATE FUNCTION es_log_order(xid xid8) RETURNS xid8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$ SELECT xid $fn$;
      ALTER TABLE es_events ALTER COLUMN transaction_id SET DEFAULT es_log_order(pg_current_xact_id());

      -- A transaction joins the log before it first writes to it: it takes the log's advisory lock
      -- in shared mode, and only then gets its transaction id (with its first write). Readers
      -- find the transactions still appending as the holders of that lock, so a long transaction
      -- that never appends — a report, a dump, an idle session, another database — holds no
      -- reader back. The store's one-statement appends take the lock in the statement, before
      -- it writes; the append functions call this first. A transaction that has an id already
      -- when it first appends could have been passed by a reader in the meantime: it is refused
      -- (it should call es_log_enter() before its first write).
      CREATE FUNCTION es_log_enter() RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        IF current_setting('es.log_entered', true) = 'on' THEN
          RETURN;
        END IF;
        IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
          RAISE EXCEPTION 'this transaction wrote before it appended to the event log'
            USING ERRCODE = '55000', HINT = 'call es_log_enter() before the transaction''s first write';
        END IF;
        PERFORM pg_advisory_xact_lock_shared(${LOG_LOCK.key1}, ${LOG_LOCK.key2});
        PERFORM set_config('es.log_entered', 'on', true);
      END
      $fn$;

      -- Below this order key every transaction that appended has finished, and none can start
      -- appending: the oldest transaction still holding the log's lock, or every transaction id
      -- handed out so far. Readers take it in one statement and read the events below it in a
      -- later one, whose snapshot sees whatever committed in between.
      CREATE FUNCTION es_log_horizon() RETURNS xid8 LANGUAGE sql VOLATILE AS $fn$
        WITH snapshot AS (SELECT pg_current_snapshot() AS s),
        locks AS MATERIALIZED (
          SELECT locktype, virtualtransaction, transactionid, database, classid, objid, objsubid, mode, granted FROM pg_locks
        ),
        appending AS (
          SELECT own.transactionid::text::bigint AS xid32
            FROM locks joined
            JOIN locks own ON own.virtualtransaction = joined.virtualtransaction
                          AND own.locktype = 'transactionid' AND own.mode = 'ExclusiveLock' AND own.granted
           WHERE joined.locktype = 'advisory' AND joined.granted
             AND joined.classid = ${LOG_LOCK.key1} AND joined.objid = ${LOG_LOCK.key2} AND joined.objsubid = 2
             AND joined.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        )
        SELECT es_log_order(coalesce(
          (SELECT min(x) FROM snapshot, pg_snapshot_xip(snapshot.s) AS x
            WHERE (x::text::numeric % 4294967296)::bigint IN (SELECT xid32 FROM appending)),
          (SELECT pg_snapshot_xmax(s) FROM snapshot)
        ))
      $fn$;

      CREATE OR REPLACE FUNCTION es_append_one(
        p_stream_id text,
        p_category text,
        p_expected text,
        p_event_id uuid,
        p_type text,
        p_schema_version integer,
        p_data jsonb,
        p_metadata jsonb,
        p_digest bytea,
        p_recorded_at timestamptz,
        p_check_ids boolean,
        OUT outcome text,
        OUT version bigint,
        OUT first_position bigint,
        OUT last_position bigint
      ) LANGUAGE plpgsql AS $fn$
      DECLARE
        recorded_micros bytea := int8send((extract(epoch FROM p_recorded_at) * 1000000)::bigint);
        expected_version bigint := CASE WHEN p_expected ~ '^[0-9]+$' THEN p_expected::bigint END;
        new_version bigint;
        chain bytea;
        stored boolean;
      BEGIN
        PERFORM es_log_enter();
        IF p_check_ids THEN
          EXECUTE 'SELECT EXISTS (SELECT 1 FROM es_events WHERE event_id = $1)' INTO stored USING p_event_id;
          IF stored THEN
            outcome := 'duplicate';
            RETURN;
          END IF;
        END IF;

        IF p_expected <> 'no-stream' AND p_expected <> '0' THEN
          UPDATE es_streams s
             SET version = s.version + 1,
                 last_hash = sha256(s.last_hash || p_digest || int8send(s.version + 1) || uuid_send(p_event_id) || recorded_micros),
                 updated_at = p_recorded_at
           WHERE s.stream_id = p_stream_id AND (expected_version IS NULL OR s.version = expected_version)
          RETURNING s.version, s.last_hash INTO new_version, chain;
          IF NOT FOUND THEN
            SELECT s.version INTO version FROM es_streams s WHERE s.stream_id = p_stream_id;
            IF FOUND OR p_expected <> 'any' THEN
              outcome := 'wrong-version';
              version := coalesce(version, 0);
              RETURN;
            END IF;
          END IF;
        END IF;

        IF new_version IS NULL THEN
          new_version := 1;
          chain := sha256(sha256(convert_to(p_stream_id, 'UTF8')) || p_digest || int8send(1::bigint)
                          || uuid_send(p_event_id) || recorded_micros);
          -- A concurrent creator of the same stream makes this insert do nothing (after waiting
          -- for it to commit): a lost race, reported like any stale version.
          INSERT INTO es_streams (stream_id, category, version, last_hash, updated_at)
            VALUES (p_stream_id, p_category, 1, chain, p_recorded_at)
            ON CONFLICT (stream_id) DO NOTHING;
          IF NOT FOUND THEN
            outcome := 'wrong-version';
            SELECT s.version INTO version FROM es_streams s WHERE s.stream_id = p_stream_id;
            RETURN;
          END IF;
        END IF;

        INSERT INTO es_events (stream_id, stream_version, category, event_id, event_type, schema_version,
                               data, metadata, content_digest, chain_hash, recorded_at)
          VALUES (p_stream_id, new_version, p_category, p_event_id, p_type, p_schema_version,
                  p_data, p_metadata, p_digest, chain, p_recorded_at)
          RETURNING global_position INTO first_position;
        outcome := 'appended';
        version := new_version;
        last_position := first_position;
      END
      $fn$;

      CREATE OR REPLACE FUNCTION es_append_many(
        p_stream_id text,
        p_category text,
        p_expected text,
        p_event_ids uuid[],
        p_types text[],
        p_schema_versions integer[],
        p_data jsonb,
        p_metadata jsonb,
        p_digests bytea[],
        p_recorded_at timestamptz,
        p_check_ids boolean,
        OUT outcome text,
        OUT version bigint,
        OUT first_position bigint,
        OUT last_position bigint
      ) LANGUAGE plpgsql AS $fn$
      DECLARE
        n integer := cardinality(p_event_ids);
        recorded_micros bytea := int8send((extract(epoch FROM p_recorded_at) * 1000000)::bigint);
        previous_version bigint;
        chain bytea;
        chains bytea[] := '{}';
        stored boolean;
      BEGIN
        -- Before the row lock below, which gives the transaction its id: see es_log_enter.
        PERFORM es_log_enter();
        IF p_check_ids THEN
          EXECUTE 'SELECT EXISTS (SELECT 1 FROM es_events WHERE event_id = ANY ($1))' INTO stored USING p_event_ids;
          IF stored THEN
            outcome := 'duplicate';
            RETURN;
          END IF;
        END IF;

        IF p_expected = 'no-stream' OR p_expected = '0' THEN
          previous_version := 0;
        ELSE
          SELECT s.version, s.last_hash INTO previous_version, chain
            FROM es_streams s WHERE s.stream_id = p_stream_id FOR NO KEY UPDATE;
          IF NOT FOUND THEN
            IF p_expected <> 'any' THEN
              outcome := 'wrong-version';
              version := 0;
              RETURN;
            END IF;
            previous_version := 0;
          ELSIF p_expected NOT IN ('any', 'stream-exists') AND previous_version <> p_expected::bigint THEN
            outcome := 'wrong-version';
            version := previous_version;
            RETURN;
          END IF;
        END IF;

        IF previous_version = 0 THEN
          chain := sha256(convert_to(p_stream_id, 'UTF8'));
        END IF;
        FOR i IN 1 .. n LOOP
          chain := sha256(chain || p_digests[i] || int8send(previous_version + i)
                          || uuid_send(p_event_ids[i]) || recorded_micros);
          chains := chains || chain;
        END LOOP;

        IF previous_version = 0 THEN
          INSERT INTO es_streams (stream_id, category, version, last_hash, updated_at)
            VALUES (p_stream_id, p_category, n, chain, p_recorded_at)
            ON CONFLICT (stream_id) DO NOTHING;
          IF NOT FOUND THEN
            outcome := 'wrong-version';
            SELECT s.version INTO version FROM es_streams s WHERE s.stream_id = p_stream_id;
            RETURN;
          END IF;
        ELSE
          UPDATE es_streams s SET version = previous_version + n, last_hash = chain, updated_at = p_recorded_at
            WHERE s.stream_id = p_stream_id;
        END IF;

        -- Positions come from the identity in ordinality order, so the batch is contiguous in it.
        WITH inserted AS (
          INSERT INTO es_events (stream_id, stream_version, category, event_id, event_type, schema_version,
                                 data, metadata, content_digest, chain_hash, recorded_at)
          SELECT p_stream_id, previous_version + x.ord, p_category, x.id, x.type, x.schema_version,
                 x.data, x.metadata, x.digest, x.chain, p_recorded_at
            FROM ROWS FROM (unnest(p_event_ids), unnest(p_types), unnest(p_schema_versions),
                            jsonb_array_elements(p_data), jsonb_array_elements(p_metadata), unnest(p_digests), unnest(chains))
                 WITH ORDINALITY AS x(id, type, schema_version, data, metadata, digest, chain, ord)
            ORDER BY x.ord
          RETURNING global_position
        )
        SELECT min(global_position), max(global_position) INTO first_position, last_position FROM inserted;
        outcome := 'appended';
        version := previous_version + n;
      END
      $fn$;
    `,
  },
  {
    version: 6,
    name: 'a category read in log order through an index of its own',
    sql: `
      -- A subscription that follows some categories (a read model, a process manager, the
      -- calendar follower) read the whole log in order and kept the rows of its categories: a
      -- rebuild of the org directory, a hundredth of the log, read a hundred rows for each it kept.
      -- With this index each category's events are a range in log order, and a reader of several
      -- categories merges their ranges (see Subscription.readPage). It costs an append one more
      -- index entry per event, at the right-hand edge of its category's range.
      CREATE INDEX es_events_category_order ON es_events (category, transaction_id, global_position);
    `,
  },
  {
    version: 7,
    name: 'the horizon finds an appending transaction by its session too, in the moment before its id is locked',
    sql: `
      -- The server hands a transaction its id (which other snapshots list as in progress from then
      -- on) a moment before it takes the lock on that id that pg_locks shows. In that moment
      -- migration 5's horizon did not know the transaction was appending: it took the id for
      -- somebody else's and read past it, and a reader that came back after the transaction
      -- committed had moved on and skipped its events. (Frozen in that moment under a debugger,
      -- a transaction holding the log's lock with id 81166 in the snapshot got a horizon of 81168.)
      -- The id is also in the session's backend status from the moment it is handed out, so each
      -- session holding the log's lock is looked up there as well. A transaction that joins the
      -- log took the lock before it had an id, so it held the lock when the snapshot was taken and
      -- still holds it when the locks and the statuses are read, unless it has ended by then, and
      -- an ended one is visible to the later read of the events. A prepared transaction has no
      -- session; its id lock still finds it. The statuses are read afresh: a transaction keeps the
      -- first ones it reads, and a second horizon in it would otherwise see the first one's.
      CREATE OR REPLACE FUNCTION es_log_horizon() RETURNS xid8 LANGUAGE sql VOLATILE AS $fn$
        SELECT pg_stat_clear_snapshot();
        WITH snapshot AS (SELECT pg_current_snapshot() AS s),
        locks AS MATERIALIZED (
          SELECT locktype, virtualtransaction, pid, transactionid, database, classid, objid, objsubid, mode, granted FROM pg_locks
        ),
        joined AS MATERIALIZED (
          SELECT virtualtransaction, pid FROM locks
           WHERE locktype = 'advisory' AND granted
             AND classid = ${LOG_LOCK.key1} AND objid = ${LOG_LOCK.key2} AND objsubid = 2
             AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
        ),
        appending AS (
          SELECT own.transactionid::text::bigint AS xid32
            FROM joined
            JOIN locks own ON own.virtualtransaction = joined.virtualtransaction
                          AND own.locktype = 'transactionid' AND own.mode = 'ExclusiveLock' AND own.granted
          UNION ALL
          SELECT session.backend_xid::text::bigint
            FROM joined, pg_stat_get_activity(joined.pid) AS session
           WHERE joined.pid IS NOT NULL AND session.backend_xid IS NOT NULL
        )
        SELECT es_log_order(coalesce(
          (SELECT min(x) FROM snapshot, pg_snapshot_xip(snapshot.s) AS x
            WHERE (x::text::numeric % 4294967296)::bigint IN (SELECT xid32 FROM appending)),
          (SELECT pg_snapshot_xmax(s) FROM snapshot)
        ))
      $fn$;
    `,
  },
];
