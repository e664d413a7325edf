import { Rubric, RoundKind, RoundStatus } from '../rounds';
import { FindingSeverity, ItemScore } from './task';

/**
 * Assigns a round's inspection of one unit. The caller resolves what lives in other streams:
 * the round's kind, status and current rubric, and the target's county (`OrgTree.countyOf`).
 * The deadline is `dueWorkingDays` working days from the day of assignment.
 */
export interface AssignTask {
  readonly type: 'AssignTask';
  readonly taskId: string;
  readonly roundId: string;
  readonly roundKind: RoundKind;
  /** The round's status when the command was sent; the decider applies the round's rules to it. */
  readonly roundStatus: RoundStatus;
  readonly targetUnitId: string;
  readonly targetCountyId: string | null;
  readonly inspectors: ReadonlyArray<{ readonly inspectorId: string; readonly homeCountyId?: string | null }>;
  readonly rubric: Rubric;
  readonly dueWorkingDays: number;
}

export interface OpenTask {
  readonly type: 'OpenTask';
}

/** The acting inspector's own scores; the caller passes the status of the task's round. */
export interface RecordScores {
  readonly type: 'RecordScores';
  readonly roundStatus: RoundStatus;
  readonly scores: readonly ItemScore[];
}

/**
 * A problem found at `unitId`. The caller passes the unit's ancestors (`OrgTree.ancestors`) so
 * the decider can check it lies within the task's target.
 */
export interface RecordFinding {
  readonly type: 'RecordFinding';
  readonly findingId: string;
  readonly title: string;
  readonly description: string;
  readonly severity: FindingSeverity;
  readonly unitId: string;
  readonly unitAncestorIds: readonly string[];
}

export interface SubmitTask {
  readonly type: 'SubmitTask';
}

export interface CloseTask {
  readonly type: 'CloseTask';
}

export interface ReopenTask {
  readonly type: 'ReopenTask';
  readonly reason: string;
}

/** Sent by the overdue timer as the `system` actor. */
export interface MarkTaskOverdue {
  readonly type: 'MarkTaskOverdue';
}

export type TaskCommand =
  | AssignTask
  | OpenTask
  | RecordScores
  | RecordFinding
  | SubmitTask
  | CloseTask
  | ReopenTask
  | MarkTaskOverdue;
