import { Module } from '@nestjs/common';
import { OrgDirectory } from './org-directory';
import { OrgUnitsController } from './org-units.controller';

/** The org tree (组织架构): its routes, and the directory every scope check reads. */
@Module({
  controllers: [OrgUnitsController],
  providers: [OrgDirectory],
  exports: [OrgDirectory],
})
export class OrgUnitsModule {}
