import { Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/auth';
import { ProjectionRuntime, ProjectionStatus, RebuildInProgressError, RebuildProgress, UnknownProjectionError } from '@app/projections';
import { DomainError, NotFoundError } from '@app/workflow';

export class ProjectionNotFound extends NotFoundError {
  readonly code = 'PROJECTION_NOT_FOUND';
  constructor(name: string) {
    super('No read model has this name', { projection: name });
  }
}

export class RebuildAlreadyRunning extends DomainError {
  readonly code = 'REBUILD_ALREADY_RUNNING';
  constructor(name: string) {
    super('A rebuild of this read model is already running', { projection: name });
  }
}

/** Operating the read models: their projectors' status, and rebuilds from the log without downtime. */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/projections')
export class ProjectionsController {
  constructor(@Inject(ProjectionRuntime) private readonly runtime: ProjectionRuntime) {}

  @Get()
  @ApiOperation({ summary: 'Every read model: kind, state, checkpoint, lag in events and seconds, last error, rebuild progress' })
  async list(): Promise<{ items: ProjectionStatus[] }> {
    return { items: await this.runtime.status() };
  }

  @Get(':name')
  @ApiOperation({ summary: 'One read model’s status' })
  @ApiNotFoundResponse({ description: 'PROJECTION_NOT_FOUND' })
  async one(@Param('name') name: string): Promise<ProjectionStatus> {
    try {
      return await this.runtime.statusOf(name);
    } catch (error) {
      throw error instanceof UnknownProjectionError ? new ProjectionNotFound(name) : error;
    }
  }

  @Post(':name/rebuild')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Rebuild a read model from the log beside the live one, then swap it in; answers at once, follow progress on GET /admin/projections/:name',
  })
  @ApiNotFoundResponse({ description: 'PROJECTION_NOT_FOUND' })
  @ApiConflictResponse({ description: 'REBUILD_ALREADY_RUNNING' })
  rebuild(@Param('name') name: string): RebuildProgress {
    try {
      return this.runtime.startRebuild(name);
    } catch (error) {
      if (error instanceof UnknownProjectionError) throw new ProjectionNotFound(name);
      if (error instanceof RebuildInProgressError) throw new RebuildAlreadyRunning(name);
      throw error;
    }
  }
}
