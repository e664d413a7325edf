import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { OrgUnitNotFound } from '@app/supervision';
import { OrgDirectory } from '../org-directory';
import { unitView } from '../org-unit.views';
import { GetOrgUnitQuery, OrgUnitWithChain } from './get-org-unit.query';

@QueryHandler(GetOrgUnitQuery)
export class GetOrgUnitHandler implements IQueryHandler<GetOrgUnitQuery, OrgUnitWithChain> {
  constructor(@Inject(OrgDirectory) private readonly directory: OrgDirectory) {}

  async execute({ unitId }: GetOrgUnitQuery): Promise<OrgUnitWithChain> {
    const directory = await this.directory.fresh();
    const unit = directory.unit(unitId);
    if (unit === undefined) throw new OrgUnitNotFound(unitId);
    const chain = directory.orgTree().ancestors(unitId).map((ancestor) => unitView(directory.unit(ancestor.id)!));
    return { unit: unitView(unit), chain };
  }
}
