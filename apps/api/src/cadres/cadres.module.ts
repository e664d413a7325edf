import { Module } from '@nestjs/common';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { AdjustCadreHandler } from './adjust-cadre/adjust-cadre.handler';
import { CadreCommands } from './cadre-commands';
import { CadresController } from './cadres.controller';
import { GetCadreHistoryHandler } from './get-cadre-history/get-cadre-history.handler';
import { CountCadresHandler, ListCadresHandler } from './list-cadres/list-cadres.handler';
import { RecordCadreMonitoringHandler } from './record-cadre-monitoring/record-cadre-monitoring.handler';

/** 村社干部日常监测: its routes and use cases. */
@Module({
  imports: [OrgUnitsModule],
  controllers: [CadresController],
  providers: [CadreCommands, RecordCadreMonitoringHandler, AdjustCadreHandler, GetCadreHistoryHandler, ListCadresHandler, CountCadresHandler],
})
export class CadresModule {}
