import { Query } from '@nestjs/cqrs';
import { BackwardVillageView, BoardPage } from '@app/read-models';
import { Actor } from '@app/workflow';

export interface BackwardVillageListFilters {
  readonly status?: string;
  readonly reason?: string;
  readonly unit?: string;
  readonly cursor?: string;
  readonly limit: number;
}

/** The backward-village list as `actor` may see it: officials only their own subtree. */
export class ListBackwardVillagesQuery extends Query<BoardPage<BackwardVillageView>> {
  constructor(
    readonly actor: Actor,
    readonly filters: BackwardVillageListFilters,
  ) {
    super();
  }
}
