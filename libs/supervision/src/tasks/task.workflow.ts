import { assertNever, DomainError, Transition, WorkflowDefinition } from '@app/workflow';
import { TaskCommand } from './task.commands';
import { TaskAlreadyClosed, TaskAlreadyOpen, TaskAlreadySubmitted, TaskNotFound, TaskNotOpen, TaskNotSubmitted, UnitAlreadyHasTask } from './task.errors';
import { TaskEvent } from './task.events';
import { evolveTask, initialTaskState, TaskState } from './task.state';
import { assignment } from './task-assignment';
import { findingRecording, opening, scoring, submission } from './task-inspection';
import { overdueMarking, overdueTimer } from './task-overdue';
import { closing, reopening } from './task-review';

/** What the task workflow does with command `C` in a step that takes it: one row of the table below. */
export type TaskTransition<C extends TaskCommand> = Transition<TaskState, C, TaskEvent, unknown>;

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
 *
 * This file is the table: which step takes which command from which roles, and what it answers
 * to a command the step does not take. What each command decides is in its use case's file —
 * task-assignment.ts, task-inspection.ts, task-review.ts, task-overdue.ts — and the rules they
 * check are in task.rules.ts (those a task shares with its round in round.rules.ts).
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
      on: { AssignTask: assignment },
    },
    assigned: {
      on: { OpenTask: opening, MarkTaskOverdue: overdueMarking },
      timers: overdueTimer,
    },
    opened: {
      on: { RecordScores: scoring, RecordFinding: findingRecording, SubmitTask: submission, MarkTaskOverdue: overdueMarking },
      timers: overdueTimer,
    },
    submitted: {
      on: { CloseTask: closing, ReopenTask: reopening, MarkTaskOverdue: overdueMarking },
    },
    closed: {
      on: { ReopenTask: reopening, MarkTaskOverdue: overdueMarking },
    },
  },
};
