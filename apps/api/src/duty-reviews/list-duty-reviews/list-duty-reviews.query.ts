import { Query } from '@nestjs/cqrs';
import { RequestActor } from '@app/auth';
import type { DutyReviewList } from '../duty-review-views';

/** The units of a duty-review round with their report status (and grades once published), within the asker's scope. */
export class ListDutyReviewsQuery extends Query<DutyReviewList> {
  constructor(
    readonly roundId: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
