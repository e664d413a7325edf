export { isConnectionFailure } from './connection-failure';
export { createDatabase, Database, DatabaseMode, DatabaseOptions } from './database';
export { DATABASE, DatabaseModule } from './database.module';
export { EmbeddedPostgres } from './embedded-postgres';
export { migrate, runMigrations } from './migration-runner';
export { CodeMigration, Migration, MigrationReport, SqlMigration } from './migrations';
export { sharedRead } from './shared-read';
export { DataFolderInUse, lockDataFolder } from './data-folder-lock';
export { preparedStatement } from './prepared-statement';
