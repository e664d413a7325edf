export { isProjectGrade, MAX_MILESTONES, milestoneTimerName, PROJECT_GRADES, ProjectGrade, ProjectLeader, projectStreamId, projectStreams } from './project';
export * from './project.commands';
export * from './project.events';
export * from './project.errors';
export { ActiveProject, EvaluatedProject, initialProjectState, LaunchedProject, LeadershipTerm, MilestoneState, ProjectState, UnlaunchedProject, evolveProject } from './project.state';
export { milestoneTimers, milestoneWarningAt, planProblems } from './project-steps';
export { projectWorkflow, ProjectTransition } from './project.workflow';
