import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProjectionRuntime } from '@app/projections';
import { BoardPage, projectBoardQuery, ProjectView } from '@app/read-models';
import { orgScopeOfList } from '@app/supervision';
import { ListProjectsQuery } from './list-projects.query';

@QueryHandler(ListProjectsQuery)
export class ListProjectsHandler implements IQueryHandler<ListProjectsQuery, BoardPage<ProjectView>> {
  constructor(@Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime) {}

  async execute({ actor, filters }: ListProjectsQuery): Promise<BoardPage<ProjectView>> {
    const within = orgScopeOfList(actor, filters.unit);
    if (within === undefined) return { items: [], nextCursor: null };
    return projectBoardQuery(this.projections.dataSource, {
      within,
      ...(filters.year === undefined ? {} : { year: filters.year }),
      ...(filters.status === undefined ? {} : { status: filters.status }),
      ...(filters.leader === undefined ? {} : { leaderPersonId: filters.leader }),
      ...(filters.cursor === undefined ? {} : { cursor: filters.cursor }),
      limit: filters.limit,
    });
  }
}
