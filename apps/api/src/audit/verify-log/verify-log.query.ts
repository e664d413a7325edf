import { Query } from '@nestjs/cqrs';
import type { VerifyReport } from '@app/event-store';

/** What the check found: the digests and chains that hold, and every break, by position. */
export type LogVerification = VerifyReport;

/** Recomputes every content digest and hash chain over a range of global positions (the whole log by default). */
export class VerifyLogQuery extends Query<LogVerification> {
  constructor(readonly range: { readonly from?: number; readonly to?: number }) {
    super();
  }
}
