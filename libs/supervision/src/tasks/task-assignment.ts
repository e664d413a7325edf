import { endOfShanghaiDay, shanghaiDateOf } from '@app/workflow';
import { assertKnownRoundKind, assertRoundAcceptsTasks, assertValidRubric } from '../rounds';
import { AssignTask } from './task.commands';
import { assertDueInWholeWorkingDays, assertInspectorOnce, assertInspectorsGiven, assertNotRecused, assertTaskTargetGiven, assertUnitHasNoOtherTask } from './task.rules';
import type { TaskTransition } from './task.workflow';

/**
 * A round's inspection of one unit is assigned while the round is planned or active, with the
 * round's rubric copied onto it and a deadline in working days from today (China). The round's
 * status is a rule of the decider rather than a check made before sending, so that the runtime
 * answers a retried command from the log first: a retry made after the round moved on gets its
 * first answer, not a refusal.
 */
export const assignment: TaskTransition<AssignTask> = {
  roles: ['admin'],
  decide: (_state, command, { actor, now, calendar }) => {
    assertRoundAcceptsTasks({ roundId: command.roundId, status: command.roundStatus });
    assertTaskTargetGiven(command);
    assertKnownRoundKind(command.roundKind);
    assertInspectorsGiven(command.inspectors);
    const seen = new Set<string>();
    for (const { inspectorId, homeCountyId } of command.inspectors) {
      assertInspectorOnce(inspectorId, seen);
      seen.add(inspectorId);
      assertNotRecused(inspectorId, command.targetCountyId ?? null, homeCountyId);
    }
    assertValidRubric(command.rubric ?? { version: 0, items: [] });
    assertDueInWholeWorkingDays(command.dueWorkingDays);
    assertUnitHasNoOtherTask(command);
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
  },
};
