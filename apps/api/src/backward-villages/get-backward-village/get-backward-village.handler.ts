import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProjectionRuntime } from '@app/projections';
import { backwardVillageQuery, BackwardVillageView } from '@app/read-models';
import { assertWithinOrgScope, BackwardVillageNotFound } from '@app/supervision';
import { GetBackwardVillageQuery } from './get-backward-village.query';

/** The listing from the list (kept inline: as fresh as its stream); an official reads it only when the village lies in their subtree (OUT_OF_SCOPE). */
@QueryHandler(GetBackwardVillageQuery)
export class GetBackwardVillageHandler implements IQueryHandler<GetBackwardVillageQuery, { version: number; view: BackwardVillageView }> {
  constructor(@Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime) {}

  async execute({ listingId, actor }: GetBackwardVillageQuery): Promise<{ version: number; view: BackwardVillageView }> {
    const found = await backwardVillageQuery(this.projections.dataSource, listingId);
    if (found === undefined) throw new BackwardVillageNotFound(listingId);
    assertWithinOrgScope(actor, found.view.unitChain);
    return found;
  }
}
