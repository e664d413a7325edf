import { Query } from '@nestjs/cqrs';
import { CaseView } from '@app/read-models';
import { Actor } from '@app/workflow';
import { CaseHistoryEntry } from '../case-history';

export interface CaseWithHistory {
  readonly version: number;
  readonly view: CaseView & { readonly history: CaseHistoryEntry[] };
}

/** One case with its history (each step, when, who by name, what it said), if `actor` may read it. */
export class GetCaseQuery extends Query<CaseWithHistory> {
  constructor(
    readonly caseId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
