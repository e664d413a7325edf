import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProjectionRuntime, ProjectionStatus, UnknownProjectionError } from '@app/projections';
import { ProjectionNotFound } from '../projections.errors';
import { GetProjectionQuery } from './get-projection.query';

@QueryHandler(GetProjectionQuery)
export class GetProjectionHandler implements IQueryHandler<GetProjectionQuery, ProjectionStatus> {
  constructor(@Inject(ProjectionRuntime) private readonly runtime: ProjectionRuntime) {}

  async execute({ name }: GetProjectionQuery): Promise<ProjectionStatus> {
    try {
      return await this.runtime.statusOf(name);
    } catch (error) {
      throw error instanceof UnknownProjectionError ? new ProjectionNotFound(name) : error;
    }
  }
}
