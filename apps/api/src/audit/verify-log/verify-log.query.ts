import { Query } from '@nestjs/cqrs';
import type { VerifyReport } from '@app/event-store';

/** Recomputes every content digest and hash chain over a range of global positions (the whole log by default). */
export class VerifyLogQuery extends Query<VerifyReport> {
  constructor(readonly range: { readonly from?: number; readonly to?: number }) {
    super();
  }
}
