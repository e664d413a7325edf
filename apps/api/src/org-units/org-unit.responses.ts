import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORG_UNIT_KINDS, RegisteredOrgUnit } from '@app/supervision';
import { CommandResponse } from '../http/stream-response';
import { ListedProjectResponse } from '../projects/project.responses';
import { OrgTreeView } from './get-org-tree/get-org-tree.query';
import { OrgUnitWithChain } from './get-org-unit/get-org-unit.query';
import { TreeNode, UnitView } from './org-unit.views';

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
  @ApiPropertyOptional({ type: ResponsibleHolderResponse, description: '网格员 (a grid’s only; its secretary is the 网格党支部’s)' }) 'grid-worker'?: ResponsibleHolderResponse;
}

export class OrgUnitViewResponse implements UnitView {
  @ApiProperty({ example: 'anji' }) id!: string;
  @ApiProperty({ enum: ORG_UNIT_KINDS }) kind!: UnitView['kind'];
  @ApiProperty({ example: '安吉县' }) name!: string;
  @ApiProperty({ type: String, nullable: true }) parentId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the administrative division code, when registered with one' }) code!: string | null;
  @ApiProperty({ type: ResponsiblePeopleResponse, description: 'the people responsible for the unit now, by role' }) responsible!: UnitView['responsible'];
}

export class OrgTreeNodeResponse extends OrgUnitViewResponse implements TreeNode {
  @ApiProperty({ type: () => [OrgTreeNodeResponse], description: 'the units directly below' }) children!: OrgTreeNodeResponse[];
}

export class OrgUnitWithChainResponse implements OrgUnitWithChain {
  @ApiProperty({ type: OrgUnitViewResponse }) unit!: OrgUnitViewResponse;
  @ApiProperty({ type: [OrgUnitViewResponse], description: 'the units above it, from its parent up to the city, each with its responsible people now' })
  chain!: OrgUnitViewResponse[];
}

/** A unit as its stream has it: what a command on it answers as its state. */
export class OrgUnitStateResponse implements RegisteredOrgUnit {
  @ApiProperty({ enum: ['registered'] }) status!: 'registered';
  @ApiProperty({ example: 'anji' }) unitId!: string;
  @ApiProperty({ enum: ORG_UNIT_KINDS }) kind!: RegisteredOrgUnit['kind'];
  @ApiProperty({ example: '安吉县' }) name!: string;
  @ApiProperty({ type: String, nullable: true }) parentId!: string | null;
  @ApiProperty({ type: String, nullable: true }) code!: string | null;
  @ApiProperty({ type: ResponsiblePeopleResponse, description: 'the current holder of each role; a vacant role is absent' }) responsible!: RegisteredOrgUnit['responsible'];
}

export class OrgUnitCommandResponse extends CommandResponse {
  @ApiProperty({ type: OrgUnitStateResponse, description: 'the unit after the command' }) declare state: OrgUnitStateResponse;
}

export class OrgTreeResponse implements OrgTreeView {
  @ApiProperty({ type: [OrgTreeNodeResponse], description: 'the top units (the city), each with the units below it' }) units!: OrgTreeNodeResponse[];
}

const CASE_SEVERITY_KEYS = ['low', 'medium', 'high', 'critical'] as const;
const TASK_STATUS_KEYS = ['assigned', 'opened', 'submitted', 'closed'] as const;

export class SeverityCountsResponse {
  @ApiProperty() low!: number;
  @ApiProperty() medium!: number;
  @ApiProperty() high!: number;
  @ApiProperty() critical!: number;
}

export class WarningBandCountsResponse {
  @ApiProperty({ description: 'no warning up' }) none!: number;
  @ApiProperty() blue!: number;
  @ApiProperty() yellow!: number;
  @ApiProperty() red!: number;
}

export class TaskStatusCountsResponse {
  @ApiProperty() assigned!: number;
  @ApiProperty() opened!: number;
  @ApiProperty() submitted!: number;
  @ApiProperty() closed!: number;
}

export class ProblemCountsResponse {
  @ApiProperty({ description: 'open cases' }) open!: number;
  @ApiProperty({ type: SeverityCountsResponse, description: 'open cases by severity' }) bySeverity!: SeverityCountsResponse;
  @ApiProperty({ type: WarningBandCountsResponse, description: 'open cases by their gravest warning' }) byWarning!: WarningBandCountsResponse;
}

export class UnitProblemCountsResponse extends ProblemCountsResponse {
  @ApiProperty() unitId!: string;
}

export class TaskCountsResponse {
  @ApiProperty() total!: number;
  @ApiProperty({ type: TaskStatusCountsResponse, description: 'tasks by status' }) byStatus!: TaskStatusCountsResponse;
}

