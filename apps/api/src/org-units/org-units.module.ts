import { Module } from '@nestjs/common';
import { AssignResponsiblePersonHandler } from './assign-responsible-person/assign-responsible-person.handler';
import { GetOrgTreeHandler } from './get-org-tree/get-org-tree.handler';
import { GetOrgUnitHandler } from './get-org-unit/get-org-unit.handler';
import { GetUnitListsHandler } from './get-unit-lists/get-unit-lists.handler';
import { OrgDirectory } from './org-directory';
import { OrgUnitsController } from './org-units.controller';
import { RegisterOrgUnitHandler } from './register-org-unit/register-org-unit.handler';

/** The org tree (组织架构): its routes and use cases, and the directory every scope check reads. */
@Module({
  controllers: [OrgUnitsController],
  providers: [OrgDirectory, GetOrgTreeHandler, GetOrgUnitHandler, GetUnitListsHandler, RegisterOrgUnitHandler, AssignResponsiblePersonHandler],
  exports: [OrgDirectory],
})
export class OrgUnitsModule {}
