import { Query } from '@nestjs/cqrs';
import { TreeNode } from '../org-unit.views';

export interface OrgTreeView {
  readonly units: TreeNode[];
}

/** The org tree from the city down, each unit with its responsible people now. */
export class GetOrgTreeQuery extends Query<OrgTreeView> {}
