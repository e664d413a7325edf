import {
  assertNever,
  DecisionContext,
  DomainError,
  endOfShanghaiDay,
  shanghaiDateOf,
  TimerRequest,
  Transition,
  WorkflowDefinition,
} from '@app/workflow';
import {
  assertRoundAcceptsScores,
  assertRoundAcceptsTasks,
  assertRoundInInspection,
  findRubricProblems,
  InvalidRubric,
  isRoundKind,
  isScoredRoundKind,
  rubricItem,
  UnknownRoundKind,
} from '../rounds';
import { isFindingSeverity, TASK_OVERDUE_TIMER, TaskInspector } from './task';
import {
  AssignTask,
  CloseTask,
  MarkTaskOverdue,
  OpenTask,
  RecordFinding,
  RecordScores,
  ReopenTask,
  SubmitTask,
  TaskCommand,
} from './task.commands';
import {
  DuplicateInspector,
  DuplicateScoreItem,
  FindingAlreadyRecorded,
  FindingIncomplete,
  FindingOutsideTarget,
  InspectorRecused,
  InspectorRequired,
  InvalidDueWorkingDays,
  NoScoresGiven,
  NotAssignedInspector,
  ReopenReasonRequired,
  ScoreOutOfRange,
  ScoresIncomplete,
  TaskAlreadyClosed,
  TaskAlreadyOpen,
  TaskAlreadySubmitted,
  TaskNotFound,
  TaskNotOpen,
  TaskNotSubmitted,
  TaskTargetRequired,
  UnitAlreadyHasTask,
  UnknownFindingSeverity,
  UnknownRubricItem,
} from './task.errors';
import { TaskEvent } from './task.events';
import { evolveTask, ExistingTask, initialTaskState, TaskState } from './task.state';

type Context = DecisionContext<unknown>;
type TaskTransition<C extends TaskCommand> = Transition<TaskState, C, TaskEvent, unknown>;

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function existing(state: TaskState): ExistingTask {
  if (state.status === 'unassigned') throw new TaskNotFound();
  return state;
}

/**
 * The assigned inspector the actor is, or NotAssignedInspector. Recusal is checked again on
 * every act, against the county recorded at assignment and the one the actor carries now, so an
 * inspector who moved to the target's county stops acting on it.
 */
function actingInspector(task: ExistingTask, { actor }: Context): TaskInspector {
  const inspector = task.inspectors.find((candidate) => candidate.inspectorId === actor.userId);
  if (inspector === undefined || !actor.roles.includes('inspector')) throw new NotAssignedInspector(task.taskId, actor.userId);
  const county = task.targetCountyId;
  if (county !== null && county !== undefined && (inspector.homeCountyId === county || actor.homeCountyId === county)) {
    throw new InspectorRecused(inspector.inspectorId, county);
  }
  return inspector;
}

function asAssignedInspector(state: TaskState, _command: TaskCommand, context: Context): void {
  actingInspector(existing(state), context);
}

function asAdminOrAssignedInspector(state: TaskState, _command: TaskCommand, context: Context): void {
  if (!context.actor.roles.includes('admin')) actingInspector(existing(state), context);
}

/*
 * The round's status rules (`round.rules.ts`) are guards here rather than checks made before
 * sending, so that the runtime answers a retried command from the log first: a retry made after
 * the round has closed gets its first answer, not a refusal.
 */
function checkRoundTakesTasks(_state: TaskState, command: AssignTask): void {
  assertRoundAcceptsTasks({ roundId: command.roundId, status: command.roundStatus });
}

function checkRoundTakesScores(state: TaskState, command: RecordScores): void {
  assertRoundAcceptsScores({ roundId: existing(state).roundId, status: command.roundStatus });
}

function checkRoundInInspection(state: TaskState, command: OpenTask | RecordFinding | ReopenTask): void {
  assertRoundInInspection({ roundId: existing(state).roundId, status: command.roundStatus });
}

/** One task per round × target unit: a task of the unit found under another id refuses this one. */
function checkUnitHasNoTask(_state: TaskState, command: AssignTask): void {
  const known = Array.isArray(command.existingTaskIdsOfUnit) ? command.existingTaskIdsOfUnit : [];
  const other = known.find((taskId) => taskId !== command.taskId);
  if (other !== undefined) throw new UnitAlreadyHasTask(other, command.roundId, command.targetUnitId);
}

