import { Inject } from '@nestjs/common';
import { UserDirectory } from '@app/auth';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProjectionRuntime } from '@app/projections';
import { BoardPage, taskBoardQuery } from '@app/read-models';
import { orgScopeOfList } from '@app/supervision';
import { WorkingDayCalendar } from '@app/workflow';
import { WORKING_DAY_CALENDAR } from '@app/workflow-runtime';
import { TaskWithPeople, withPeople } from '../task-people';
import { ListTasksQuery } from './list-tasks.query';

@QueryHandler(ListTasksQuery)
export class ListTasksHandler implements IQueryHandler<ListTasksQuery, BoardPage<TaskWithPeople>> {
  constructor(
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    @Inject(UserDirectory) private readonly users: UserDirectory,
  ) {}

  async execute({ actor, filters }: ListTasksQuery): Promise<BoardPage<TaskWithPeople>> {
    const within = orgScopeOfList(actor, filters.unit);
    if (within === undefined) return { items: [], nextCursor: null };
    const page = await taskBoardQuery(
      this.projections.reader,
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
    return { items: await withPeople(page.items, this.users), nextCursor: page.nextCursor };
  }
}
