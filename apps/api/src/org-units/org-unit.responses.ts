import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORG_UNIT_KINDS } from '@app/supervision';
import { OrgTreeView } from './get-org-tree/get-org-tree.query';
import { TreeNode } from './org-unit.views';

/* What the org-unit routes answer, for the OpenAPI document (and the console's generated types). */

export class ResponsibleHolderResponse {
  @ApiProperty() personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'in office since' }) from!: string;
}

export class ResponsiblePeopleResponse {
  @ApiPropertyOptional({ type: ResponsibleHolderResponse, description: '第一责任人' }) secretary?: ResponsibleHolderResponse;
  @ApiPropertyOptional({ type: ResponsibleHolderResponse, description: '分管领导' }) deputy?: ResponsibleHolderResponse;
  @ApiPropertyOptional({ type: ResponsibleHolderResponse, description: '联络员' }) liaison?: ResponsibleHolderResponse;
}

export class OrgTreeNodeResponse implements TreeNode {
  @ApiProperty({ example: 'anji' }) id!: string;
  @ApiProperty({ enum: ORG_UNIT_KINDS }) kind!: TreeNode['kind'];
  @ApiProperty({ example: '安吉县' }) name!: string;
  @ApiProperty({ type: String, nullable: true }) parentId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the administrative division code, when registered with one' }) code!: string | null;
  @ApiProperty({ type: ResponsiblePeopleResponse, description: 'the people responsible for the unit now, by role' }) responsible!: TreeNode['responsible'];
  @ApiProperty({ type: () => [OrgTreeNodeResponse], description: 'the units directly below' }) children!: OrgTreeNodeResponse[];
}

export class OrgTreeResponse implements OrgTreeView {
  @ApiProperty({ type: [OrgTreeNodeResponse], description: 'the top units (the city), each with the units below it' }) units!: OrgTreeNodeResponse[];
}
