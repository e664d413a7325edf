import { TimerRequest } from '@app/workflow';
import { TASK_OVERDUE_TIMER } from './task';
import { MarkTaskOverdue, TaskCommand } from './task.commands';
import { existingTask } from './task.rules';
import { ExistingTask, TaskState } from './task.state';
import type { TaskTransition } from './task.workflow';

/** The instant a task becomes overdue: just after the last moment of its due day. */
export function becomesOverdueAt(task: ExistingTask): Date {
  return new Date(Date.parse(task.deadlineAt) + 1);
}

/** While a task waits for submission and has not gone overdue, it wants the overdue timer. */
export function overdueTimer(state: TaskState): TimerRequest<TaskCommand>[] {
  if (state.status !== 'assigned' && state.status !== 'opened') return [];
  if (state.overdueAt !== null) return [];
  return [{ name: TASK_OVERDUE_TIMER, dueAt: becomesOverdueAt(state), command: { type: 'MarkTaskOverdue' } }];
}

/**
 * Raises TaskOverdue when the deadline has passed, the task is not submitted and it has not been
 * raised before. Anything else is a stale fire (the task moved on, or the timer ran early) and
 * decides nothing.
 */
export const overdueMarking: TaskTransition<MarkTaskOverdue> = {
  roles: ['system'],
  decide: (state, _command, { now }) => {
    const task = existingTask(state);
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
  },
};
