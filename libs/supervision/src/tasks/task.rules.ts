import { Actor, isBlank, isPositiveInteger } from '@app/workflow';
import { isScoredRoundKind, rubricItem, RubricItem } from '../rounds';
import { isFindingSeverity, TaskInspector } from './task';
import { AssignTask, RecordFinding } from './task.commands';
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
  TaskNotFound,
  TaskNotSubmitted,
  TaskTargetRequired,
  UnitAlreadyHasTask,
  UnknownFindingSeverity,
  UnknownRubricItem,
} from './task.errors';
import { ExistingTask, TaskState } from './task.state';

/*
 * The rules of a 督查任务, each once, named by what it says; the error it throws states it
 * (task.errors.ts). The rules a task shares with its round (the round's kind, status and rubric)
 * are in round.rules.ts. The use cases (task-assignment.ts, task-inspection.ts, …) call them in
 * the order their answers are promised in; which step takes which command is the state table's
 * (task.workflow.ts).
 */

/** The id names a task: it has been assigned. */
export function existingTask(state: TaskState): ExistingTask {
  if (state.status === 'unassigned') throw new TaskNotFound();
  return state;
}

/** A task names its round and its target unit. */
export function assertTaskTargetGiven(command: AssignTask): void {
  if (isBlank(command.taskId) || isBlank(command.roundId) || isBlank(command.targetUnitId)) throw new TaskTargetRequired();
}

/** A task has at least one inspector. */
export function assertInspectorsGiven(inspectors: unknown): asserts inspectors is AssignTask['inspectors'] {
  if (!Array.isArray(inspectors) || inspectors.length === 0 || inspectors.some((inspector) => isBlank(inspector?.inspectorId))) throw new InspectorRequired();
}

/** An inspector is assigned to a task once. `seen` holds the inspectors named before. */
export function assertInspectorOnce(inspectorId: string, seen: ReadonlySet<string>): void {
  if (seen.has(inspectorId)) throw new DuplicateInspector(inspectorId);
}

/**
 * An inspector never inspects a unit in their own county (回避). Checked at assignment against
 * the county the inspector is recorded in, and again on every act against that county and the
 * one the actor carries now, so an inspector who moved to the target's county stops acting on it.
 */
export function assertNotRecused(inspectorId: string, targetCountyId: string | null | undefined, ...homeCountyIds: ReadonlyArray<string | null | undefined>): void {
  if (targetCountyId !== null && targetCountyId !== undefined && homeCountyIds.includes(targetCountyId)) throw new InspectorRecused(inspectorId, targetCountyId);
}

/** A task is due a whole number of working days, at least 1, after it is assigned. */
export function assertDueInWholeWorkingDays(dueWorkingDays: unknown): void {
  if (!isPositiveInteger(dueWorkingDays)) throw new InvalidDueWorkingDays(dueWorkingDays);
}

/** A round has one task per target unit: a task of the unit found under another id refuses this one. */
export function assertUnitHasNoOtherTask(command: AssignTask): void {
  const known = Array.isArray(command.existingTaskIdsOfUnit) ? command.existingTaskIdsOfUnit : [];
  const other = known.find((taskId) => taskId !== command.taskId);
  if (other !== undefined) throw new UnitAlreadyHasTask(other, command.roundId, command.targetUnitId);
}

/** Only an inspector assigned to the task may do this (and never on their own county): the inspector the actor is. */
export function actingInspectorOf(task: ExistingTask, actor: Actor): TaskInspector {
  const inspector = task.inspectors.find((candidate) => candidate.inspectorId === actor.userId);
  if (inspector === undefined || !actor.roles.includes('inspector')) throw new NotAssignedInspector(task.taskId, actor.userId);
  assertNotRecused(inspector.inspectorId, task.targetCountyId, inspector.homeCountyId, actor.homeCountyId);
  return inspector;
}

/** Scores are recorded for at least one rubric item. */
export function assertScoresGiven(scores: unknown): asserts scores is ReadonlyArray<{ itemCode: string; score: number }> {
  if (!Array.isArray(scores) || scores.length === 0) throw new NoScoresGiven();
}

/** Scores are recorded only for items of the task's rubric: the item scored. */
export function rubricItemOf(task: ExistingTask, itemCode: unknown): RubricItem {
  const item = typeof itemCode === 'string' ? rubricItem(task.rubric, itemCode) : undefined;
  if (item === undefined) throw new UnknownRubricItem(itemCode, task.rubric.version);
  return item;
}

/** A rubric item is scored once per recording. `seen` holds the items scored before it. */
export function assertItemScoredOnce(itemCode: string, seen: ReadonlySet<string>): void {
  if (seen.has(itemCode)) throw new DuplicateScoreItem(itemCode);
}

/** A score lies between 0 and the item's maximum score. */
export function assertScoreInRange(item: RubricItem, score: unknown): void {
  if (typeof score !== 'number' || !Number.isFinite(score) || score < 0 || score > item.maxScore) throw new ScoreOutOfRange(item.code, score, item.maxScore);
}

/** The items of the task's rubric `inspectorId` has not scored yet. */
export function unscoredItems(task: ExistingTask, inspectorId: string): string[] {
  const mine = task.scores[inspectorId] ?? {};
  return task.rubric.items.map((item) => item.code).filter((code) => mine[code] === undefined);
}

/**
 * In a scored round (走看赛, 一季一主题) an inspector submits only after scoring every rubric
 * item. Deep-research and major-inspection tasks carry findings, not rankings, and are submitted
 * without scores.
 */
export function assertScoredEveryItem(task: ExistingTask, inspectorId: string): void {
  if (!isScoredRoundKind(task.roundKind)) return;
  const missing = unscoredItems(task, inspectorId);
  if (missing.length > 0) throw new ScoresIncomplete(inspectorId, missing);
}

/** A finding has an id, a title and a description, and names the unit it was made at. */
export function assertFindingComplete(command: RecordFinding): void {
  if (isBlank(command.findingId) || isBlank(command.title) || isBlank(command.description) || isBlank(command.unitId)) throw new FindingIncomplete();
}

/** A finding is of low, medium or high severity. */
export function assertKnownFindingSeverity(severity: unknown): void {
  if (!isFindingSeverity(severity)) throw new UnknownFindingSeverity(severity);
}

/** A finding is recorded once. */
export function assertFindingNew(task: ExistingTask, findingId: string): void {
  if (task.findings.some((finding) => finding.findingId === findingId)) throw new FindingAlreadyRecorded(findingId);
}

/** A finding is made at the task's target unit or a unit below it (`unitAncestorIds` from the org tree). */
export function assertFindingAtTarget(task: ExistingTask, command: RecordFinding): void {
  const ancestors = Array.isArray(command.unitAncestorIds) ? command.unitAncestorIds : [];
  if (command.unitId !== task.targetUnitId && !ancestors.includes(task.targetUnitId)) throw new FindingOutsideTarget(command.unitId, task.targetUnitId);
}

/** Only a submitted (or closed) task is closed or reopened. */
export function assertSubmitted(task: ExistingTask): asserts task is ExistingTask & { status: 'submitted' | 'closed' } {
  if (task.status !== 'submitted' && task.status !== 'closed') throw new TaskNotSubmitted(task.taskId);
}

/** A task is reopened with a reason. */
export function assertReopenReasonGiven(reason: unknown): void {
  if (isBlank(reason)) throw new ReopenReasonRequired();
}
