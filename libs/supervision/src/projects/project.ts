import { isOneOf } from '@app/workflow';
import { streamNaming } from '../shared/stream-naming';
import type { WarningColour } from '../cases/case';

/**
 * 书记领办项目: a project a unit's party secretary (第一责任人) leads for the year — a goal,
 * milestones with due days, progress reports, blue/yellow/red warnings on milestones that slip
 * (the cases' thresholds), a hand-over when the secretary changes, and a year-end evaluation.
 * One stream per project: `project-<project id>`.
 */
export const projectStreams = streamNaming('project');

/** The stream of project `projectId`: `project-<projectId>`. */
export const projectStreamId = projectStreams.streamIdOf;

/** The year-end grade: 好, 较好, 一般, 差 (the scale of 述职评议). */
export const PROJECT_GRADES = ['good', 'fairly-good', 'average', 'poor'] as const;
export type ProjectGrade = (typeof PROJECT_GRADES)[number];

export function isProjectGrade(value: unknown): value is ProjectGrade {
  return isOneOf(PROJECT_GRADES, value);
}

/** Who leads the project: a person (the unit's secretary), named as the unit's responsible people are. */
export interface ProjectLeader {
  readonly personId: string;
  readonly name: string;
}

/** How many milestones one project plans. */
export const MAX_MILESTONES = 12;

/** The durable timer that raises a warning of `colour` on milestone `milestoneId`. */
export function milestoneTimerName(milestoneId: string, colour: WarningColour): string {
  return `project-milestone-${milestoneId}-${colour}`;
}
