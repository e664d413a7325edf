import { assertNever, endOfShanghaiDay, isBlank, isCalendarDate, TimerRequest, WorkingDayCalendar } from '@app/workflow';
import { WARNING_COLOURS, WarningColour } from '../cases/case';
import { CaseSettings } from '../cases/case.settings';
import { blueWarningAt, colourToRaise, graverWarningUp, redWarningAt, yellowWarningAt } from '../cases/case-warnings';
import { assertWithinOrgScope } from '../org-units/org-scope';
import { checkedAttachments, withAttachments } from '../shared/evidence';
import { MAX_MILESTONES, milestoneTimerName, PROJECT_GRADES } from './project';
import {
  CompleteMilestone,
  EvaluateProject,
  HandOverProject,
  LaunchProject,
  ProjectCommand,
  RaiseMilestoneWarning,
  ReportProjectProgress,
} from './project.commands';
import {
  InvalidProjectPlan,
  MilestoneAlreadyCompleted,
  MilestoneNotFound,
  ProjectAlreadyEvaluated,
  ProjectAlreadyLaunched,
  ProjectNotFound,
  ProjectTextRequired,
  SameProjectLeader,
} from './project.errors';
import { ActiveProject, MilestoneState, ProjectState } from './project.state';
import type { ProjectTransition } from './project.workflow';

/*
 * What each command of a 书记领办项目 decides. Officials act for their unit and the units below it
 * (the same org scope as cases); admins for any.
 */

function active(state: ProjectState): ActiveProject {
  if (state.status === 'unlaunched') throw new ProjectNotFound();
  if (state.status === 'evaluated') throw new ProjectAlreadyEvaluated(state.projectId);
  return state;
}

function textOf(value: unknown, field: string): string {
  if (typeof value !== 'string' || isBlank(value)) throw new ProjectTextRequired(field);
  return value.trim();
}

function milestoneOf(state: ActiveProject, milestoneId: string): MilestoneState {
  const milestone = state.milestones.find((candidate) => candidate.milestoneId === milestoneId);
  if (milestone === undefined) throw new MilestoneNotFound(state.projectId, milestoneId);
  return milestone;
}

/** What is wrong with a plan: every problem, so a form can show them all at once. */
export function planProblems(command: LaunchProject): string[] {
  const problems: string[] = [];
  if (isBlank(command.projectId)) problems.push('a project id');
  if (isBlank(command.title)) problems.push('a title');
  if (isBlank(command.goal)) problems.push('a goal');
  if (isBlank(command.unitId) || command.unitChain[0] !== command.unitId) problems.push('the unit, first in its chain');
  if (isBlank(command.leader?.personId) || isBlank(command.leader?.name)) problems.push('the leading secretary, by id and name');
  if (!Number.isInteger(command.year) || command.year < 2000 || command.year > 2100) problems.push('a year');
  const milestones = Array.isArray(command.milestones) ? command.milestones : [];
  if (milestones.length === 0 || milestones.length > MAX_MILESTONES) problems.push(`1 to ${MAX_MILESTONES} milestones`);
  const ids = new Set<string>();
  milestones.forEach((milestone, index) => {
    const at = `milestone ${index + 1}`;
    if (isBlank(milestone.milestoneId) || ids.has(milestone.milestoneId)) problems.push(`${at}: an id of its own`);
    ids.add(milestone.milestoneId);
    if (isBlank(milestone.title)) problems.push(`${at}: a title`);
    if (!isCalendarDate(milestone.dueOn) || Number(milestone.dueOn.slice(0, 4)) !== command.year) problems.push(`${at}: a due day in ${command.year}`);
  });
  return problems;
}

export const launching: ProjectTransition<LaunchProject> = {
  roles: ['admin', 'official'],
  decide: (state, command, { actor, now }) => {
    if (state.status !== 'unlaunched') throw new ProjectAlreadyLaunched(state.projectId);
    const problems = planProblems(command);
    if (problems.length > 0) throw new InvalidProjectPlan(problems);
    assertWithinOrgScope(actor, command.unitChain);
    return [
      {
        type: 'ProjectLaunched',
        data: {
          projectId: command.projectId,
          unitId: command.unitId,
          unitChain: [...command.unitChain],
          year: command.year,
          title: command.title.trim(),
          goal: command.goal.trim(),
          leader: { personId: command.leader.personId, name: command.leader.name.trim() },
          milestones: [...command.milestones]
            .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
            .map(({ milestoneId, title, dueOn }) => ({ milestoneId, title: title.trim(), dueOn, deadlineAt: endOfShanghaiDay(dueOn).toISOString() })),
          launchedBy: actor.userId,
          launchedAt: now.toISOString(),
        },
      },
    ];
  },
};

export const progressReporting: ProjectTransition<ReportProjectProgress> = {
  roles: ['admin', 'official'],
  decide: (state, command, { actor, now }) => {
    const project = active(state);
    assertWithinOrgScope(actor, project.unitChain);
    const report = textOf(command.report, 'report');
    if (command.milestoneId !== undefined) milestoneOf(project, command.milestoneId);
    const attachments = checkedAttachments(command.attachments);
    return [
      {
        type: 'ProjectProgressReported',
        data: {
          projectId: project.projectId,
          milestoneId: command.milestoneId ?? null,
          report,
          reportNumber: project.progressReports + 1,
          reportedBy: actor.userId,
          reportedAt: now.toISOString(),
          ...withAttachments(attachments),
        },
      },
    ];
  },
};

