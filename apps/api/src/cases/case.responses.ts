import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CaseView, ChainLevel, ChainStep, ChildCaseView, ResponsibilityChainView } from '@app/read-models';
import { CASE_SEVERITIES, WARNING_COLOURS } from '@app/supervision';
import { AppendedEventView } from '../http/stream-response';
import { CaseHistoryEntry } from './case-history';

/*
 * What the case routes answer, for the OpenAPI document (and the console's generated types). Each
 * class implements the view it documents, so a field the view gains or loses fails the build here.
 */

const CASE_STATUSES = ['registered', 'assigned', 'signed', 'in-progress', 'submitted', 'closed'];

export class CaseSourceResponse {
  @ApiProperty({ enum: ['finding', 'direct'], description: 'from a task’s finding (立项 from 督查发现) or opened directly by an admin' }) kind!: string;
  @ApiPropertyOptional({ description: 'finding only' }) roundId?: string;
  @ApiPropertyOptional({ description: 'finding only' }) taskId?: string;
  @ApiPropertyOptional({ description: 'finding only' }) findingId?: string;
}

export class CaseDeadlineResponse {
  @ApiProperty({ example: '2026-03-16', description: 'the last working day (Asia/Shanghai)' }) dueOn!: string;
  @ApiProperty({ description: 'the last moment of dueOn in China, as an instant' }) deadlineAt!: string;
}

export class PendingExtensionResponse {
  @ApiProperty() newDueWorkingDays!: number;
  @ApiProperty() reason!: string;
  @ApiProperty() requestedBy!: string;
  @ApiProperty() requestedAt!: string;
}

export class CaseChildResponse {
  @ApiProperty() caseId!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() closed!: boolean;
}

export class CaseViewResponse implements CaseView {
  @ApiProperty() caseId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true, description: 'the case’s own description, or its parent’s when it shares it (descriptionFromCaseId)' })
  description!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the case whose description this is, when a split child shares its parent’s; null for its own' })
  descriptionFromCaseId!: string | null;
  @ApiProperty({ enum: CASE_SEVERITIES }) severity!: CaseView['severity'];
  @ApiProperty({ type: CaseSourceResponse }) source!: CaseView['source'];
  @ApiProperty({ enum: CASE_STATUSES, description: '立项 registered, 交办 assigned, 签收 signed, 办理 in-progress, 反馈 submitted, 办结 closed' })
  status!: CaseView['status'];
  @ApiProperty() responsibleUnitId!: string;
  @ApiProperty({ type: [String], description: 'the responsible unit, then each unit above it up to the city' }) unitChain!: string[];
  @ApiProperty({ type: [String], description: 'every unit accountable now: the responsible unit first, then each unit the case escalated to' })
  accountableUnitIds!: string[];
  @ApiProperty({ description: 'how far up unitChain the case has escalated; 0 at the responsible unit' }) escalationLevel!: number;
  @ApiProperty({ enum: WARNING_COLOURS, isArray: true, description: 'the warnings up now (蓝牌, 黄牌, 红牌), in colour order' })
  activeWarnings!: CaseView['activeWarnings'];
  @ApiProperty({ description: 'working days the unit gets, counted from 交办' }) dueWorkingDays!: number;
  @ApiPropertyOptional({ type: CaseDeadlineResponse, description: 'from 交办 on' }) deadline?: CaseView['deadline'];
  @ApiProperty({ description: 'working days past the deadline today (0 when not overdue)' }) overdueWorkingDays!: number;
  @ApiProperty() deadlineProvisional!: boolean;
  @ApiProperty({ type: PendingExtensionResponse, nullable: true }) pendingExtension!: PendingExtensionResponse | null;
  @ApiProperty() approvedExtensions!: number;
  @ApiProperty({ type: [CaseChildResponse], description: 'the children of its splits (逐级传导)' }) children!: CaseChildResponse[];
  @ApiProperty() progressReports!: number;
  @ApiProperty() urges!: number;
  @ApiProperty() rejections!: number;
  @ApiProperty({ type: String, nullable: true }) parentCaseId!: string | null;
  @ApiProperty() openedAt!: string;
  @ApiPropertyOptional() assignedAt?: string;
  @ApiPropertyOptional() signedAt?: string;
  @ApiPropertyOptional({ description: 'while submitted or closed' }) submittedAt?: string;
  @ApiPropertyOptional() closedAt?: string;
}

