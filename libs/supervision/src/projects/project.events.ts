import type { CalendarDate, DomainEvent } from '@app/workflow';
import type { WarningColour } from '../cases/case';
import type { EvidenceRef } from '../shared/evidence';
import type { ProjectGrade, ProjectLeader } from './project';

/** A milestone as the project records it: its due day and the last instant of that day (Asia/Shanghai). */
export interface MilestonePlan {
  milestoneId: string;
  title: string;
  dueOn: CalendarDate;
  deadlineAt: string;
}

export type ProjectLaunched = DomainEvent<
  'ProjectLaunched',
  {
    projectId: string;
    unitId: string;
    unitChain: string[];
    year: number;
    title: string;
    goal: string;
    leader: ProjectLeader;
    milestones: MilestonePlan[];
    launchedBy: string;
    launchedAt: string;
  }
>;

export type ProjectProgressReported = DomainEvent<
  'ProjectProgressReported',
  { projectId: string; milestoneId: string | null; report: string; reportNumber: number; reportedBy: string; reportedAt: string; attachments?: EvidenceRef[] }
>;

export type MilestoneCompleted = DomainEvent<
  'MilestoneCompleted',
  {
    projectId: string;
    milestoneId: string;
    report: string;
    /** Completed after its due day. */
    late: boolean;
    /** The warnings up on it, which come down with it (摘牌). */
    clearedWarnings: WarningColour[];
    completedBy: string;
    completedAt: string;
    attachments?: EvidenceRef[];
  }
>;

/** The secretary changed: who led the project when is read from these. */
export type ProjectHandedOver = DomainEvent<
  'ProjectHandedOver',
  { projectId: string; from: ProjectLeader; to: ProjectLeader; reason: string; handedOverBy: string; handedOverAt: string }
>;

export type MilestoneWarningRaised = DomainEvent<
  'MilestoneWarningRaised',
  { projectId: string; milestoneId: string; colour: WarningColour; dueOn: CalendarDate; unitId: string; timerDueAt: string; raisedAt: string }
>;

export type ProjectEvaluated = DomainEvent<
  'ProjectEvaluated',
  {
    projectId: string;
    grade: ProjectGrade;
    comment: string;
    /** Milestones reached by the evaluation, and how many of them late. */
    milestonesCompleted: number;
    milestonesLate: number;
    milestonesPlanned: number;
    evaluatedBy: string;
    evaluatedAt: string;
  }
>;

export type ProjectEvent = ProjectLaunched | ProjectProgressReported | MilestoneCompleted | ProjectHandedOver | MilestoneWarningRaised | ProjectEvaluated;

export const PROJECT_EVENT_TYPES: readonly ProjectEvent['type'][] = [
  'ProjectLaunched',
  'ProjectProgressReported',
  'MilestoneCompleted',
  'ProjectHandedOver',
  'MilestoneWarningRaised',
  'ProjectEvaluated',
];
