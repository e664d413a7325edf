import { Module } from '@nestjs/common';
import { EvidenceModule } from '@app/evidence';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { GetProjectHandler } from './get-project/get-project.handler';
import { HandOverProjectHandler } from './hand-over-project/hand-over-project.handler';
import { HandOverUnitProjectsHandler } from './hand-over-project/hand-over-unit-projects.handler';
import { LaunchProjectHandler } from './launch-project/launch-project.handler';
import { ListProjectsHandler } from './list-projects/list-projects.handler';
import { ProjectCommands } from './project-commands';
import { ProjectsController } from './projects.controller';
import { TakeProjectStepHandler } from './take-project-step/take-project-step.handler';

/** 书记领办项目: their routes and use cases. */
@Module({
  imports: [OrgUnitsModule, EvidenceModule],
  controllers: [ProjectsController],
  providers: [ProjectCommands, LaunchProjectHandler, TakeProjectStepHandler, HandOverProjectHandler, HandOverUnitProjectsHandler, ListProjectsHandler, GetProjectHandler],
})
export class ProjectsModule {}
