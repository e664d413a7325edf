import { Module } from '@nestjs/common';
import { EvidenceModule } from '@app/evidence';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { CaseCommands } from './case-commands';
import { CaseViews } from './case-views';
import { CasesController } from './cases.controller';
import { GetCaseHandler } from './get-case/get-case.handler';
import { GetCaseChainHandler } from './get-case-chain/get-case-chain.handler';
import { ListCasesHandler } from './list-cases/list-cases.handler';
import { OpenCaseHandler } from './open-case/open-case.handler';
import { SplitCaseHandler } from './split-case/split-case.handler';
import { TakeCaseStepHandler } from './take-case-step/take-case-step.handler';

/** 督办 cases: their routes and use cases. */
@Module({
  imports: [OrgUnitsModule, EvidenceModule],
  controllers: [CasesController],
  providers: [CaseViews, CaseCommands, OpenCaseHandler, TakeCaseStepHandler, SplitCaseHandler, ListCasesHandler, GetCaseHandler, GetCaseChainHandler],
})
export class CasesModule {}
