import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProjectionRuntime } from '@app/projections';
import { BoardPage, taskBoardQuery, TaskView } from '@app/read-models';
import { orgScopeOfList } from '@app/supervision';
import { WorkingDayCalendar } from '@app/workflow';
import { WORKING_DAY_CALENDAR } from '@app/workflow-runtime';
import { ListTasksQuery } from './list-tasks.query';

@QueryHandler(ListTasksQuery)
export class ListTasksHandler implements IQueryHandler<ListTasksQuery, BoardPage<TaskView>> {
  constructor(
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
  ) {}

  async execute({ actor, filters }: ListTasksQuery): Promise<BoardPage<TaskView>> {
    const within = orgScopeOfList(actor, filters.unit);
    if (within === undefined) return { items: [], nextCursor: null };
    return taskBoardQuery(
      this.projections.dataSource,
      {
        within,
        ...(filters.status === undefined ? {} : { status: filters.status }),
        ...(filters.round === undefined ? {} : { roundId: filters.round }),
        ...(filters.inspector === undefined ? {} : { inspectorId: filters.inspector }),
        ...(filters.cursor === undefined ? {} : { cursor: filters.cursor }),
        limit: filters.limit,
      },
      this.calendar,
    );
  }
}