function checkAssignment(_state: TaskState, command: AssignTask): void {
  if (isBlank(command.taskId) || isBlank(command.roundId) || isBlank(command.targetUnitId)) throw new TaskTargetRequired();
  if (!isRoundKind(command.roundKind)) throw new UnknownRoundKind(command.roundKind);
  const inspectors = Array.isArray(command.inspectors) ? command.inspectors : [];
  if (inspectors.length === 0 || inspectors.some((inspector) => isBlank(inspector?.inspectorId))) throw new InspectorRequired();
  const county = command.targetCountyId ?? null;
  const seen = new Set<string>();
  for (const { inspectorId, homeCountyId } of inspectors) {
    if (seen.has(inspectorId)) throw new DuplicateInspector(inspectorId);
    seen.add(inspectorId);
    if (county !== null && homeCountyId === county) throw new InspectorRecused(inspectorId, county);
  }
  const problems = findRubricProblems(command.rubric ?? { version: 0, items: [] });
  if (problems.length > 0) throw new InvalidRubric(problems);
  if (!Number.isInteger(command.dueWorkingDays) || command.dueWorkingDays < 1) throw new InvalidDueWorkingDays(command.dueWorkingDays);
}

function assign(_state: TaskState, command: AssignTask, { actor, now, calendar }: Context): TaskEvent[] {
  const dueOn = calendar.addWorkingDays(shanghaiDateOf(now), command.dueWorkingDays);
  return [
    {
      type: 'TaskAssigned',
      data: {
        taskId: command.taskId,
        roundId: command.roundId,
        roundKind: command.roundKind,
        targetUnitId: command.targetUnitId,
        targetCountyId: command.targetCountyId ?? null,
        inspectors: command.inspectors.map(({ inspectorId, homeCountyId }) => ({ inspectorId, homeCountyId: homeCountyId ?? null })),
        rubric: {
          version: command.rubric.version,
          items: command.rubric.items.map(({ code, title, weight, maxScore }) => ({ code, title, weight, maxScore })),
        },
        dueWorkingDays: command.dueWorkingDays,
        dueOn,
        deadlineAt: endOfShanghaiDay(dueOn).toISOString(),
        assignedBy: actor.userId,
        assignedAt: now.toISOString(),
      },
    },
  ];
}

function checkScores(state: TaskState, command: RecordScores): void {
  const task = existing(state);
  const scores = Array.isArray(command.scores) ? command.scores : [];
  if (scores.length === 0) throw new NoScoresGiven();
  const seen = new Set<string>();
  for (const { itemCode, score } of scores) {
    const item = typeof itemCode === 'string' ? rubricItem(task.rubric, itemCode) : undefined;
    if (item === undefined) throw new UnknownRubricItem(itemCode, task.rubric.version);
    if (seen.has(itemCode)) throw new DuplicateScoreItem(itemCode);
    seen.add(itemCode);
    if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > item.maxScore) {
      throw new ScoreOutOfRange(itemCode, score, item.maxScore);
    }
  }
}

function recordScores(state: TaskState, command: RecordScores, { actor, now }: Context): TaskEvent[] {
  const task = existing(state);
  return [
    {
      type: 'TaskScoresRecorded',
      data: {
        taskId: task.taskId,
        roundId: task.roundId,
        targetUnitId: task.targetUnitId,
        targetCountyId: task.targetCountyId,
        inspectorId: actor.userId,
        rubricVersion: task.rubric.version,
        scores: command.scores.map(({ itemCode, score }) => ({ itemCode, score })),
        recordedAt: now.toISOString(),
      },
    },
  ];
}

function checkFinding(state: TaskState, command: RecordFinding): void {
  const task = existing(state);
  if (isBlank(command.findingId) || isBlank(command.title) || isBlank(command.description) || isBlank(command.unitId)) {
    throw new FindingIncomplete();
  }
  if (!isFindingSeverity(command.severity)) throw new UnknownFindingSeverity(command.severity);
  if (task.findings.some((finding) => finding.findingId === command.findingId)) throw new FindingAlreadyRecorded(command.findingId);
  const ancestors = Array.isArray(command.unitAncestorIds) ? command.unitAncestorIds : [];
  if (command.unitId !== task.targetUnitId && !ancestors.includes(task.targetUnitId)) {
    throw new FindingOutsideTarget(command.unitId, task.targetUnitId);
  }
}

