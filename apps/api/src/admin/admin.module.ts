import { Module } from '@nestjs/common';
import { GetProjectionHandler } from './get-projection/get-projection.handler';
import { ListProjectionsHandler } from './list-projections/list-projections.handler';
import { ProjectionsController } from './projections.controller';
import { RebuildProjectionHandler } from './rebuild-projection/rebuild-projection.handler';

/** Administration of the read models: their routes and use cases. */
@Module({
  controllers: [ProjectionsController],
  providers: [ListProjectionsHandler, GetProjectionHandler, RebuildProjectionHandler],
})
export class AdminModule {}
