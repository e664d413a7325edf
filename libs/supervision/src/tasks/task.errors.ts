import { DomainError, ForbiddenError, NotFoundError } from '@app/workflow';

export class TaskNotFound extends NotFoundError {
  readonly code = 'TASK_NOT_FOUND';
  constructor(taskId?: string) {
    super('Task not found', taskId === undefined ? {} : { taskId });
  }
}

/** One task per round × target unit: `taskId` names the task the unit already has. */
export class UnitAlreadyHasTask extends DomainError {
  readonly code = 'UNIT_ALREADY_HAS_TASK';
  constructor(taskId: string, roundId: string, targetUnitId: string) {
    super('A round has one task per target unit, and this unit has its task', { taskId, roundId, targetUnitId });
  }
}

export class TaskTargetRequired extends DomainError {
  readonly code = 'TASK_TARGET_REQUIRED';
  constructor() {
    super('A task names its round and its target unit');
  }
}

export class InspectorRequired extends DomainError {
  readonly code = 'INSPECTOR_REQUIRED';
  constructor() {
    super('A task has at least one inspector');
  }
}

export class DuplicateInspector extends DomainError {
  readonly code = 'DUPLICATE_INSPECTOR';
  constructor(inspectorId: string) {
    super('An inspector is assigned to a task once', { inspectorId });
  }
}

/** 回避: enforced, not advised. */
export class InspectorRecused extends DomainError {
  readonly code = 'INSPECTOR_RECUSED';
  constructor(inspectorId: string, countyId: string) {
    super('An inspector never inspects a unit in their own county', { inspectorId, countyId });
  }
}

export class InvalidDueWorkingDays extends DomainError {
  readonly code = 'INVALID_DUE_WORKING_DAYS';
  constructor(dueWorkingDays: unknown) {
    super('A task is due a whole number of working days, at least 1, after it is assigned', { dueWorkingDays });
  }
}

/** An inspector acts only on tasks assigned to them. */
export class NotAssignedInspector extends ForbiddenError {
  readonly code = 'NOT_ASSIGNED_INSPECTOR';
  constructor(taskId: string, userId: string) {
    super('Only an inspector assigned to the task may do this', { taskId, userId });
  }
}

export class TaskNotOpen extends DomainError {
  readonly code = 'TASK_NOT_OPEN';
  constructor(taskId: string) {
    super('Task not open', { taskId });
  }
}

export class TaskAlreadyOpen extends DomainError {
  readonly code = 'TASK_ALREADY_OPEN';
  constructor(taskId: string) {
    super('Task already open', { taskId });
  }
}

export class TaskAlreadySubmitted extends DomainError {
  readonly code = 'TASK_ALREADY_SUBMITTED';
  constructor(taskId: string) {
    super('Task already submitted', { taskId });
  }
}

export class TaskNotSubmitted extends DomainError {
  readonly code = 'TASK_NOT_SUBMITTED';
  constructor(taskId: string) {
    super('Task not submitted: only a submitted task is closed or reopened', { taskId });
  }
}

export class TaskAlreadyClosed extends DomainError {
  readonly code = 'TASK_ALREADY_CLOSED';
  constructor(taskId: string) {
    super('Task already closed', { taskId });
  }
}

export class NoScoresGiven extends DomainError {
  readonly code = 'NO_SCORES_GIVEN';
  constructor() {
    super('Scores are recorded for at least one rubric item');
  }
}

export class DuplicateScoreItem extends DomainError {
  readonly code = 'DUPLICATE_SCORE_ITEM';
  constructor(itemCode: string) {
    super('A rubric item is scored once per recording', { itemCode });
  }
}

export class UnknownRubricItem extends DomainError {
  readonly code = 'UNKNOWN_RUBRIC_ITEM';
  constructor(itemCode: unknown, rubricVersion: number) {
    super("Scores are recorded only for items of the task's rubric", { itemCode, rubricVersion });
  }
}

export class ScoreOutOfRange extends DomainError {
  readonly code = 'SCORE_OUT_OF_RANGE';
  constructor(itemCode: string, score: unknown, maxScore: number) {
    super("A score lies between 0 and the item's maximum score", { itemCode, score, min: 0, max: maxScore });
  }
}

/** In a scored round (走看赛, 一季一主题) the submitting inspector has scored the whole rubric. */
export class ScoresIncomplete extends DomainError {
  readonly code = 'SCORES_INCOMPLETE';
  constructor(inspectorId: string, missingItemCodes: readonly string[]) {
    super('In a scored round an inspector submits only after scoring every rubric item', { inspectorId, missingItemCodes });
  }
}

export class FindingIncomplete extends DomainError {
  readonly code = 'FINDING_INCOMPLETE';
  constructor() {
    super('A finding has an id, a title and a description');
  }
}

export class UnknownFindingSeverity extends DomainError {
  readonly code = 'UNKNOWN_FINDING_SEVERITY';
  constructor(severity: unknown) {
    super('A finding is of low, medium or high severity', { severity });
  }
}

export class FindingAlreadyRecorded extends DomainError {
  readonly code = 'FINDING_ALREADY_RECORDED';
  constructor(findingId: string) {
    super('Finding already recorded', { findingId });
  }
}

export class FindingOutsideTarget extends DomainError {
  readonly code = 'FINDING_OUTSIDE_TARGET';
  constructor(unitId: string, targetUnitId: string) {
    super("A finding is made at the task's target unit or a unit below it", { unitId, targetUnitId });
  }
}

export class ReopenReasonRequired extends DomainError {
  readonly code = 'REOPEN_REASON_REQUIRED';
  constructor() {
    super('A task is reopened with a reason');
  }
}