function recordFinding(state: TaskState, command: RecordFinding, { actor, now }: Context): TaskEvent[] {
  const task = existing(state);
  return [
    {
      type: 'TaskFindingRecorded',
      data: {
        taskId: task.taskId,
        roundId: task.roundId,
        findingId: command.findingId,
        title: command.title.trim(),
        description: command.description.trim(),
        severity: command.severity,
        unitId: command.unitId,
        targetUnitId: task.targetUnitId,
        recordedBy: actor.userId,
        recordedAt: now.toISOString(),
      },
    },
  ];
}

function unscoredItems(task: ExistingTask, inspectorId: string): string[] {
  const mine = task.scores[inspectorId] ?? {};
  return task.rubric.items.map((item) => item.code).filter((code) => mine[code] === undefined);
}

/**
 * In a scored round (走看赛, 一季一主题) the submitting inspector must have scored every rubric
 * item; the other inspectors need not have, and the event names those who had not, so the
 * board can show that the county's score rests on fewer inspectors. Deep-research and
 * major-inspection tasks carry findings, not rankings, and are submitted without scores.
 */
function checkSubmission(state: TaskState, _command: TaskCommand, { actor }: Context): void {
  const task = existing(state);
  if (!isScoredRoundKind(task.roundKind)) return;
  const missing = unscoredItems(task, actor.userId);
  if (missing.length > 0) throw new ScoresIncomplete(actor.userId, missing);
}

function submit(state: TaskState, _command: TaskCommand, { actor, now }: Context): TaskEvent[] {
  const task = existing(state);
  const incomplete = isScoredRoundKind(task.roundKind)
    ? task.inspectors.map((inspector) => inspector.inspectorId).filter((id) => unscoredItems(task, id).length > 0)
    : [];
  return [
    {
      type: 'TaskSubmitted',
      data: { taskId: task.taskId, submittedBy: actor.userId, submittedAt: now.toISOString(), incompleteInspectorIds: incomplete },
    },
  ];
}

function reopen(state: TaskState, command: ReopenTask, { actor, now }: Context): TaskEvent[] {
  const task = existing(state);
  if (task.status !== 'submitted' && task.status !== 'closed') throw new TaskNotSubmitted(task.taskId);
  return [
    {
      type: 'TaskReopened',
      data: { taskId: task.taskId, reason: command.reason.trim(), reopenedFrom: task.status, reopenedBy: actor.userId, reopenedAt: now.toISOString() },
    },
  ];
}

/** The instant a task becomes overdue: just after the last moment of its due day. */
export function becomesOverdueAt(task: ExistingTask): Date {
  return new Date(Date.parse(task.deadlineAt) + 1);
}

/**
 * Raises TaskOverdue when the deadline has passed, the task is not submitted and it has not been
 * raised before. Anything else is a stale fire (the task moved on, or the timer ran early) and
 * decides nothing.
 */
function markOverdue(state: TaskState, _command: TaskCommand, { now }: Context): TaskEvent[] {
  const task = existing(state);
  const waiting = task.status === 'assigned' || task.status === 'opened';
  if (!waiting || task.overdueAt !== null || now.getTime() < becomesOverdueAt(task).getTime()) return [];
  return [
    {
      type: 'TaskOverdue',
      data: {
        taskId: task.taskId,
        dueOn: task.dueOn,
        deadlineAt: task.deadlineAt,
        inspectorIds: task.inspectors.map((inspector) => inspector.inspectorId),
        markedAt: now.toISOString(),
      },
    },
  ];
}

/** While a task waits for submission and has not gone overdue, it wants the overdue timer. */
function overdueTimer(state: TaskState): TimerRequest<TaskCommand>[] {
  if (state.status !== 'assigned' && state.status !== 'opened') return [];
  if (state.overdueAt !== null) return [];
  return [{ name: TASK_OVERDUE_TIMER, dueAt: becomesOverdueAt(state), command: { type: 'MarkTaskOverdue' } }];
}

