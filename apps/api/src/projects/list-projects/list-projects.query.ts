import { Query } from '@nestjs/cqrs';
import { BoardPage, ProjectView } from '@app/read-models';
import { Actor } from '@app/workflow';

export interface ProjectBoardFilters {
  /** The units every project shown lies at or under (the subtree of this unit). */
  readonly unit?: string;
  readonly year?: number;
  readonly status?: 'active' | 'evaluated';
  readonly leader?: string;
  readonly cursor?: string;
  readonly limit: number;
}

/** The 书记领办项目 board as `actor` may read it: an official sees its own subtree only. */
export class ListProjectsQuery extends Query<BoardPage<ProjectView>> {
  constructor(
    readonly actor: Actor,
    readonly filters: ProjectBoardFilters,
  ) {
    super();
  }
}
