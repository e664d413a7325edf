import { assertNever, CalendarDate } from '@app/workflow';
import { Rubric, RoundKind } from '../rounds';
import { FindingSeverity, TaskInspector } from './task';
import { TaskEvent } from './task.events';
import type { EvidenceRef } from '../shared/evidence';

export interface UnassignedTask {
  readonly status: 'unassigned';
}

export interface TaskFindingSummary {
  readonly findingId: string;
  readonly title: string;
  readonly description: string;
  readonly severity: FindingSeverity;
  readonly unitId: string;
  readonly recordedBy: string;
  /** The evidence put in with it. */
  readonly attachments: readonly EvidenceRef[];
}

/** What a task is and what has been recorded on it, whatever stage it has reached. */
export interface TaskDetails {
  readonly taskId: string;
  readonly roundId: string;
  readonly roundKind: RoundKind;
  readonly targetUnitId: string;
  readonly targetCountyId: string | null;
  readonly inspectors: readonly TaskInspector[];
  readonly rubric: Rubric;
  readonly dueOn: CalendarDate;
  readonly deadlineAt: string;
  readonly assignedAt: string;
  /** Each inspector's current score per item code. */
  readonly scores: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly findings: readonly TaskFindingSummary[];
  /** When TaskOverdue was raised; it is raised once. */
  readonly overdueAt: string | null;
  readonly reopenCount: number;
}

export interface AssignedTask extends TaskDetails {
  readonly status: 'assigned';
}

export interface OpenedTask extends TaskDetails {
  readonly status: 'opened';
  readonly openedAt: string;
}

export interface SubmittedTask extends TaskDetails {
  readonly status: 'submitted';
  readonly openedAt: string;
  readonly submittedAt: string;
  readonly submittedBy: string;
}

export interface ClosedTask extends TaskDetails {
  readonly status: 'closed';
  readonly openedAt: string;
  readonly submittedAt: string;
  readonly submittedBy: string;
  readonly closedAt: string;
}

export type TaskState = UnassignedTask | AssignedTask | OpenedTask | SubmittedTask | ClosedTask;
export type TaskStatus = TaskState['status'];
export type ExistingTask = Exclude<TaskState, UnassignedTask>;

export function initialTaskState(): TaskState {
  return { status: 'unassigned' };
}

function detailsOf(task: ExistingTask): TaskDetails {
  const { taskId, roundId, roundKind, targetUnitId, targetCountyId, inspectors, rubric, dueOn, deadlineAt, assignedAt } = task;
  const { scores, findings, overdueAt, reopenCount } = task;
  return { taskId, roundId, roundKind, targetUnitId, targetCountyId, inspectors, rubric, dueOn, deadlineAt, assignedAt, scores, findings, overdueAt, reopenCount };
}

export function evolveTask(state: TaskState, event: TaskEvent): TaskState {
  if (event.type === 'TaskAssigned') {
    const { taskId, roundId, roundKind, targetUnitId, targetCountyId, inspectors, rubric, dueOn, deadlineAt, assignedAt } = event.data;
    return {
      status: 'assigned',
      taskId,
      roundId,
      roundKind,
      targetUnitId,
      targetCountyId,
      inspectors,
      rubric,
      dueOn,
      deadlineAt,
      assignedAt,
      scores: {},
      findings: [],
      overdueAt: null,
      reopenCount: 0,
    };
  }
  if (state.status === 'unassigned') return state;
  switch (event.type) {
    case 'TaskOpened':
      return state.status === 'assigned' ? { ...state, status: 'opened', openedAt: event.data.openedAt } : state;
    case 'TaskScoresRecorded': {
      const mine = { ...(state.scores[event.data.inspectorId] ?? {}) };
      for (const { itemCode, score } of event.data.scores) mine[itemCode] = score;
      return { ...state, scores: { ...state.scores, [event.data.inspectorId]: mine } };
    }
    case 'TaskFindingRecorded': {
      const { findingId, title, description, severity, unitId, recordedBy, attachments } = event.data;
      return { ...state, findings: [...state.findings, { findingId, title, description, severity, unitId, recordedBy, attachments: attachments ?? [] }] };
    }
    case 'TaskSubmitted':
      return state.status === 'opened'
        ? { ...state, status: 'submitted', submittedAt: event.data.submittedAt, submittedBy: event.data.submittedBy }
        : state;
    case 'TaskClosed':
      return state.status === 'submitted' ? { ...state, status: 'closed', closedAt: event.data.closedAt } : state;
    case 'TaskReopened':
      return state.status === 'submitted' || state.status === 'closed'
        ? { ...detailsOf(state), status: 'opened', openedAt: state.openedAt, reopenCount: state.reopenCount + 1 }
        : state;
    case 'TaskOverdue':
      return { ...state, overdueAt: event.data.markedAt };
    default:
      return assertNever(event);
  }
}
