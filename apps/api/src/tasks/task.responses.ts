import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TaskView } from '@app/read-models';
import { ExistingTask, FINDING_SEVERITIES, ROUND_KINDS } from '@app/supervision';
import { CommandResponse } from '../http/stream-response';
import { AttachmentResponse } from '../evidence/evidence.responses';
import { TaskWithPeople } from './task-people';

/*
 * What the task routes answer, for the OpenAPI document (and the console's generated types). Each
 * class implements the view it documents, so a field the view gains or loses fails the build here.
 */

const TASK_STATUSES = ['assigned', 'opened', 'submitted', 'closed'];

export class RubricItemResponse {
  @ApiProperty({ example: 'rectification' }) code!: string;
  @ApiProperty({ example: '问题整改' }) title!: string;
  @ApiProperty({ description: 'weights of a rubric sum to 1' }) weight!: number;
  @ApiProperty() maxScore!: number;
}

export class RubricResponse {
  @ApiProperty() version!: number;
  @ApiProperty({ type: [RubricItemResponse] }) items!: RubricItemResponse[];
}

export class TaskInspectorResponse {
  @ApiProperty() inspectorId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'the county the inspector belongs to (recused from scoring it); null at city level' })
  homeCountyId!: string | null;
}

export class TaskFindingResponse {
  @ApiProperty() findingId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: FINDING_SEVERITIES }) severity!: TaskView['findings'][number]['severity'];
  @ApiProperty({ description: 'the unit where the problem was found (the target or a unit below it)' }) unitId!: string;
  @ApiProperty() recordedBy!: string;
  @ApiProperty({ type: [AttachmentResponse], description: 'the evidence put in with it' }) attachments!: AttachmentResponse[];
}

/** A task as its stream has it: what a command on it answers as its state. */
export class TaskStateResponse {
  @ApiProperty() taskId!: string;
  @ApiProperty() roundId!: string;
  @ApiProperty({ enum: ROUND_KINDS }) roundKind!: TaskView['roundKind'];
  @ApiProperty({ enum: TASK_STATUSES, description: 'assigned (分派), opened (督查中), submitted (已提交), closed (已关闭)' }) status!: TaskView['status'];
  @ApiProperty() targetUnitId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'the county the target lies in; null above county level' }) targetCountyId!: string | null;
  @ApiProperty({ type: [TaskInspectorResponse] }) inspectors!: TaskInspectorResponse[];
  @ApiProperty({ type: RubricResponse, description: 'the round’s rubric as it was when the task was assigned' }) rubric!: RubricResponse;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: { type: 'number' } },
    description: 'each inspector’s current score per rubric item: { inspectorId: { itemCode: score } }',
  })
  scores!: Record<string, Record<string, number>>;
  @ApiProperty({ type: [TaskFindingResponse] }) findings!: TaskFindingResponse[];
  @ApiProperty({ type: String, example: '2026-03-16', description: 'the working day the task is due on (Asia/Shanghai)' }) dueOn!: TaskView['dueOn'];
  @ApiProperty() deadlineAt!: string;
  @ApiProperty() assignedAt!: string;
  @ApiProperty({ type: String, nullable: true, description: 'when the task was marked overdue' }) overdueAt!: string | null;
  @ApiProperty() reopenCount!: number;
  @ApiPropertyOptional() openedAt?: string;
  @ApiPropertyOptional() submittedAt?: string;
  @ApiPropertyOptional() submittedBy?: string;
  @ApiPropertyOptional() closedAt?: string;
}

/** A task as the task routes show it: its state, whether its deadline is provisional, and the names of its people. */
export class TaskViewResponse extends TaskStateResponse implements TaskWithPeople {
  @ApiProperty() deadlineProvisional!: boolean;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'display names by user id of the inspectors, the findings’ recorders and the submitter (a user no longer in the directory is left out)',
    example: { 'inspector.wuxing': '督查员（吴兴区）' },
  })
  people!: Record<string, string>;
}

export class TaskBoardPageResponse {
  @ApiProperty({ type: [TaskViewResponse] }) items!: TaskViewResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'pass back as cursor for the next page; null: no more' }) nextCursor!: string | null;
}

export class TaskCommandResponse extends CommandResponse {
  @ApiProperty({ type: TaskStateResponse, description: 'the task after the command' }) declare state: TaskStateResponse;
}

type KeysOfUnion<T> = T extends unknown ? keyof T : never;
/** Fails to compile when a task's state and its documented response name different fields. */
export type TaskStateShape = [Exclude<KeysOfUnion<ExistingTask>, keyof TaskStateResponse>, Exclude<keyof TaskStateResponse, KeysOfUnion<ExistingTask>>] extends [never, never]
  ? true
  : never;
export const TASK_STATE_DOCUMENTED: TaskStateShape = true;
