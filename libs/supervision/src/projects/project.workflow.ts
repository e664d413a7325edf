import { DomainError, Transition, WorkflowDefinition } from '@app/workflow';
import { CaseSettings } from '../cases/case.settings';
import { ProjectCommand } from './project.commands';
import { ProjectAlreadyEvaluated, ProjectAlreadyLaunched, ProjectNotFound } from './project.errors';
import { ProjectEvent } from './project.events';
import { evolveProject, initialProjectState, ProjectState } from './project.state';
import { evaluation, handOver, launching, milestoneCompletion, milestoneTimers, milestoneWarning, progressReporting } from './project-steps';

/** What the project workflow does with command `C` in a step that takes it. */
export type ProjectTransition<C extends ProjectCommand> = Transition<ProjectState, C, ProjectEvent, CaseSettings>;

function refuseProjectCommand(state: ProjectState, command: ProjectCommand): DomainError {
  if (state.status === 'unlaunched') return new ProjectNotFound();
  if (command.type === 'LaunchProject') return new ProjectAlreadyLaunched(state.projectId);
  return new ProjectAlreadyEvaluated(state.projectId);
}

/**
 * A 书记领办项目's life (stream `project-<id>`): launched (立项, with its milestones) → active
 * (推进: progress reports, milestones reached, a hand-over when the secretary changes, warnings on
 * milestones that slip, with the cases' thresholds) → evaluated (年终评价), after which it takes
 * nothing more but the timers' late deliveries.
 */
export const projectWorkflow: WorkflowDefinition<ProjectState, ProjectCommand, ProjectEvent, CaseSettings> = {
  name: 'project',
  version: 1,
  initialState: initialProjectState,
  evolve: evolveProject,
  statusOf: (state) => state.status,
  refuse: refuseProjectCommand,
  states: {
    unlaunched: { on: { LaunchProject: launching } },
    active: {
      on: {
        ReportProjectProgress: progressReporting,
        CompleteMilestone: milestoneCompletion,
        HandOverProject: handOver,
        EvaluateProject: evaluation,
        RaiseMilestoneWarning: milestoneWarning,
      },
      timers: milestoneTimers,
    },
    evaluated: { on: { RaiseMilestoneWarning: milestoneWarning } },
  },
};
