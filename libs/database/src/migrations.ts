import type { PoolClient } from 'pg';

/**
 * One versioned schema change of a component (the event store, auth, a read model…). Versions of
 * a component ascend from 1; the ledger `schema_migrations` records each one applied. The change
 * is SQL, or code run on the runner's connection (a read model's migration written against
 * TypeORM); either way it runs inside the transaction that records it.
 */
export type Migration = SqlMigration | CodeMigration;

interface MigrationBase {
  readonly version: number;
  readonly name: string;
  /**
   * Recognises the change in a database an earlier runner migrated without this ledger (a read
   * model's TypeORM ledger): true, and the version is recorded as applied without running it.
   * Asked only for a version the ledger does not have, inside the transaction that records it.
   */
  readonly appliedEarlier?: (client: PoolClient) => Promise<boolean>;
}

export interface SqlMigration extends MigrationBase {
  readonly sql: string;
}

export interface CodeMigration extends MigrationBase {
  readonly run: (client: PoolClient) => Promise<void>;
}

/** What a run did to one component: the versions it applied, and those it found applied earlier. */
export interface MigrationReport {
  readonly applied: number[];
  readonly adopted: number[];
}

/** Throws unless the versions are 1, 2, 3… in order: a gap or a swap is a mistake in the code. */
export function assertAscending(component: string, migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migrations of ${component} must be numbered 1, 2, 3…; found ${migration.version} at ${index + 1}`);
    }
  });
}