export class CasePageResponse extends CaseViewResponse {
  @ApiProperty({ type: [CaseHistoryEntry], description: 'every step of the case, oldest first' }) history!: CaseHistoryEntry[];
}

export class CaseBoardPageResponse {
  @ApiProperty({ type: [CaseViewResponse] }) items!: CaseViewResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'pass back as cursor for the next page; null: no more' }) nextCursor!: string | null;
}

export class CaseCommandResponse {
  @ApiProperty({ description: 'the case’s id' }) id!: string;
  @ApiProperty({ description: 'the stream version after the command; also the ETag' }) version!: number;
  @ApiProperty({ type: [AppendedEventView] }) events!: AppendedEventView[];
  @ApiProperty({ description: 'true when the command had already been handled and nothing was appended now' }) replayed!: boolean;
  @ApiProperty({ type: CaseViewResponse, description: 'the case after the command' }) state!: CaseViewResponse;
}

export class TermResponse {
  @ApiProperty() personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() from!: string;
  @ApiProperty({ type: String, nullable: true }) until!: string | null;
}

const ROLE_HOLDERS_DOC = {
  type: 'object',
  additionalProperties: { $ref: '#/components/schemas/TermResponse' },
  description: 'the people in the unit’s roles (第一责任人 lead, 分管责任人 deputy, 具体责任人 contact, …) by role',
} as const;

export class ChainLevelResponse implements ChainLevel {
  @ApiProperty({ description: '0 at the responsible unit, counting up' }) level!: number;
  @ApiProperty() unitId!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'county' }) kind!: string | null;
  @ApiProperty(ROLE_HOLDERS_DOC) responsible!: Record<string, TermResponse>;
  @ApiProperty({ description: 'accountable now: the responsible unit, and each unit the case escalated to' }) accountable!: boolean;
}

export class ChainStepLevelResponse {
  @ApiProperty() level!: number;
  @ApiProperty() unitId!: string;
  @ApiProperty(ROLE_HOLDERS_DOC) responsible!: Record<string, TermResponse>;
}

export class ChainStepResponse implements ChainStep {
  @ApiProperty() version!: number;
  @ApiProperty() type!: string;
  @ApiProperty({ type: String, nullable: true }) at!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorId!: string | null;
  @ApiProperty() escalationLevel!: number;
  @ApiProperty({ type: String, nullable: true }) accountableUnitId!: string | null;
  @ApiProperty({ type: [String] }) accountableUnitIds!: string[];
  @ApiProperty({ type: [ChainStepLevelResponse], description: 'the people in office at every level at that step' }) levels!: ChainStepLevelResponse[];
}

export class ChainChildResponse implements ChildCaseView {
  @ApiProperty() caseId!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: [...CASE_STATUSES, 'unopened'] }) status!: ChildCaseView['status'];
  @ApiProperty({ enum: WARNING_COLOURS, isArray: true }) activeWarnings!: ChildCaseView['activeWarnings'];
}

export class ResponsibilityChainResponse implements ResponsibilityChainView {
  @ApiProperty() caseId!: string;
  @ApiProperty({ enum: CASE_STATUSES }) status!: ResponsibilityChainView['status'];
  @ApiProperty() responsibleUnitId!: string;
  @ApiProperty({ description: 'the highest unit accountable now' }) currentHolderUnitId!: string;
  @ApiProperty({ type: [String] }) accountableUnitIds!: string[];
  @ApiProperty() escalationLevel!: number;
  @ApiProperty({ enum: WARNING_COLOURS, isArray: true }) activeWarnings!: ResponsibilityChainView['activeWarnings'];
  @ApiProperty() overdueWorkingDays!: number;
  @ApiProperty({ type: String, nullable: true, description: 'null before 交办' }) dueOn!: ResponsibilityChainView['dueOn'];
  @ApiProperty() deadlineProvisional!: boolean;
  @ApiProperty({ type: [ChainLevelResponse], description: 'from the case’s unit up to the city' }) levels!: ChainLevelResponse[];
  @ApiProperty({ type: [ChainStepResponse] }) steps!: ChainStepResponse[];
  @ApiProperty({ type: [ChainChildResponse] }) children!: ChainChildResponse[];
}
