import { Query } from '@nestjs/cqrs';
import type { RecordedEvent } from '@app/event-store';
import type { AuditCriteria } from '../audit-filters';

/**
 * The whole filtered trail, read page by page as it is consumed (for a CSV export). Bad criteria
 * are refused when the query is executed, before anything is read.
 */
export class ExportAuditTrailQuery extends Query<AsyncIterable<RecordedEvent>> {
  constructor(readonly criteria: AuditCriteria) {
    super();
  }
}
