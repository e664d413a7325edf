import { Migration } from '@app/database';

/** The relay's tables: where it has published up to, and who may publish. */
export const MESSAGING_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'relay checkpoints and leases',
    sql: `
      CREATE TABLE relay_checkpoints (
        relay text PRIMARY KEY,
        -- Every event up to (transaction_id, position) in subscription order has been acknowledged
        -- by the broker.
        transaction_id xid8 NOT NULL DEFAULT '0',
        position bigint NOT NULL DEFAULT 0,
        events_published bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      -- One holder at a time per name. A holder renews before expires_at; once it has passed,
      -- anyone may take the lease, which raises the token: the old holder's writes that check the
      -- token (the relay's checkpoint) fail from then on.
      CREATE TABLE messaging_leases (
        name text PRIMARY KEY,
        holder text NOT NULL,
        token bigint NOT NULL,
        acquired_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );
    `,
  },
];
