import { Query } from '@nestjs/cqrs';
import type { ConsistencyProofView } from '../seal-views';

/** The proof that the tree of `from` leaves is a prefix of the tree of `to` leaves. */
export class ProveConsistencyQuery extends Query<ConsistencyProofView> {
  constructor(
    readonly from: number,
    readonly to: number,
  ) {
    super();
  }
}
