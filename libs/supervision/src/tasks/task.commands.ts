import type { EvidenceRef } from '../shared/evidence';
import { Rubric, RoundKind, RoundStatus } from '../rounds';
import { FindingSeverity, ItemScore } from './task';

/**
 * Assigns a round's inspection of one unit. The caller resolves what lives in other streams:
 * the round's kind, status and current rubric, and the target's county (`OrgTree.countyOf`).
 * The deadline is `dueWorkingDays` working days from the day of assignment.
 *
 * A round has one task per target unit. The caller derives `taskId` from the round and the
 * unit, so a second assignment of the unit meets the first one's stream (of two racing ones, the
 * store's expected version lets one in), and passes the tasks the round already has for the unit
 * under ids of their own (assigned before ids were derived, such as the demo's).
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
  /** Tasks of the round for the target unit found elsewhere (the task board); this task's own id does not count. */
  readonly existingTaskIdsOfUnit?: readonly string[];
}

/** The caller passes the status of the task's round: a task is opened while its round is active. */
export interface OpenTask {
  readonly type: 'OpenTask';
  readonly roundStatus: RoundStatus;
}

/** The acting inspector's own scores; the caller passes the status of the task's round. */
export interface RecordScores {
  readonly type: 'RecordScores';
  readonly roundStatus: RoundStatus;
  readonly scores: readonly ItemScore[];
}

/**
 * A problem found at `unitId`. The caller passes the unit's ancestors (`OrgTree.ancestors`) so
 * the decider can check it lies within the task's target, and the status of the task's round.
 */
export interface RecordFinding {
  readonly type: 'RecordFinding';
  readonly roundStatus: RoundStatus;
  readonly findingId: string;
  readonly title: string;
  readonly description: string;
  readonly severity: FindingSeverity;
  readonly unitId: string;
  readonly unitAncestorIds: readonly string[];
  /** Evidence of the problem: photos of the site, documents seen. */
  readonly attachments?: readonly EvidenceRef[];
}

export interface SubmitTask {
  readonly type: 'SubmitTask';
}

export interface CloseTask {
  readonly type: 'CloseTask';
}

/** The caller passes the status of the task's round: nothing is reopened once scoring closed. */
export interface ReopenTask {
  readonly type: 'ReopenTask';
  readonly roundStatus: RoundStatus;
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
