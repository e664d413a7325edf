import { Query } from '@nestjs/cqrs';
import { BoardPage, CaseView } from '@app/read-models';
import { CaseStatus, WarningColour } from '@app/supervision';
import { Actor } from '@app/workflow';

export interface CaseBoardFilters {
  /** The units every case shown lies under (the subtree of this unit). */
  readonly unit?: string;
  readonly accountable?: string;
  readonly status?: CaseStatus;
  readonly warning?: WarningColour;
  readonly overdue?: boolean;
  readonly cursor?: string;
  readonly limit: number;
}

/** The case board (督办台账) as `actor` may read it: an official sees its own subtree only. */
export class ListCasesQuery extends Query<BoardPage<CaseView>> {
  constructor(
    readonly actor: Actor,
    readonly filters: CaseBoardFilters,
  ) {
    super();
  }
}
