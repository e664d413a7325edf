import { Migration } from '@app/database';

/** Durable timers. A timer's id is derived from (stream, name, due instant), so scheduling is idempotent. */
export const WORKFLOW_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'durable timers',
    sql: `
      CREATE TABLE wf_timers (
        timer_id text PRIMARY KEY,
        workflow text NOT NULL,
        stream_id text NOT NULL,
        name text NOT NULL,
        due_at timestamptz NOT NULL,
        command jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('scheduled', 'fired', 'cancelled')),
        claimed_by text,
        claimed_until timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        scheduled_at timestamptz NOT NULL,
        fired_at timestamptz
      );
      CREATE INDEX wf_timers_due ON wf_timers (due_at) WHERE status = 'scheduled';
      CREATE INDEX wf_timers_stream ON wf_timers (stream_id) WHERE status = 'scheduled';
    `,
  },
  {
    version: 2,
    name: 'process manager checkpoints',
    sql: `
      CREATE TABLE wf_process_checkpoints (
        name text PRIMARY KEY,
        transaction_id xid8 NOT NULL,
        position bigint NOT NULL,
        updated_at timestamptz NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'calendar the timers were reconciled against',
    sql: `
      CREATE TABLE wf_timer_calendar (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        fingerprint text NOT NULL,
        reconciled_at timestamptz NOT NULL
      );
    `,
  },
];
