import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProjectionRuntime } from '@app/projections';
import { backwardVillageCountsQuery, BackwardVillageCounts, BackwardVillageMonth, backwardVillageTrendQuery } from '@app/read-models';
import { orgScopeOfList } from '@app/supervision';
import { Clock, CLOCK, shanghaiDateOf } from '@app/workflow';
import { BackwardVillageTrendQuery, CountBackwardVillagesQuery } from './count-backward-villages.query';

@QueryHandler(CountBackwardVillagesQuery)
export class CountBackwardVillagesHandler implements IQueryHandler<CountBackwardVillagesQuery, BackwardVillageCounts> {
  constructor(
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actor, by, asOf, unit }: CountBackwardVillagesQuery): Promise<BackwardVillageCounts> {
    const at = asOf ?? this.clock.now();
    const within = orgScopeOfList(actor, unit);
    if (within === undefined) return { asOf: at.toISOString(), by, rows: [], total: { listed: 0, everListed: 0, delisted: 0 } };
    return backwardVillageCountsQuery(this.projections.dataSource, { asOf: at, by, within });
  }
}

@QueryHandler(BackwardVillageTrendQuery)
export class BackwardVillageTrendHandler implements IQueryHandler<BackwardVillageTrendQuery, { year: number; months: BackwardVillageMonth[] }> {
  constructor(
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actor, year, unit }: BackwardVillageTrendQuery): Promise<{ year: number; months: BackwardVillageMonth[] }> {
    const theYear = year ?? Number(shanghaiDateOf(this.clock.now()).slice(0, 4));
    const within = orgScopeOfList(actor, unit);
    if (within === undefined) return { year: theYear, months: [] };
    return { year: theYear, months: await backwardVillageTrendQuery(this.projections.dataSource, { year: theYear, within }) };
  }
}
