import { Query } from '@nestjs/cqrs';
import type { AuditEventView } from '../audit-event.view';

export interface StreamHistory {
  readonly streamId: string;
  readonly version: number;
  readonly events: AuditEventView[];
}

/** One stream's whole history, as the log holds it. */
export class GetStreamHistoryQuery extends Query<StreamHistory> {
  constructor(readonly streamId: string) {
    super();
  }
}
