import { Module } from '@nestjs/common';
import { EvidenceModule } from '@app/evidence';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { BackwardVillageCommands } from './backward-village-commands';
import { BackwardVillagesController } from './backward-villages.controller';
import { BackwardVillageTrendHandler, CountBackwardVillagesHandler } from './count-backward-villages/count-backward-villages.handler';
import { GetBackwardVillageHandler } from './get-backward-village/get-backward-village.handler';
import { ListBackwardVillageHandler } from './list-backward-village/list-backward-village.handler';
import { ListBackwardVillagesHandler } from './list-backward-villages/list-backward-villages.handler';
import { TakeBackwardVillageStepHandler } from './take-backward-village-step/take-backward-village-step.handler';

/** 后进村整转: its routes and use cases. */
@Module({
  imports: [OrgUnitsModule, EvidenceModule],
  controllers: [BackwardVillagesController],
  providers: [
    BackwardVillageCommands,
    ListBackwardVillageHandler,
    TakeBackwardVillageStepHandler,
    GetBackwardVillageHandler,
    ListBackwardVillagesHandler,
    CountBackwardVillagesHandler,
    BackwardVillageTrendHandler,
  ],
})
export class BackwardVillagesModule {}
