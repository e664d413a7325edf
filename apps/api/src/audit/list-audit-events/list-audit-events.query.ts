import { Query } from '@nestjs/cqrs';
import type { AuditCriteria } from '../audit-filters';
import type { AuditEventsPage } from '../audit-event.view';

export interface AuditPaging {
  /** The nextCursor of the previous page. */
  readonly cursor?: string;
  /** The same, under the name DESIGN §5 gives it: sent with `cursor`, it must name the same place. */
  readonly after?: string;
  readonly limit: number;
}

/** A page of the audit trail (审计留痕), filtered, in log order: by writing transaction, then position. */
export class ListAuditEventsQuery extends Query<AuditEventsPage> {
  constructor(
    readonly criteria: AuditCriteria,
    readonly paging: AuditPaging,
  ) {
    super();
  }
}