export class UnitTaskCountsResponse extends TaskCountsResponse {
  @ApiProperty() unitId!: string;
}

export class ListedUnitResponse {
  @ApiProperty() unitId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() kind!: string;
}

export class ResponsibilityEntryResponse {
  @ApiProperty() unitId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() kind!: string;
  @ApiProperty({ type: String, nullable: true }) parentId!: string | null;
  @ApiProperty({ description: '0 for the unit the lists are of, 1 for the units directly below it…' }) depth!: number;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/TermResponse' }, description: 'the people in the unit’s roles now, by role' })
  responsible!: Record<string, unknown>;
  @ApiProperty({ description: 'open cases the unit is responsible for' }) openCases!: number;
  @ApiProperty({ description: 'open cases the unit is accountable for now (its own, and those escalated to it)' }) accountableCases!: number;
  @ApiProperty({ description: 'tasks targeting the unit that are not closed' }) activeTasks!: number;
  @ApiProperty({ description: '书记领办项目 of the unit not yet evaluated' }) activeProjects!: number;
}

export class OpenProblemResponse {
  @ApiProperty() caseId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: CASE_SEVERITY_KEYS }) severity!: string;
  @ApiProperty({ enum: ['registered', 'assigned', 'signed', 'in-progress', 'submitted', 'closed'] }) status!: string;
  @ApiProperty() responsibleUnitId!: string;
  @ApiProperty() accountableUnitId!: string;
  @ApiProperty({ type: [String] }) accountableUnitIds!: string[];
  @ApiProperty() escalationLevel!: number;
  @ApiProperty({ enum: ['blue', 'yellow', 'red'], isArray: true }) activeWarnings!: string[];
  @ApiProperty({ type: String, nullable: true }) dueOn!: string | null;
  @ApiProperty() overdueWorkingDays!: number;
  @ApiProperty() deadlineProvisional!: boolean;
}

export class ListedTaskResponse {
  @ApiProperty() taskId!: string;
  @ApiProperty() roundId!: string;
  @ApiProperty() targetUnitId!: string;
  @ApiProperty({ enum: TASK_STATUS_KEYS }) status!: string;
  @ApiProperty({ type: String }) dueOn!: string;
  @ApiProperty() deadlineProvisional!: boolean;
  @ApiProperty({ type: [String] }) inspectorIds!: string[];
}

export class ProblemListResponse {
  @ApiProperty({ type: ProblemCountsResponse, description: 'everything open in the subtree' }) totals!: ProblemCountsResponse;
  @ApiProperty({ type: [UnitProblemCountsResponse], description: 'per unit with open cases at or below it' }) byUnit!: UnitProblemCountsResponse[];
  @ApiProperty({ type: [OpenProblemResponse], description: 'the gravest open cases first' }) items!: OpenProblemResponse[];
}

export class TaskListResponse {
  @ApiProperty({ type: TaskCountsResponse }) totals!: TaskCountsResponse;
  @ApiProperty({ type: [UnitTaskCountsResponse] }) byUnit!: UnitTaskCountsResponse[];
  @ApiProperty({ type: [ListedTaskResponse], description: 'tasks not closed first, then by deadline' }) items!: ListedTaskResponse[];
}

export class ProjectListResponse {
  @ApiProperty({ description: 'projects not yet evaluated' }) active!: number;
  @ApiProperty() evaluated!: number;
  @ApiProperty({ description: 'active projects with a warning up on a milestone' }) warned!: number;
  @ApiProperty({ type: [ListedProjectResponse], description: 'active first, the gravest warning first, then by the next milestone’s due day' }) items!: ListedProjectResponse[];
}

/** 三张清单: 责任清单, 问题清单, 任务清单 of a unit's subtree, with the 书记领办项目 in it. */
export class UnitListsResponse {
  @ApiProperty({ type: ListedUnitResponse }) unit!: ListedUnitResponse;
  @ApiProperty({ type: [ResponsibilityEntryResponse], description: '责任清单' }) responsibilities!: ResponsibilityEntryResponse[];
  @ApiProperty({ type: ProblemListResponse, description: '问题清单' }) problems!: ProblemListResponse;
  @ApiProperty({ type: TaskListResponse, description: '任务清单' }) tasks!: TaskListResponse;
  @ApiProperty({ type: ProjectListResponse, description: '书记领办项目 of the subtree (on the 责任清单 and the 任务清单)' }) projects!: ProjectListResponse;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'display names by user id of the inspectors the task list names (a user no longer in the directory is left out)',
    example: { 'inspector.wuxing': '督查员（吴兴区）' },
  })
  people!: Record<string, string>;
}
