import { Query } from '@nestjs/cqrs';
import { BoardPage } from '@app/read-models';
import { TaskStatus } from '@app/supervision';
import { Actor } from '@app/workflow';
import { TaskWithPeople } from '../task-people';

export interface TaskBoardFilters {
  readonly status?: TaskStatus;
  readonly round?: string;
  /** The units every task shown targets or lies under (the subtree of this unit). */
  readonly unit?: string;
  readonly inspector?: string;
  readonly cursor?: string;
  readonly limit: number;
}

/** The inspector task board (督查任务) as `actor` may read it: an official sees its own subtree only; each task with the names of its people. */
export class ListTasksQuery extends Query<BoardPage<TaskWithPeople>> {
  constructor(
    readonly actor: Actor,
    readonly filters: TaskBoardFilters,
  ) {
    super();
  }
}
