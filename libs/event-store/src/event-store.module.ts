import { Global, Logger, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Database, DATABASE, migrate } from '@app/database';
import { EVENT_STORE_MIGRATIONS } from './event-store.schema';
import { ensureLogOrder } from './log-order';
import { PostgresEventStore } from './postgres-event-store';
import { UpcasterRegistry } from './upcaster-registry';

/** Injection token of the process's {@link PostgresEventStore}. */
export const EVENT_STORE = Symbol('EVENT_STORE');

/**
 * Brings the store's schema up to date before anything appends, and makes sure the log's order
 * holds on this server (after a restore into another cluster it repairs it; see ensureLogOrder).
 */
export async function migrateEventStore(database: Database): Promise<number[]> {
  const applied = await migrate(database.pool, 'event-store', EVENT_STORE_MIGRATIONS);
  const check = await ensureLogOrder(database.pool);
  if (check.repaired) {
    new Logger('EventStore').warn({
      message: 'log order repaired',
      detail: 'the database holds transaction ids ahead of this server (restored from another cluster?): new events are ordered after them',
      ...check,
    });
  }
  return applied;
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
