import type { EvidenceRef } from '../shared/evidence';
import { CalendarDate, DomainEvent } from '@app/workflow';
import { Rubric, RoundKind } from '../rounds';
import { FindingSeverity, ItemScore, TaskInspector } from './task';

/** Instants are ISO 8601 strings: events are stored as JSON and must read back unchanged. */
export type TaskAssigned = DomainEvent<
  'TaskAssigned',
  {
    taskId: string;
    roundId: string;
    roundKind: RoundKind;
    targetUnitId: string;
    /** The county the target lies in; `null` for a unit above county level. */
    targetCountyId: string | null;
    inspectors: TaskInspector[];
    /** The round's rubric as it was at assignment. */
    rubric: Rubric;
    dueWorkingDays: number;
    /** The working day the task is due on (Asia/Shanghai). */
    dueOn: CalendarDate;
    /** The last instant of `dueOn`: the task is overdue after it. */
    deadlineAt: string;
    assignedBy: string;
    assignedAt: string;
  }
>;

export type TaskOpened = DomainEvent<'TaskOpened', { taskId: string; openedBy: string; openedAt: string }>;

/** One inspector's scores for some items; each replaces that inspector's earlier score for the item. */
export type TaskScoresRecorded = DomainEvent<
  'TaskScoresRecorded',
  {
    taskId: string;
    roundId: string;
    targetUnitId: string;
    targetCountyId: string | null;
    inspectorId: string;
    rubricVersion: number;
    scores: ItemScore[];
    recordedAt: string;
  }
>;

/** A problem found on inspection; a rectification case (督办) may be opened from it. */
export type TaskFindingRecorded = DomainEvent<
  'TaskFindingRecorded',
  {
    taskId: string;
    roundId: string;
    findingId: string;
    title: string;
    description: string;
    severity: FindingSeverity;
    /** Where the problem was found: the target unit or a unit below it. */
    unitId: string;
    targetUnitId: string;
    recordedBy: string;
    recordedAt: string;
    /** The files put in with the finding, by SHA-256; absent when none. */
    attachments?: EvidenceRef[];
  }
>;

export type TaskSubmitted = DomainEvent<
  'TaskSubmitted',
  {
    taskId: string;
    submittedBy: string;
    submittedAt: string;
    /** In a scored round: the other inspectors who had not scored every item when it was submitted. */
    incompleteInspectorIds: string[];
  }
>;

export type TaskClosed = DomainEvent<'TaskClosed', { taskId: string; closedBy: string; closedAt: string }>;

export type TaskReopened = DomainEvent<
  'TaskReopened',
  { taskId: string; reason: string; reopenedFrom: 'submitted' | 'closed'; reopenedBy: string; reopenedAt: string }
>;

/** The deadline passed before the task was submitted. Raised once per task. */
export type TaskOverdue = DomainEvent<
  'TaskOverdue',
  { taskId: string; dueOn: CalendarDate; deadlineAt: string; inspectorIds: string[]; markedAt: string }
>;

export type TaskEvent =
  | TaskAssigned
  | TaskOpened
  | TaskScoresRecorded
  | TaskFindingRecorded
  | TaskSubmitted
  | TaskClosed
  | TaskReopened
  | TaskOverdue;

export const TASK_EVENT_TYPES: readonly TaskEvent['type'][] = [
  'TaskAssigned',
  'TaskOpened',
  'TaskScoresRecorded',
  'TaskFindingRecorded',
  'TaskSubmitted',
  'TaskClosed',
  'TaskReopened',
  'TaskOverdue',
];
