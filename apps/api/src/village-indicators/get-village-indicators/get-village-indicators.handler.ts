import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProjectionRuntime } from '@app/projections';
import { villageIndicatorHistoryQuery } from '@app/read-models';
import { assertWithinOrgScope, NotAVillage } from '@app/supervision';
import { Clock, CLOCK } from '@app/workflow';
import { IndicatorUnits } from '../indicator-units';
import { GetVillageIndicatorsQuery, VillageIndicators } from './get-village-indicators.query';

@QueryHandler(GetVillageIndicatorsQuery)
export class GetVillageIndicatorsHandler implements IQueryHandler<GetVillageIndicatorsQuery, VillageIndicators> {
  constructor(
    @Inject(IndicatorUnits) private readonly units: IndicatorUnits,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ unitId, actor, asOf }: GetVillageIndicatorsQuery): Promise<VillageIndicators> {
    const { village, name } = await this.units.village(unitId);
    assertWithinOrgScope(actor, village.unitChain);
    if (village.kind !== 'village') throw new NotAVillage(unitId);
    const at = asOf ?? this.clock.now();
    const periods = await villageIndicatorHistoryQuery(this.projections.dataSource, unitId, at);
    return { unitId, name, asOf: at.toISOString(), periods };
  }
}
