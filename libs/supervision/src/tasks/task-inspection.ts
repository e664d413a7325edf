import { assertRoundAcceptsScores, assertRoundInInspection, isScoredRoundKind } from '../rounds';
import { OpenTask, RecordFinding, RecordScores, SubmitTask } from './task.commands';
import {
  actingInspectorOf,
  assertFindingAtTarget,
  assertFindingComplete,
  assertFindingNew,
  assertItemScoredOnce,
  assertKnownFindingSeverity,
  assertScoredEveryItem,
  assertScoreInRange,
  assertScoresGiven,
  existingTask,
  rubricItemOf,
  unscoredItems,
} from './task.rules';
import { checkedAttachments, withAttachments } from '../shared/evidence';
import type { TaskTransition } from './task.workflow';

/*
 * The inspection, by the task's own inspectors: the task is opened (an admin may open it too),
 * scored item by item and given findings while the round is active, then submitted. The round's
 * status arrives in the command and is checked here, after the runtime has answered a retried
 * command from the log (round.rules.ts).
 */

export const opening: TaskTransition<OpenTask> = {
  roles: ['admin', 'inspector'],
  decide: (state, command, { actor, now }) => {
    const task = existingTask(state);
    if (!actor.roles.includes('admin')) actingInspectorOf(task, actor);
    assertRoundInInspection({ roundId: task.roundId, status: command.roundStatus });
    return [{ type: 'TaskOpened', data: { taskId: task.taskId, openedBy: actor.userId, openedAt: now.toISOString() } }];
  },
};

/** The acting inspector's own scores, each item once, each within 0..maxScore; a later recording replaces an item's score. */
export const scoring: TaskTransition<RecordScores> = {
  roles: ['inspector'],
  decide: (state, command, { actor, now }) => {
    const task = existingTask(state);
    actingInspectorOf(task, actor);
    assertRoundAcceptsScores({ roundId: task.roundId, status: command.roundStatus });
    assertScoresGiven(command.scores);
    const seen = new Set<string>();
    for (const { itemCode, score } of command.scores) {
      const item = rubricItemOf(task, itemCode);
      assertItemScoredOnce(itemCode, seen);
      seen.add(itemCode);
      assertScoreInRange(item, score);
    }
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
  },
};

/** A problem found at the target unit or a unit below it; a case may be opened from it. */
export const findingRecording: TaskTransition<RecordFinding> = {
  roles: ['inspector'],
  decide: (state, command, { actor, now }) => {
    const task = existingTask(state);
    actingInspectorOf(task, actor);
    assertRoundInInspection({ roundId: task.roundId, status: command.roundStatus });
    assertFindingComplete(command);
    assertKnownFindingSeverity(command.severity);
    assertFindingNew(task, command.findingId);
    assertFindingAtTarget(task, command);
    const attachments = checkedAttachments(command.attachments);
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
          ...withAttachments(attachments),
        },
      },
    ];
  },
};

/**
 * In a scored round the submitting inspector must have scored every rubric item; the other
 * inspectors need not have, and the event names those who had not, so the board can show that
 * the county's score rests on fewer inspectors.
 */
export const submission: TaskTransition<SubmitTask> = {
  roles: ['inspector'],
  decide: (state, _command, { actor, now }) => {
    const task = existingTask(state);
    actingInspectorOf(task, actor);
    assertScoredEveryItem(task, actor.userId);
    const incomplete = isScoredRoundKind(task.roundKind)
      ? task.inspectors.map((inspector) => inspector.inspectorId).filter((id) => unscoredItems(task, id).length > 0)
      : [];
    return [{ type: 'TaskSubmitted', data: { taskId: task.taskId, submittedBy: actor.userId, submittedAt: now.toISOString(), incompleteInspectorIds: incomplete } }];
  },
};
