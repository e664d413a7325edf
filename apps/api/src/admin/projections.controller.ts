import { Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/auth';
import { ProjectionStatus, RebuildProgress } from '@app/projections';
import { GetProjectionQuery } from './get-projection/get-projection.query';
import { ListProjectionsQuery, ProjectionList } from './list-projections/list-projections.query';
import { ProjectionListResponse, ProjectionStatusResponse, RebuildProgressResponse } from './projection.responses';
import { RebuildProjectionCommand } from './rebuild-projection/rebuild-projection.command';

/** Operating the read models: their projectors' status, and rebuilds from the log without downtime. Each route hands one query or command to its use case (admin/*). */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/projections')
export class ProjectionsController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every read model: kind, state, checkpoint, lag in events and seconds, last error, rebuild progress' })
  @ApiOkResponse({ type: ProjectionListResponse })
  list(): Promise<ProjectionList> {
    return this.queries.execute(new ListProjectionsQuery());
  }

  @Get(':name')
  @ApiOperation({ summary: 'One read model’s status' })
  @ApiOkResponse({ type: ProjectionStatusResponse })
  @ApiNotFoundResponse({ description: 'PROJECTION_NOT_FOUND' })
  one(@Param('name') name: string): Promise<ProjectionStatus> {
    return this.queries.execute(new GetProjectionQuery(name));
  }

  @Post(':name/rebuild')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Rebuild a read model from the log beside the live one, then swap it in; answers at once, follow progress on GET /admin/projections/:name',
  })
  @ApiAcceptedResponse({ type: RebuildProgressResponse })
  @ApiNotFoundResponse({ description: 'PROJECTION_NOT_FOUND' })
  @ApiConflictResponse({ description: 'REBUILD_ALREADY_RUNNING' })
  rebuild(@Param('name') name: string): Promise<RebuildProgress> {
    return this.commands.execute(new RebuildProjectionCommand(name));
  }
}
