import { assertNever, CalendarDate } from '@app/workflow';
import type { WarningColour } from '../cases/case';
import type { ProjectGrade, ProjectLeader } from './project';
import type { ProjectEvent } from './project.events';

export interface MilestoneState {
  readonly milestoneId: string;
  readonly title: string;
  readonly dueOn: CalendarDate;
  readonly deadlineAt: string;
  readonly completedAt: string | null;
  readonly late: boolean;
  /** Warnings up on it, in the order they went up. */
  readonly warnings: readonly WarningColour[];
}

/** One leader's term on the project. */
export interface LeadershipTerm extends ProjectLeader {
  readonly from: string;
  readonly until: string | null;
}

export interface UnlaunchedProject {
  readonly status: 'unlaunched';
}

interface LaunchedFields {
  readonly projectId: string;
  readonly unitId: string;
  readonly unitChain: readonly string[];
  readonly year: number;
  readonly title: string;
  readonly goal: string;
  readonly leader: ProjectLeader;
  /** Every leader, first to current. */
  readonly leaders: readonly LeadershipTerm[];
  readonly milestones: readonly MilestoneState[];
  readonly progressReports: number;
}

export interface ActiveProject extends LaunchedFields {
  readonly status: 'active';
}

export interface EvaluatedProject extends LaunchedFields {
  readonly status: 'evaluated';
  readonly grade: ProjectGrade;
  readonly evaluatedAt: string;
}

export type ProjectState = UnlaunchedProject | ActiveProject | EvaluatedProject;
export type LaunchedProject = ActiveProject | EvaluatedProject;

export function initialProjectState(): ProjectState {
  return { status: 'unlaunched' };
}

function withMilestone(state: LaunchedProject, milestoneId: string, change: (milestone: MilestoneState) => MilestoneState): LaunchedProject {
  return { ...state, milestones: state.milestones.map((milestone) => (milestone.milestoneId === milestoneId ? change(milestone) : milestone)) };
}

export function evolveProject(state: ProjectState, event: ProjectEvent): ProjectState {
  if (event.type === 'ProjectLaunched') {
    const { projectId, unitId, unitChain, year, title, goal, leader, milestones, launchedAt } = event.data;
    return {
      status: 'active',
      projectId,
      unitId,
      unitChain,
      year,
      title,
      goal,
      leader,
      leaders: [{ ...leader, from: launchedAt, until: null }],
      milestones: milestones.map((milestone) => ({ ...milestone, completedAt: null, late: false, warnings: [] })),
      progressReports: 0,
    };
  }
  if (state.status === 'unlaunched') return state;
  switch (event.type) {
    case 'ProjectProgressReported':
      return { ...state, progressReports: state.progressReports + 1 };
    case 'MilestoneCompleted':
      return withMilestone(state, event.data.milestoneId, (milestone) => ({ ...milestone, completedAt: event.data.completedAt, late: event.data.late, warnings: [] }));
    case 'ProjectHandedOver': {
      const at = event.data.handedOverAt;
      const leaders = state.leaders.map((term) => (term.until === null ? { ...term, until: at } : term));
      return { ...state, leader: event.data.to, leaders: [...leaders, { ...event.data.to, from: at, until: null }] };
    }
    case 'MilestoneWarningRaised':
      return withMilestone(state, event.data.milestoneId, (milestone) => ({ ...milestone, warnings: [...milestone.warnings, event.data.colour] }));
    case 'ProjectEvaluated':
      return { ...state, status: 'evaluated', grade: event.data.grade, evaluatedAt: event.data.evaluatedAt };
    default:
      return assertNever(event);
  }
}
