import { Migration } from '@app/database';

/**
 * Credentials live beside the log, not in it: the audit trail records who did what, and has no
 * business holding password hashes.
 */
export const AUTH_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'user accounts',
    sql: `
      CREATE TABLE auth_users (
        user_id text PRIMARY KEY,
        username text NOT NULL UNIQUE,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        roles text[] NOT NULL,
        org_unit_id text,
        home_county_id text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
];