export const milestoneCompletion: ProjectTransition<CompleteMilestone> = {
  roles: ['admin', 'official'],
  decide: (state, command, { actor, now }) => {
    const project = active(state);
    assertWithinOrgScope(actor, project.unitChain);
    const milestone = milestoneOf(project, command.milestoneId);
    if (milestone.completedAt !== null) throw new MilestoneAlreadyCompleted(project.projectId, milestone.milestoneId);
    const report = textOf(command.report, 'report');
    const attachments = checkedAttachments(command.attachments);
    return [
      {
        type: 'MilestoneCompleted',
        data: {
          projectId: project.projectId,
          milestoneId: milestone.milestoneId,
          report,
          late: now.getTime() > Date.parse(milestone.deadlineAt),
          clearedWarnings: [...milestone.warnings],
          completedBy: actor.userId,
          completedAt: now.toISOString(),
          ...withAttachments(attachments),
        },
      },
    ];
  },
};

export const handOver: ProjectTransition<HandOverProject> = {
  roles: ['admin', 'official'],
  decide: (state, command, { actor, now }) => {
    const project = active(state);
    assertWithinOrgScope(actor, project.unitChain);
    const personId = textOf(command.leader?.personId, 'new leader');
    const name = textOf(command.leader?.name, 'new leader’s name');
    if (personId === project.leader.personId) throw new SameProjectLeader(personId);
    return [
      {
        type: 'ProjectHandedOver',
        data: {
          projectId: project.projectId,
          from: project.leader,
          to: { personId, name },
          reason: textOf(command.reason, 'reason'),
          handedOverBy: actor.userId,
          handedOverAt: now.toISOString(),
        },
      },
    ];
  },
};

export const evaluation: ProjectTransition<EvaluateProject> = {
  roles: ['admin', 'inspector'],
  decide: (state, command, { actor, now }) => {
    const project = active(state);
    if (!PROJECT_GRADES.includes(command.grade)) throw new InvalidProjectPlan([`a grade of ${PROJECT_GRADES.join(', ')}`]);
    const completed = project.milestones.filter((milestone) => milestone.completedAt !== null);
    return [
      {
        type: 'ProjectEvaluated',
        data: {
          projectId: project.projectId,
          grade: command.grade,
          comment: textOf(command.comment, 'comment'),
          milestonesCompleted: completed.length,
          milestonesLate: completed.filter((milestone) => milestone.late).length,
          milestonesPlanned: project.milestones.length,
          evaluatedBy: actor.userId,
          evaluatedAt: now.toISOString(),
        },
      },
    ];
  },
};

/** When a warning of `colour` would go up on a milestone: not once it is completed or up already. */
export function milestoneWarningAt(milestone: MilestoneState, colour: WarningColour, calendar: WorkingDayCalendar, settings: CaseSettings): Date | undefined {
  if (milestone.completedAt !== null || milestone.warnings.includes(colour)) return undefined;
  if (graverWarningUp(colour, milestone.warnings)) return undefined;
  switch (colour) {
    case 'blue':
      return blueWarningAt(milestone.dueOn, calendar, settings);
    case 'yellow':
      return yellowWarningAt(milestone.dueOn);
    case 'red':
      return redWarningAt(milestone.dueOn, calendar, settings);
    default:
      return assertNever(colour);
  }
}

/** The warning timers an active project wants: per open milestone, one per colour still to go up. */
export function milestoneTimers(
  state: ProjectState,
  { calendar, settings }: { readonly calendar: WorkingDayCalendar; readonly settings: CaseSettings },
): TimerRequest<ProjectCommand>[] {
  if (state.status !== 'active') return [];
  return state.milestones.flatMap((milestone) =>
    WARNING_COLOURS.flatMap((colour) => {
      const dueAt = milestoneWarningAt(milestone, colour, calendar, settings);
      return dueAt === undefined
        ? []
        : [{ name: milestoneTimerName(milestone.milestoneId, colour), dueAt, command: { type: 'RaiseMilestoneWarning', milestoneId: milestone.milestoneId, colour, dueAt: dueAt.toISOString() } as RaiseMilestoneWarning }];
    }),
  );
}

/**
 * 挂牌 on a milestone, when its timer fires. A timer for a warning that no longer applies (the
 * milestone was completed, or the warning is up) decides nothing: the runtime may deliver late.
 */
export const milestoneWarning: ProjectTransition<RaiseMilestoneWarning> = {
  roles: ['system'],
  decide: (state, command, { calendar, settings, now }) => {
    if (state.status !== 'active') return [];
    const milestone = state.milestones.find((candidate) => candidate.milestoneId === command.milestoneId);
    if (milestone === undefined || milestoneWarningAt(milestone, command.colour, calendar, settings) === undefined) return [];
    // Timers due together fire in any order: the gravest warning due goes up (see colourToRaise).
    const colour = colourToRaise((candidate) => milestoneWarningAt(milestone, candidate, calendar, settings), now) ?? command.colour;
    return [
      {
        type: 'MilestoneWarningRaised',
        data: {
          projectId: state.projectId,
          milestoneId: milestone.milestoneId,
          colour,
          dueOn: milestone.dueOn,
          unitId: state.unitId,
          timerDueAt: command.dueAt,
          raisedAt: now.toISOString(),
        },
      },
    ];
  },
};
