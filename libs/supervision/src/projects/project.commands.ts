import type { CalendarDate } from '@app/workflow';
import type { WarningColour } from '../cases/case';
import type { EvidenceRef } from '../shared/evidence';
import type { ProjectGrade, ProjectLeader } from './project';

/** A milestone as planned: what is to be done, by the end of which day. */
export interface PlannedMilestone {
  readonly milestoneId: string;
  readonly title: string;
  readonly dueOn: CalendarDate;
}

/** 立项: the unit's secretary takes on a project for the year. */
export interface LaunchProject {
  readonly type: 'LaunchProject';
  readonly projectId: string;
  readonly unitId: string;
  /** The unit, then each unit above it, up to the city. */
  readonly unitChain: readonly string[];
  readonly year: number;
  readonly title: string;
  readonly goal: string;
  readonly leader: ProjectLeader;
  readonly milestones: readonly PlannedMilestone[];
}

/** 推进: what was done, on a milestone or the project as a whole. */
export interface ReportProjectProgress {
  readonly type: 'ReportProjectProgress';
  readonly report: string;
  readonly milestoneId?: string;
  readonly attachments?: readonly EvidenceRef[];
}

/** A milestone reached: its warnings come down. */
export interface CompleteMilestone {
  readonly type: 'CompleteMilestone';
  readonly milestoneId: string;
  readonly report: string;
  readonly attachments?: readonly EvidenceRef[];
}

/** 交接: a new secretary takes the project over mid-year. */
export interface HandOverProject {
  readonly type: 'HandOverProject';
  readonly leader: ProjectLeader;
  readonly reason: string;
}

/** 年终评价. */
export interface EvaluateProject {
  readonly type: 'EvaluateProject';
  readonly grade: ProjectGrade;
  readonly comment: string;
}

/** The system's, when a milestone's warning timer fires. */
export interface RaiseMilestoneWarning {
  readonly type: 'RaiseMilestoneWarning';
  readonly milestoneId: string;
  readonly colour: WarningColour;
  readonly dueAt: string;
}

export type ProjectCommand = LaunchProject | ReportProjectProgress | CompleteMilestone | HandOverProject | EvaluateProject | RaiseMilestoneWarning;
