import { isOneOf } from '@app/workflow';
import { streamNaming } from '../shared/stream-naming';

/**
 * A 督查任务: one round's inspection of one target unit (usually a county), by one or more
 * assigned inspectors, due a number of working days after assignment. One stream per task:
 * `task-<task id>`.
 */
export const taskStreams = streamNaming('task');

/** The stream of task `taskId`: `task-<taskId>`. */
export const taskStreamId = taskStreams.streamIdOf;

/** An assigned inspector and the county they belong to, recorded for recusal. */
export interface TaskInspector {
  readonly inspectorId: string;
  /** `null` for an inspector who belongs to no county (city level). */
  readonly homeCountyId: string | null;
}

/** One inspector's score for one rubric item, 0..maxScore. */
export interface ItemScore {
  readonly itemCode: string;
  readonly score: number;
}

/** How serious a problem an inspector found is; a case opened from it starts from this. */
export const FINDING_SEVERITIES = ['low', 'medium', 'high'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

export function isFindingSeverity(value: unknown): value is FindingSeverity {
  return isOneOf(FINDING_SEVERITIES, value);
}

/** The name of the timer that marks a task overdue. */
export const TASK_OVERDUE_TIMER = 'task-overdue';
