import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Database, DATABASE, migrate } from '@app/database';
import { EVENT_STORE_MIGRATIONS } from './event-store.schema';
import { PostgresEventStore } from './postgres-event-store';
import { UpcasterRegistry } from './upcaster-registry';

/** Injection token of the process's {@link PostgresEventStore}. */
export const EVENT_STORE = Symbol('EVENT_STORE');

/** Brings the store's schema up to date before anything appends. */
export function migrateEventStore(database: Database): Promise<number[]> {
  return migrate(database.pool, 'event-store', EVENT_STORE_MIGRATIONS);
}

@Global()
@Module({
  providers: [
    UpcasterRegistry,
    {
      provide: EVENT_STORE,
      inject: [DATABASE, APP_CONFIG, UpcasterRegistry],
      useFactory: async (database: Database, config: AppConfig, upcasters: UpcasterRegistry) => {
        await migrateEventStore(database);
        return new PostgresEventStore(database.pool, {
          maxEventBytes: config.maxEventBytes,
          upcasters,
          notifyOtherProcesses: database.mode === 'server',
          preparedStatements: database.mode === 'server',
        });
      },
    },
  ],
  exports: [EVENT_STORE, UpcasterRegistry],
})
export class EventStoreModule {}
