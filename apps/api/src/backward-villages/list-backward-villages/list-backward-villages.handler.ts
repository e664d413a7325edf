import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProjectionRuntime } from '@app/projections';
import { backwardVillageListQuery, BackwardVillageView, BoardPage } from '@app/read-models';
import { orgScopeOfList } from '@app/supervision';
import { ListBackwardVillagesQuery } from './list-backward-villages.query';

@QueryHandler(ListBackwardVillagesQuery)
export class ListBackwardVillagesHandler implements IQueryHandler<ListBackwardVillagesQuery, BoardPage<BackwardVillageView>> {
  constructor(@Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime) {}

  async execute({ actor, filters }: ListBackwardVillagesQuery): Promise<BoardPage<BackwardVillageView>> {
    const within = orgScopeOfList(actor, filters.unit);
    if (within === undefined) return { items: [], nextCursor: null };
    return backwardVillageListQuery(this.projections.dataSource, { ...filters, within });
  }
}
