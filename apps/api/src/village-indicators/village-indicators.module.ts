import { Module } from '@nestjs/common';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { GetIndicatorSummaryHandler } from './get-indicator-summary/get-indicator-summary.handler';
import { GetIndicatorTrendHandler } from './get-indicator-trend/get-indicator-trend.handler';
import { GetVillageIndicatorsHandler } from './get-village-indicators/get-village-indicators.handler';
import { IndicatorUnits } from './indicator-units';
import { RecordVillageIndicatorsHandler } from './record-village-indicators/record-village-indicators.handler';
import { VillageIndicatorsController } from './village-indicators.controller';

/** Village indicators (百村示范、千村晋位, 三年强村, 千企结千村, 第一书记): their routes and use cases. */
@Module({
  imports: [OrgUnitsModule],
  controllers: [VillageIndicatorsController],
  providers: [IndicatorUnits, RecordVillageIndicatorsHandler, GetVillageIndicatorsHandler, GetIndicatorSummaryHandler, GetIndicatorTrendHandler],
})
export class VillageIndicatorsModule {}
