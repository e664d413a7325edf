import { assertRoundInInspection } from '../rounds';
import { CloseTask, ReopenTask } from './task.commands';
import { assertReopenReasonGiven, assertSubmitted, existingTask } from './task.rules';
import type { TaskTransition } from './task.workflow';

/*
 * An admin closes a submitted task, or reopens a submitted or closed one with a reason while the
 * round's inspection still runs. Closing adds nothing the ranking or the cases rest on, so it is
 * taken after scoring closed too.
 */

export const closing: TaskTransition<CloseTask> = {
  roles: ['admin'],
  decide: (state, _command, { actor, now }) => [
    { type: 'TaskClosed', data: { taskId: existingTask(state).taskId, closedBy: actor.userId, closedAt: now.toISOString() } },
  ],
};

export const reopening: TaskTransition<ReopenTask> = {
  roles: ['admin'],
  decide: (state, command, { actor, now }) => {
    assertReopenReasonGiven(command.reason);
    const task = existingTask(state);
    assertRoundInInspection({ roundId: task.roundId, status: command.roundStatus });
    assertSubmitted(task);
    return [
      {
        type: 'TaskReopened',
        data: { taskId: task.taskId, reason: command.reason.trim(), reopenedFrom: task.status, reopenedBy: actor.userId, reopenedAt: now.toISOString() },
      },
    ];
  },
};
