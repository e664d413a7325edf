import { Query } from '@nestjs/cqrs';
import type { InclusionProofView } from '../seal-views';

/** The proof that the event at `position` is leaf `leafIndex` of the tree of `treeSize` leaves (default: the sealed tree). */
export class ProveInclusionQuery extends Query<InclusionProofView> {
  constructor(
    readonly position: number,
    readonly treeSize: number | undefined,
  ) {
    super();
  }
}
