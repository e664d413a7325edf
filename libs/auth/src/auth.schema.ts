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
  {
    version: 2,
    name: 'failed sign-ins per account',
    sql: `
      CREATE TABLE auth_login_failures (
        username text PRIMARY KEY,
        attempts integer NOT NULL,
        window_started_at timestamptz NOT NULL
      );
      CREATE INDEX auth_login_failures_window ON auth_login_failures (window_started_at);
    `,
  },
  {
    version: 3,
    name: 'account state for sign-in and sessions',
    // Written with each account event (user-<id> streams), in its transaction: whether the account
    // may sign in, whether its password is its owner's, and the session version tokens carry.
    sql: `
      ALTER TABLE auth_users
        ADD COLUMN disabled boolean NOT NULL DEFAULT false,
        ADD COLUMN password_must_change boolean NOT NULL DEFAULT false,
        ADD COLUMN session_version integer NOT NULL DEFAULT 1,
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
    `,
  },
];
