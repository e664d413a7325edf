import { Query } from '@nestjs/cqrs';
import { RequestActor } from '@app/auth';
import type { DutyReviewResultsView } from '../duty-review-views';

/** A duty-review round's results as of an instant (now when absent), for the units the asker may see. */
export class GetDutyReviewResultsQuery extends Query<DutyReviewResultsView> {
  constructor(
    readonly roundId: string,
    readonly asOf: Date | undefined,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
