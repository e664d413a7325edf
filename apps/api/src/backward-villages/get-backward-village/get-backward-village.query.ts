import { Query } from '@nestjs/cqrs';
import { BackwardVillageView } from '@app/read-models';
import { Actor } from '@app/workflow';

/** One listing with its plan, progress and checks, and its version for the ETag, if `actor` may read it. */
export class GetBackwardVillageQuery extends Query<{ readonly version: number; readonly view: BackwardVillageView }> {
  constructor(
    readonly listingId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
