import { Inject, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigModule } from '@app/config';
import { Database, DATABASE, DatabaseModule } from '@app/database';
import { EventStoreModule } from '@app/event-store';

/**
 * Background work without HTTP. For now it opens the database and brings the event store's
 * schema up to date; projectors, timers and the outbox relay join it here.
 */
@Module({
  imports: [ConfigModule, DatabaseModule, EventStoreModule],
})
export class WorkerModule implements OnApplicationBootstrap {
  private readonly logger = new Logger(WorkerModule.name);

  constructor(@Inject(DATABASE) private readonly database: Database) {}

  onApplicationBootstrap(): void {
    this.logger.log({ message: 'worker up', database: { mode: this.database.mode } });
  }
}