const open: TaskTransition<OpenTask> = {
  roles: ['admin', 'inspector'],
  guards: [asAdminOrAssignedInspector, checkRoundInInspection],
  decide: (state, _command, { actor, now }) => [
    { type: 'TaskOpened', data: { taskId: existing(state).taskId, openedBy: actor.userId, openedAt: now.toISOString() } },
  ],
};

const scores: TaskTransition<RecordScores> = {
  roles: ['inspector'],
  guards: [asAssignedInspector, checkRoundTakesScores, checkScores],
  decide: recordScores,
};
const finding: TaskTransition<RecordFinding> = {
  roles: ['inspector'],
  guards: [asAssignedInspector, checkRoundInInspection, checkFinding],
  decide: recordFinding,
};
const submission: TaskTransition<SubmitTask> = {
  roles: ['inspector'],
  guards: [asAssignedInspector, checkSubmission],
  decide: submit,
};
const close: TaskTransition<CloseTask> = {
  roles: ['admin'],
  decide: (state, _command, { actor, now }) => [
    { type: 'TaskClosed', data: { taskId: existing(state).taskId, closedBy: actor.userId, closedAt: now.toISOString() } },
  ],
};
const reopening: TaskTransition<ReopenTask> = {
  roles: ['admin'],
  guards: [
    (_state, command) => {
      if (isBlank(command.reason)) throw new ReopenReasonRequired();
    },
    checkRoundInInspection,
  ],
  decide: reopen,
};
const overdue: TaskTransition<MarkTaskOverdue> = { roles: ['system'], decide: markOverdue };

function refuseTaskCommand(state: TaskState, command: TaskCommand): DomainError {
  if (state.status === 'unassigned') return new TaskNotFound();
  const { taskId, status } = state;
  if (command.type === 'AssignTask') return new UnitAlreadyHasTask(taskId, state.roundId, state.targetUnitId);
  if (status === 'closed') return new TaskAlreadyClosed(taskId);
  switch (command.type) {
    case 'OpenTask':
      return status === 'submitted' ? new TaskAlreadySubmitted(taskId) : new TaskAlreadyOpen(taskId);
    case 'RecordScores':
    case 'RecordFinding':
    case 'SubmitTask':
      return status === 'submitted' ? new TaskAlreadySubmitted(taskId) : new TaskNotOpen(taskId);
    case 'CloseTask':
    case 'ReopenTask':
    case 'MarkTaskOverdue':
      return new TaskNotSubmitted(taskId);
    default:
      return assertNever(command);
  }
}

/**
 * A supervision task's life (stream `task-<id>`): assigned → opened → submitted → closed, and
 * reopened (from submitted or closed) with a reason. A round has one task per target unit. An
 * inspector acts only on tasks assigned to them and never on a unit in their own county. The
 * inspection runs while the round is active: a task is opened, scored, given findings and
 * reopened only then; submitting and closing it are still taken after scoring closed, since they
 * add nothing the ranking or the cases rest on. While unsubmitted, a task wants a timer at its
 * deadline that raises TaskOverdue once.
 */
export const taskWorkflow: WorkflowDefinition<TaskState, TaskCommand, TaskEvent> = {
  name: 'task',
  version: 1,
  initialState: initialTaskState,
  evolve: evolveTask,
  statusOf: (state) => state.status,
  refuse: refuseTaskCommand,
  states: {
    unassigned: {
      on: { AssignTask: { roles: ['admin'], guards: [checkRoundTakesTasks, checkAssignment, checkUnitHasNoTask], decide: assign } },
    },
    assigned: {
      on: { OpenTask: open, MarkTaskOverdue: overdue },
      timers: overdueTimer,
    },
    opened: {
      on: { RecordScores: scores, RecordFinding: finding, SubmitTask: submission, MarkTaskOverdue: overdue },
      timers: overdueTimer,
    },
    submitted: {
      on: { CloseTask: close, ReopenTask: reopening, MarkTaskOverdue: overdue },
    },
    closed: {
      on: { ReopenTask: reopening, MarkTaskOverdue: overdue },
    },
  },
};
