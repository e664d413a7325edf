import { Migration } from '@app/database';

/**
 * The answers given to requests sent with an `Idempotency-Key`, one row per user and key. A row
 * without a status is a request still being answered: `owner` is the process answering it, and
 * past `locked_until` another process may take it over (the first one died). A row past
 * `expires_at` counts as absent.
 */
export const IDEMPOTENCY_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'answers to requests sent with an Idempotency-Key',
    sql: `
      CREATE TABLE http_idempotency_keys (
        user_id text NOT NULL,
        idempotency_key text NOT NULL,
        fingerprint text NOT NULL,
        method text NOT NULL,
        path text NOT NULL,
        owner text,
        locked_until timestamptz,
        status integer,
        headers jsonb,
        body text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, idempotency_key)
      );
      CREATE INDEX http_idempotency_keys_expiry ON http_idempotency_keys (expires_at);
    `,
  },
];
