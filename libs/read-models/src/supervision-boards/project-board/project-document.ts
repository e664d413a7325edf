import type { EvidenceRef, MilestonePlan, ProjectEvent, ProjectGrade, ProjectLaunched, ProjectLeader, WarningColour } from '@app/supervision';
import { PROJECT_EVENT_TYPES } from '@app/supervision';
import type { CalendarDate } from '@app/workflow';
import type { FoldableEvent } from '../stream-fold';

/** A milestone as the project board shows it: its plan, whether and when it was reached, its warnings. */
export interface MilestoneEntry extends MilestonePlan {
  readonly completedAt: string | null;
  readonly completedBy: string | null;
  readonly completionReport: string | null;
  readonly late: boolean;
  /** Warnings up now, in the order they went up (they come down when the milestone is reached). */
  readonly warnings: readonly WarningColour[];
  /** Every warning it ever had, for the year-end view. */
  readonly warningsRaised: readonly WarningColour[];
  readonly attachments: readonly EvidenceRef[];
}

/** One leader's term on the project: from the launch or a hand-over, until the next hand-over (null while it runs). */
export interface LeadershipTermEntry extends ProjectLeader {
  readonly from: string;
  readonly until: string | null;
}

/** A progress report (推进情况) as the project's page lists it. */
export interface ProjectProgressEntry {
  readonly reportNumber: number;
  readonly milestoneId: string | null;
  readonly report: string;
  readonly reportedBy: string;
  readonly reportedAt: string;
  readonly attachments: readonly EvidenceRef[];
}

export interface ProjectEvaluationEntry {
  readonly grade: ProjectGrade;
  readonly comment: string;
  readonly milestonesCompleted: number;
  readonly milestonesLate: number;
  readonly milestonesPlanned: number;
  readonly evaluatedBy: string;
  readonly evaluatedAt: string;
}

/** A hand-over (交接), kept with its reason and who recorded it. */
export interface HandOverEntry {
  readonly from: ProjectLeader;
  readonly to: ProjectLeader;
  readonly reason: string;
  readonly handedOverBy: string;
  readonly handedOverAt: string;
}

/**
 * A 书记领办项目 as the project board keeps it: its plan as launched, its milestones, progress,
 * leaders (who led it when) and year-end evaluation, folded from the project's events by the
 * board's own fold ({@link foldProjectDocument}).
 */
export type ProjectDocument = Readonly<Pick<ProjectLaunched['data'], 'projectId' | 'unitId' | 'unitChain' | 'year' | 'title' | 'goal' | 'launchedBy' | 'launchedAt'>> & {
  readonly status: 'active' | 'evaluated';
  readonly leader: ProjectLeader;
  readonly leaders: readonly LeadershipTermEntry[];
  readonly handOvers: readonly HandOverEntry[];
  readonly milestones: readonly MilestoneEntry[];
  readonly progress: readonly ProjectProgressEntry[];
  readonly evaluation: ProjectEvaluationEntry | null;
};

export interface UnlaunchedProjectDocument {
  readonly status: 'unlaunched';
}

export type ProjectBoardDocument = ProjectDocument | UnlaunchedProjectDocument;

export const NO_PROJECT: UnlaunchedProjectDocument = { status: 'unlaunched' };

const PROJECT_TYPES = new Set<string>(PROJECT_EVENT_TYPES);

/** The gravest warning up on any milestone not reached: 0 none, 1 blue, 2 yellow, 3 red (0 once the project is evaluated). */
export function projectWarningLevel(document: ProjectDocument): number {
  if (document.status !== 'active') return 0;
  const colours = document.milestones.flatMap((milestone) => milestone.warnings);
  return colours.includes('red') ? 3 : colours.includes('yellow') ? 2 : colours.includes('blue') ? 1 : 0;
}

/** The earliest due day of a milestone not reached; null once every one is reached or the project is evaluated. */
export function nextMilestoneDue(document: ProjectDocument): CalendarDate | null {
  if (document.status !== 'active') return null;
  return document.milestones.filter((milestone) => milestone.completedAt === null).map((milestone) => milestone.dueOn).sort()[0] ?? null;
}

function withMilestone(document: ProjectDocument, milestoneId: string, change: (milestone: MilestoneEntry) => MilestoneEntry): ProjectDocument {
  return { ...document, milestones: document.milestones.map((milestone) => (milestone.milestoneId === milestoneId ? change(milestone) : milestone)) };
}

/** Folds one event of a project's stream into its board document; nothing before ProjectLaunched counts. */
export function foldProjectDocument(document: ProjectBoardDocument, event: FoldableEvent): ProjectBoardDocument {
  if (!PROJECT_TYPES.has(event.type)) return document;
  const typed = { type: event.type, data: event.data } as ProjectEvent;
  if (typed.type === 'ProjectLaunched') {
    const { projectId, unitId, unitChain, year, title, goal, leader, milestones, launchedBy, launchedAt } = typed.data;
    // The leader's and each milestone's own fields, then the entry's, copied with Object.assign: as
    // a spread followed by more properties, V8 (Node 20) copies an object parsed from JSON into one
    // it then extends about ten times as slowly, which was most of the board's fold in a rebuild.
    return {
      status: 'active',
      projectId,
      unitId,
      unitChain,
      year,
      title,
      goal,
      launchedBy,
      launchedAt,
      leader,
      leaders: [Object.assign({}, leader, { from: launchedAt, until: null })],
      handOvers: [],
      milestones: milestones.map((milestone): MilestoneEntry =>
        Object.assign({}, milestone, {
          completedAt: null,
          completedBy: null,
          completionReport: null,
          late: false,
          warnings: [],
          warningsRaised: [],
          attachments: [],
        }),
      ),
      progress: [],
      evaluation: null,
    };
  }
  if (document.status === 'unlaunched') return document;
  switch (typed.type) {
    case 'ProjectProgressReported': {
      const { reportNumber, milestoneId, report, reportedBy, reportedAt, attachments = [] } = typed.data;
      return { ...document, progress: [...document.progress, { reportNumber, milestoneId, report, reportedBy, reportedAt, attachments }] };
    }
    case 'MilestoneCompleted': {
      const { milestoneId, completedAt, completedBy, report, late, attachments = [] } = typed.data;
      return withMilestone(document, milestoneId, (milestone) => ({ ...milestone, completedAt, completedBy, completionReport: report, late, warnings: [], attachments }));
    }
    case 'ProjectHandedOver': {
      const { from, to, reason, handedOverBy, handedOverAt } = typed.data;
      const leaders = document.leaders.map((term) => (term.until === null ? { ...term, until: handedOverAt } : term));
      return {
        ...document,
        leader: to,
        // The new leader's term copied as at the launch (see there).
        leaders: [...leaders, Object.assign({}, to, { from: handedOverAt, until: null })],
        handOvers: [...document.handOvers, { from, to, reason, handedOverBy, handedOverAt }],
      };
    }
    case 'MilestoneWarningRaised': {
      const { milestoneId, colour } = typed.data;
      return withMilestone(document, milestoneId, (milestone) => ({
        ...milestone,
        warnings: [...milestone.warnings, colour],
        warningsRaised: [...milestone.warningsRaised, colour],
      }));
    }
    case 'ProjectEvaluated': {
      const { grade, comment, milestonesCompleted, milestonesLate, milestonesPlanned, evaluatedBy, evaluatedAt } = typed.data;
      return { ...document, status: 'evaluated', evaluation: { grade, comment, milestonesCompleted, milestonesLate, milestonesPlanned, evaluatedBy, evaluatedAt } };
    }
    default:
      return document;
  }
}
