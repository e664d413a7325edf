import { Migration } from '@app/database';

/**
 * The outbox: one row per delivery a case event calls for, written in the event's own transaction
 * (so an event is never without its notifications, nor a notification without its event), and
 * unique per event, channel and recipient (so replaying an append writes nothing twice).
 *
 * `recipient` is a user id for the in-app inbox (that row is the inbox entry, delivered as written;
 * `read_at` marks it read) and `unit:<id>` for an outside channel, which carries one message per
 * notice naming every person responsible for that unit (a group chat's robot, a receiving system). A pending delivery
 * without `next_attempt_at` is due at once; after a failure it holds when to try again.
 */
export const NOTIFICATION_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'notification outbox and inbox',
    sql: `
      CREATE TABLE notifications (
        notification_id uuid PRIMARY KEY,
        event_id uuid NOT NULL,
        event_position bigint NOT NULL,
        channel text NOT NULL,
        recipient text NOT NULL,
        kind text NOT NULL,
        case_id text NOT NULL,
        unit_id text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        payload jsonb NOT NULL,
        status text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        last_error text,
        created_at timestamptz NOT NULL,
        delivered_at timestamptz,
        read_at timestamptz,
        CONSTRAINT notifications_once UNIQUE (event_id, channel, recipient),
        CONSTRAINT notifications_status CHECK (status IN ('pending', 'delivered', 'failed'))
      );
      CREATE INDEX notifications_due ON notifications (next_attempt_at NULLS FIRST, event_position) WHERE status = 'pending';
      CREATE INDEX notifications_inbox ON notifications (recipient, created_at DESC, notification_id) WHERE channel = 'inbox';
      CREATE INDEX notifications_unread ON notifications (recipient) WHERE channel = 'inbox' AND read_at IS NULL;
      CREATE INDEX notifications_by_case ON notifications (case_id);
    `,
  },
];
