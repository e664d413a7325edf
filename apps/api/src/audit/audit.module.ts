import { Module } from '@nestjs/common';
import { Database, DATABASE, migrate } from '@app/database';
import { EVENT_STORE, PostgresEventStore } from '@app/event-store';
import { SupervisionModule } from '../supervision.module';
import { AuditController } from './audit.controller';
import { AUDIT_MIGRATIONS } from './audit.schema';
import { AuditTrail } from './audit-trail';

@Module({
  imports: [SupervisionModule],
  controllers: [AuditController],
  providers: [
    {
      provide: AuditTrail,
      inject: [DATABASE, EVENT_STORE],
      useFactory: async (database: Database, store: PostgresEventStore) => {
        await migrate(database.pool, 'audit', AUDIT_MIGRATIONS);
        return new AuditTrail(database.pool, store);
      },
    },
  ],
})
export class AuditModule {}
