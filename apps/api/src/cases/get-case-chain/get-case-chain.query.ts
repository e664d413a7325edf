import { Query } from '@nestjs/cqrs';
import { ResponsibilityChainView } from '@app/read-models';
import { Actor } from '@app/workflow';

/** A case's responsibility chain (责任链) with the people in office at every level, if `actor` may read it. */
export class GetCaseChainQuery extends Query<{ readonly version: number; readonly chain: ResponsibilityChainView }> {
  constructor(
    readonly caseId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
