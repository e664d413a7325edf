import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { OrgDirectory } from '../org-directory';
import { TreeNode, unitView } from '../org-unit.views';
import { GetOrgTreeQuery, OrgTreeView } from './get-org-tree.query';

@QueryHandler(GetOrgTreeQuery)
export class GetOrgTreeHandler implements IQueryHandler<GetOrgTreeQuery, OrgTreeView> {
  constructor(@Inject(OrgDirectory) private readonly directory: OrgDirectory) {}

  async execute(): Promise<OrgTreeView> {
    const directory = await this.directory.fresh();
    const tree = directory.orgTree();
    const node = (unitId: string): TreeNode => ({
      ...unitView(directory.unit(unitId)!),
      children: tree.children(unitId).map((child) => node(child.id)),
    });
    return { units: tree.units.filter((unit) => unit.parentId === null).map((unit) => node(unit.id)) };
  }
}
