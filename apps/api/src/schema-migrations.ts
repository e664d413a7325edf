import { AUTH_MIGRATIONS } from '@app/auth';
import { Database, migrate } from '@app/database';
import { migrateEventStore } from '@app/event-store';
import { WORKFLOW_MIGRATIONS } from '@app/workflow-runtime';
import { AUDIT_MIGRATIONS } from './audit/audit.schema';

/**
 * `main.js migrate`: every component's schema, in dependency order. The modules apply the same
 * migrations at start-up; running them ahead lets a deployment migrate once before rolling out.
 * Returns the versions applied now, per component (empty when already up to date).
 */
export async function migrateAll(database: Database): Promise<Record<string, number[]>> {
  return {
    'event-store': await migrateEventStore(database),
    auth: await migrate(database.pool, 'auth', AUTH_MIGRATIONS),
    workflow: await migrate(database.pool, 'workflow', WORKFLOW_MIGRATIONS),
    audit: await migrate(database.pool, 'audit', AUDIT_MIGRATIONS),
  };
}
