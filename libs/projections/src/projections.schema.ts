import { Migration } from '@app/database';

/**
 * The runtime's own tables (not a read model's): one row per projection with its checkpoint and
 * last error. The read models' migrations are recorded in `schema_migrations` like every other
 * component's (see read-model-migrations.ts); `projection_migrations`, where the earlier TypeORM
 * runner recorded them, is kept only in a database it has rows in, to recognise what it applied.
 */
export const PROJECTION_RUNTIME_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'projection checkpoints and read-model migration ledger',
    sql: `
      CREATE TABLE projection_checkpoints (
        projection text PRIMARY KEY,
        kind text NOT NULL,
        -- Async: every event up to (transaction_id, position) in subscription order is applied.
        transaction_id xid8 NOT NULL DEFAULT '0',
        position bigint NOT NULL DEFAULT 0,
        -- Inline: whether the tables hold the whole log (false until the first build).
        built boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        error_position bigint,
        error_transaction_id xid8,
        error_event_id uuid,
        error_event_type text,
        error_at timestamptz
      );

      CREATE TABLE projection_migrations (
        projection text NOT NULL,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (projection, name)
      );
    `,
  },
  {
    version: 2,
    name: 'read-model migrations recorded in schema_migrations; the earlier ledger kept only where it has rows',
    sql: `
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM projection_migrations) THEN
          DROP TABLE projection_migrations;
        END IF;
      END
      $$;
    `,
  },
];
