import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { chainQuery, ResponsibilityChainView } from '@app/read-models';
import { assertWithinOrgScope, CaseNotFound } from '@app/supervision';
import { CaseViews } from '../case-views';
import { GetCaseChainQuery } from './get-case-chain.query';

@QueryHandler(GetCaseChainQuery)
export class GetCaseChainHandler implements IQueryHandler<GetCaseChainQuery, { version: number; chain: ResponsibilityChainView }> {
  constructor(@Inject(CaseViews) private readonly views: CaseViews) {}

  async execute({ caseId, actor }: GetCaseChainQuery): Promise<{ version: number; chain: ResponsibilityChainView }> {
    const found = await chainQuery(this.views.readModels, caseId, this.views.today());
    if (found === undefined) throw new CaseNotFound(caseId);
    assertWithinOrgScope(actor, found.chain.levels.map((level) => level.unitId));
    return found;
  }
}
