import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { BoardPage, caseBoardQuery, CaseView } from '@app/read-models';
import { orgScopeOfList } from '@app/supervision';
import { CaseViews } from '../case-views';
import { ListCasesQuery } from './list-cases.query';

@QueryHandler(ListCasesQuery)
export class ListCasesHandler implements IQueryHandler<ListCasesQuery, BoardPage<CaseView>> {
  constructor(@Inject(CaseViews) private readonly views: CaseViews) {}

  async execute({ actor, filters }: ListCasesQuery): Promise<BoardPage<CaseView>> {
    const within = orgScopeOfList(actor, filters.unit);
    if (within === undefined) return { items: [], nextCursor: null };
    return caseBoardQuery(
      this.views.readModels,
      {
        within,
        ...(filters.accountable === undefined ? {} : { accountableUnitId: filters.accountable }),
        ...(filters.status === undefined ? {} : { status: filters.status }),
        ...(filters.warning === undefined ? {} : { warning: filters.warning }),
        ...(filters.overdue === undefined ? {} : { overdue: filters.overdue }),
        ...(filters.cursor === undefined ? {} : { cursor: filters.cursor }),
        limit: filters.limit,
      },
      this.views.today(),
    );
  }
}
