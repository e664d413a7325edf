import { Migration } from '@app/database';

/**
 * The store's tables. `transaction_id` is the writing transaction's id (xid8): subscriptions read in
 * (transaction_id, global_position) order and only below the oldest transaction still running,
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
];
