import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProjectionRuntime } from '@app/projections';
import { ListProjectionsQuery, ProjectionList } from './list-projections.query';

@QueryHandler(ListProjectionsQuery)
export class ListProjectionsHandler implements IQueryHandler<ListProjectionsQuery, ProjectionList> {
  constructor(@Inject(ProjectionRuntime) private readonly runtime: ProjectionRuntime) {}

  async execute(): Promise<ProjectionList> {
    return { items: await this.runtime.status() };
  }
}
