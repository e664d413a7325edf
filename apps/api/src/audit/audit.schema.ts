import { Migration } from '@app/database';

/**
 * Indexes the audit trail filters on, over the event log itself: the trail is the log, so there is
 * nothing to rebuild and nothing to fall behind. Each index keeps the log's delivery order
 * (transaction id, position) after its key, so a filtered page is one index range scan.
 */
export const AUDIT_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'audit trail indexes on actor, org unit and stream',
    sql: `
      CREATE INDEX IF NOT EXISTS es_events_audit_actor ON es_events ((metadata->>'actorId'), transaction_id, global_position);
      CREATE INDEX IF NOT EXISTS es_events_audit_org_unit ON es_events ((metadata->>'orgUnitId'), transaction_id, global_position);
      CREATE INDEX IF NOT EXISTS es_events_audit_recorded_at ON es_events USING brin (recorded_at);
    `,
  },
];
