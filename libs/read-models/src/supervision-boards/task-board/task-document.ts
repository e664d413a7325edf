import type { EvidenceRef, TaskAssigned, TaskEvent, TaskFindingRecorded } from '@app/supervision';
import { TASK_EVENT_TYPES } from '@app/supervision';
import type { FoldableEvent } from '../stream-fold';

/** The steps of a 督查任务 the board shows. */
export type TaskBoardStatus = 'assigned' | 'opened' | 'submitted' | 'closed';

/** A finding as the task board lists it: what was found, where, how severe, by whom. */
export interface TaskFindingEntry {
  readonly findingId: string;
  readonly title: string;
  readonly description: string;
  readonly severity: TaskFindingRecorded['data']['severity'];
  readonly unitId: string;
  readonly recordedBy: string;
  /** The evidence put in with the finding (absent in documents folded before findings had any). */
  readonly attachments?: readonly EvidenceRef[];
}

/**
 * A task as the task board keeps it and the task views show it: what its TaskAssigned said (the
 * round's rubric as it was then among it), and what the board has followed since. Built from the
 * task's events by the board's own fold ({@link foldTaskDocument}), not the decider's state. The
 * instants of the steps are there once the task has reached them; reopening takes the submission off.
 */
export type TaskDocument = Readonly<
  Pick<TaskAssigned['data'], 'taskId' | 'roundId' | 'roundKind' | 'targetUnitId' | 'targetCountyId' | 'rubric' | 'dueOn' | 'deadlineAt' | 'assignedAt'>
> & {
  readonly status: TaskBoardStatus;
  readonly inspectors: readonly TaskAssigned['data']['inspectors'][number][];
  /** Each inspector's current score per item code. */
  readonly scores: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly findings: readonly TaskFindingEntry[];
  /** When the task was marked overdue (once). */
  readonly overdueAt: string | null;
  readonly reopenCount: number;
  readonly openedAt?: string;
  readonly submittedAt?: string;
  readonly submittedBy?: string;
  readonly closedAt?: string;
};

/** A task stream whose TaskAssigned the board has not met. */
export interface UnassignedTaskDocument {
  readonly status: 'unassigned';
}

export type TaskBoardDocument = TaskDocument | UnassignedTaskDocument;

export const NO_TASK: UnassignedTaskDocument = { status: 'unassigned' };

const TASK_TYPES = new Set<string>(TASK_EVENT_TYPES);

/**
 * Folds one event of a task's stream into its board document. TaskAssigned (re)starts the
 * document from its data; other events before it change nothing, and a step is taken only from
 * the step it follows.
 */
export function foldTaskDocument(document: TaskBoardDocument, event: FoldableEvent): TaskBoardDocument {
  if (!TASK_TYPES.has(event.type)) return document;
  const taskEvent = { type: event.type, data: event.data } as TaskEvent;
  if (taskEvent.type === 'TaskAssigned') return assigned(taskEvent.data);
  return document.status === 'unassigned' ? document : afterEvent(document, taskEvent);
}

function assigned(data: TaskAssigned['data']): TaskDocument {
  return {
    status: 'assigned',
    taskId: data.taskId,
    roundId: data.roundId,
    roundKind: data.roundKind,
    targetUnitId: data.targetUnitId,
    targetCountyId: data.targetCountyId,
    inspectors: data.inspectors,
    rubric: data.rubric,
    dueOn: data.dueOn,
    deadlineAt: data.deadlineAt,
    assignedAt: data.assignedAt,
    scores: {},
    findings: [],
    overdueAt: null,
    reopenCount: 0,
  };
}

function afterEvent(document: TaskDocument, event: Exclude<TaskEvent, TaskAssigned>): TaskDocument {
  switch (event.type) {
    case 'TaskOpened':
      return document.status === 'assigned' ? { ...document, status: 'opened', openedAt: event.data.openedAt } : document;
    case 'TaskScoresRecorded': {
      const { inspectorId, scores } = event.data;
      const sheet = { ...(document.scores[inspectorId] ?? {}), ...Object.fromEntries(scores.map(({ itemCode, score }) => [itemCode, score])) };
      return { ...document, scores: { ...document.scores, [inspectorId]: sheet } };
    }
    case 'TaskFindingRecorded': {
      const { findingId, title, description, severity, unitId, recordedBy, attachments } = event.data;
      return { ...document, findings: [...document.findings, { findingId, title, description, severity, unitId, recordedBy, attachments: attachments ?? [] }] };
    }
    case 'TaskSubmitted':
      if (document.status !== 'opened') return document;
      return { ...document, status: 'submitted', submittedAt: event.data.submittedAt, submittedBy: event.data.submittedBy };
    case 'TaskClosed':
      return document.status === 'submitted' ? { ...document, status: 'closed', closedAt: event.data.closedAt } : document;
    case 'TaskReopened': {
      if (document.status !== 'submitted' && document.status !== 'closed') return document;
      // Open again: what was handed in (and its closing) is no longer the task's.
      const { submittedAt: _submittedAt, submittedBy: _submittedBy, closedAt: _closedAt, ...kept } = document;
      return { ...kept, status: 'opened', reopenCount: document.reopenCount + 1 };
    }
    case 'TaskOverdue':
      return { ...document, overdueAt: event.data.markedAt };
  }
}
