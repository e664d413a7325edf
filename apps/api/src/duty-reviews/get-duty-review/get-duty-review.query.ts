import { Query } from '@nestjs/cqrs';
import { RequestActor } from '@app/auth';
import type { DutyReviewView } from '../duty-review-views';

/** One unit's duty review, from its stream, with its version for the ETag; an official reads only their subtree's. */
export class GetDutyReviewQuery extends Query<{ version: number; view: DutyReviewView }> {
  constructor(
    readonly reviewId: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
