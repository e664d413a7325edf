import { Module } from '@nestjs/common';
import { Database, DATABASE, migrate } from '@app/database';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { EvidenceModule } from '@app/evidence';
import { LogSealer, SealingModule } from '@app/sealing';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { AuditFilters } from './audit-filters';
import { AuditTrail } from './audit-trail';
import { AuditController } from './audit.controller';
import { AUDIT_MIGRATIONS } from './audit.schema';
import { ExportAuditTrailHandler } from './export-audit-trail/export-audit-trail.handler';
import { GetStreamHistoryHandler } from './get-stream-history/get-stream-history.handler';
import { ListAuditEventsHandler } from './list-audit-events/list-audit-events.handler';
import { VerifyLogHandler } from './verify-log/verify-log.handler';
import { IssueCheckpointHandler } from './issue-checkpoint/issue-checkpoint.handler';
import { GetLatestCheckpointHandler, ListCheckpointsHandler } from './list-checkpoints/list-checkpoints.handler';
import { ProveConsistencyHandler } from './prove-consistency/prove-consistency.handler';
import { ProveInclusionHandler } from './prove-inclusion/prove-inclusion.handler';

/** The audit trail (审计留痕): its routes and use cases over the event log. */
@Module({
  imports: [OrgUnitsModule, SealingModule, EvidenceModule],
  controllers: [AuditController],
  providers: [
    {
      provide: AuditTrail,
      // After LogSealer, whose factory makes the seal tables the trail joins for leaf indexes.
      inject: [DATABASE, EVENT_STORE, LogSealer],
      useFactory: async (database: Database, store: EventStore) => {
        await migrate(database.pool, 'audit', AUDIT_MIGRATIONS);
        return new AuditTrail(database.pool, store);
      },
    },
    AuditFilters,
    ListAuditEventsHandler,
    ExportAuditTrailHandler,
    GetStreamHistoryHandler,
    VerifyLogHandler,
    GetLatestCheckpointHandler,
    ListCheckpointsHandler,
    IssueCheckpointHandler,
    ProveInclusionHandler,
    ProveConsistencyHandler,
  ],
})
export class AuditModule {}
