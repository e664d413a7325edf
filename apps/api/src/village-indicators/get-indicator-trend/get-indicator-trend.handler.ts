import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProjectionRuntime } from '@app/projections';
import { indicatorTrendQuery } from '@app/read-models';
import { Clock, CLOCK } from '@app/workflow';
import { IndicatorUnits } from '../indicator-units';
import { GetIndicatorTrendQuery, IndicatorTrend } from './get-indicator-trend.query';

@QueryHandler(GetIndicatorTrendQuery)
export class GetIndicatorTrendHandler implements IQueryHandler<GetIndicatorTrendQuery, IndicatorTrend> {
  constructor(
    @Inject(IndicatorUnits) private readonly units: IndicatorUnits,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actor, filter }: GetIndicatorTrendQuery): Promise<IndicatorTrend> {
    const unitId = await this.units.readable(actor, filter.unitId);
    const asOf = filter.asOf ?? this.clock.now();
    return { unitId, asOf: asOf.toISOString(), points: await indicatorTrendQuery(this.projections.dataSource, unitId, asOf) };
  }
}
