import { deciderSpecification } from '@app/testing';
import { Actor, loadChinaCalendar, SYSTEM_ACTOR } from '@app/workflow';
import { Rubric } from '../rounds';
import { AssignTask, RecordFinding, TaskCommand } from './task.commands';
import { TaskAssigned, TaskEvent, TaskScoresRecorded } from './task.events';
import { taskWorkflow } from './task.workflow';

/** Shared by the task specs: actors, a 走看赛 task on 安吉县 and its history step by step. */

export const calendar = loadChinaCalendar();
/** Monday 2 March 2026, 09:00 in China. */
export const NOW = new Date('2026-03-02T01:00:00.000Z');
export const LATER = new Date('2026-03-04T02:00:00.000Z');

export const admin: Actor = { userId: 'admin', roles: ['admin'] };
export const wuxing: Actor = { userId: 'inspector.wuxing', roles: ['inspector'], orgUnitId: 'wuxing', homeCountyId: 'wuxing' };
export const cityInspector: Actor = { userId: 'inspector.city', roles: ['inspector'], orgUnitId: 'huzhou' };
export const nanxun: Actor = { userId: 'inspector.nanxun', roles: ['inspector'], homeCountyId: 'nanxun' };
export const official: Actor = { userId: 'official.anji', roles: ['official'], orgUnitId: 'anji', homeCountyId: 'anji' };

/** The task workflow as the engine runs it, at `LATER` unless a `when` says otherwise. */
export const spec = deciderSpecification(taskWorkflow, { now: LATER, calendar, settings: undefined });

export const RUBRIC: Rubric = {
  version: 2,
  items: [
    { code: 'A1', title: '党建引领', weight: 0.6, maxScore: 10 },
    { code: 'A2', title: '群众满意度', weight: 0.4, maxScore: 5 },
  ],
};

export const assign = (overrides: Partial<AssignTask> = {}): AssignTask => ({
  type: 'AssignTask',
  taskId: 't-anji',
  roundId: 'r-2026-q1',
  roundKind: 'walk-see-compete',
  roundStatus: 'active',
  targetUnitId: 'anji',
  targetCountyId: 'anji',
  inspectors: [
    { inspectorId: 'inspector.wuxing', homeCountyId: 'wuxing' },
    { inspectorId: 'inspector.city', homeCountyId: null },
  ],
  rubric: RUBRIC,
  dueWorkingDays: 5,
  ...overrides,
});

export const assigned: TaskAssigned = {
  type: 'TaskAssigned',
  data: {
    taskId: 't-anji',
    roundId: 'r-2026-q1',
    roundKind: 'walk-see-compete',
    targetUnitId: 'anji',
    targetCountyId: 'anji',
    inspectors: [
      { inspectorId: 'inspector.wuxing', homeCountyId: 'wuxing' },
      { inspectorId: 'inspector.city', homeCountyId: null },
    ],
    rubric: RUBRIC,
    dueWorkingDays: 5,
    dueOn: '2026-03-09',
    deadlineAt: '2026-03-09T15:59:59.999Z',
    assignedBy: 'admin',
    assignedAt: NOW.toISOString(),
  },
};
export const majorInspectionAssigned: TaskAssigned = { ...assigned, data: { ...assigned.data, roundKind: 'major-inspection' } };
export const opened: TaskEvent = { type: 'TaskOpened', data: { taskId: 't-anji', openedBy: 'inspector.wuxing', openedAt: '2026-03-03T01:00:00.000Z' } };
export const wuxingScored: TaskScoresRecorded = {
  type: 'TaskScoresRecorded',
  data: {
    taskId: 't-anji',
    roundId: 'r-2026-q1',
    targetUnitId: 'anji',
    targetCountyId: 'anji',
    inspectorId: 'inspector.wuxing',
    rubricVersion: 2,
    scores: [
      { itemCode: 'A1', score: 8 },
      { itemCode: 'A2', score: 4 },
    ],
    recordedAt: '2026-03-03T03:00:00.000Z',
  },
};
export const submitted: TaskEvent = {
  type: 'TaskSubmitted',
  data: { taskId: 't-anji', submittedBy: 'inspector.wuxing', submittedAt: '2026-03-03T08:00:00.000Z', incompleteInspectorIds: ['inspector.city'] },
};
export const closed: TaskEvent = { type: 'TaskClosed', data: { taskId: 't-anji', closedBy: 'admin', closedAt: '2026-03-04T01:00:00.000Z' } };

export const HISTORY = {
  assigned: [assigned],
  opened: [assigned, opened],
  submitted: [assigned, opened, wuxingScored, submitted],
  closed: [assigned, opened, wuxingScored, submitted, closed],
} satisfies Record<string, TaskEvent[]>;

export const finding = (overrides: Partial<RecordFinding> = {}): RecordFinding => ({
  type: 'RecordFinding',
  roundStatus: 'active',
  findingId: 'f-1',
  title: '村级活动场所使用率低',
  description: '余村党群服务中心工作日下午无人值守',
  severity: 'medium',
  unitId: 'anji-tianhuangping-yucun',
  unitAncestorIds: ['anji-tianhuangping', 'anji', 'huzhou'],
  ...overrides,
});

/** Each command, and the actor who may send it where it is allowed. */
export const COMMANDS: Record<TaskCommand['type'], [TaskCommand, Actor]> = {
  AssignTask: [assign(), admin],
  OpenTask: [{ type: 'OpenTask', roundStatus: 'active' }, wuxing],
  RecordScores: [{ type: 'RecordScores', roundStatus: 'active', scores: [{ itemCode: 'A1', score: 7 }] }, wuxing],
  RecordFinding: [finding(), wuxing],
  SubmitTask: [{ type: 'SubmitTask' }, wuxing],
  CloseTask: [{ type: 'CloseTask' }, admin],
  ReopenTask: [{ type: 'ReopenTask', roundStatus: 'active', reason: '评分有误' }, admin],
  MarkTaskOverdue: [{ type: 'MarkTaskOverdue' }, SYSTEM_ACTOR],
};

export const timers = (events: TaskEvent[]) => spec.given(events).timers();
