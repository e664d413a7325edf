import { Query } from '@nestjs/cqrs';
import type { ExportedEvent } from '@app/sealing';
import type { AuditCriteria } from '../audit-filters';

/**
 * The whole filtered trail, read a page at a time as it is consumed (for an export), each event
 * with everything an offline check needs (see @app/sealing's exported-trail). Bad criteria are
 * refused when the query is executed, before anything is read.
 */
export class ExportAuditTrailQuery extends Query<AsyncIterable<ExportedEvent>> {
  constructor(readonly criteria: AuditCriteria) {
    super();
  }
}
