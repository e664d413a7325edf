import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProjectionRuntime } from '@app/projections';
import { IndicatorSummary, indicatorSummaryQuery } from '@app/read-models';
import { Clock, CLOCK } from '@app/workflow';
import { IndicatorUnits } from '../indicator-units';
import { GetIndicatorSummaryQuery } from './get-indicator-summary.query';

@QueryHandler(GetIndicatorSummaryQuery)
export class GetIndicatorSummaryHandler implements IQueryHandler<GetIndicatorSummaryQuery, IndicatorSummary> {
  constructor(
    @Inject(IndicatorUnits) private readonly units: IndicatorUnits,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actor, filter }: GetIndicatorSummaryQuery): Promise<IndicatorSummary> {
    const unitId = await this.units.readable(actor, filter.unitId);
    return indicatorSummaryQuery(this.projections.dataSource, unitId, filter.period, filter.asOf ?? this.clock.now());
  }
}
