import { AUTH_MIGRATIONS } from '@app/auth';
import { Database, migrate } from '@app/database';
import { migrateEventStore, PostgresEventStore } from '@app/event-store';
import { EVIDENCE_MIGRATIONS } from '@app/evidence';
import { NOTIFICATION_MIGRATIONS } from '@app/notifications';
import { ProjectionRuntime } from '@app/projections';
import { supervisionProjections } from '@app/read-models';
import { SEALING_MIGRATIONS } from '@app/sealing';
import { WORKFLOW_MIGRATIONS } from '@app/workflow-runtime';
import { AUDIT_MIGRATIONS } from './audit/audit.schema';
import { IDEMPOTENCY_MIGRATIONS } from './http/idempotency/idempotency.schema';

/**
 * `main.js migrate`: every component's schema, in dependency order, through the one migration
 * runner of libs/database (ledger `schema_migrations`). The modules apply the same
 * migrations at start-up; running them ahead lets a deployment migrate once before rolling out.
 * Returns the versions applied now, per component (empty when already up to date).
 */
export async function migrateAll(database: Database): Promise<Record<string, number[]>> {
  return {
    'event-store': await migrateEventStore(database),
    auth: await migrate(database.pool, 'auth', AUTH_MIGRATIONS),
    workflow: await migrate(database.pool, 'workflow', WORKFLOW_MIGRATIONS),
    audit: await migrate(database.pool, 'audit', AUDIT_MIGRATIONS),
    idempotency: await migrate(database.pool, 'idempotency', IDEMPOTENCY_MIGRATIONS),
    notifications: await migrate(database.pool, 'notifications', NOTIFICATION_MIGRATIONS),
    sealing: await migrate(database.pool, 'sealing', SEALING_MIGRATIONS),
    evidence: await migrate(database.pool, 'evidence', EVIDENCE_MIGRATIONS),
    'read-models': await migrateReadModels(database),
  };
}

/**
 * The read models' migrations run, through the same runner (components `read-model:<name>`), as
 * their runtime starts; reported as one entry per migration applied now.
 */
async function migrateReadModels(database: Database): Promise<number[]> {
  const runtime = await ProjectionRuntime.create({ store: new PostgresEventStore(database.pool), pool: database.pool, projections: supervisionProjections() });
  await runtime.close();
  const applied = [...runtime.migrationsApplied.values()].flat();
  return applied.map((_name, index) => index + 1);
}
