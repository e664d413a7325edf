import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProjectionRuntime } from '@app/projections';
import { BoardPage, CadreCounts, cadreCountsQuery, MonitoredCadreView, monitoredCadresQuery } from '@app/read-models';
import { orgScopeOfList } from '@app/supervision';
import { CountCadresQuery, ListCadresQuery } from './list-cadres.query';

@QueryHandler(ListCadresQuery)
export class ListCadresHandler implements IQueryHandler<ListCadresQuery, BoardPage<MonitoredCadreView>> {
  constructor(@Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime) {}

  async execute({ actor, filters }: ListCadresQuery): Promise<BoardPage<MonitoredCadreView>> {
    const within = orgScopeOfList(actor, filters.unit);
    if (within === undefined) return { items: [], nextCursor: null };
    return monitoredCadresQuery(this.projections.dataSource, { ...filters, within });
  }
}

@QueryHandler(CountCadresQuery)
export class CountCadresHandler implements IQueryHandler<CountCadresQuery, CadreCounts> {
  constructor(@Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime) {}

  async execute({ actor, unit }: CountCadresQuery): Promise<CadreCounts> {
    const within = orgScopeOfList(actor, unit);
    if (within === undefined) return { adjustments: 0, concerns: 0, warnings: 0, byCounty: [] };
    return cadreCountsQuery(this.projections.dataSource, within);
  }
}
