import { DomainError, NotFoundError } from '@app/workflow';

export class ProjectNotFound extends NotFoundError {
  readonly code = 'PROJECT_NOT_FOUND';
  constructor(projectId?: string) {
    super('Project not found', projectId === undefined ? {} : { projectId });
  }
}

export class ProjectAlreadyLaunched extends DomainError {
  readonly code = 'PROJECT_ALREADY_LAUNCHED';
  constructor(projectId: string) {
    super('Project already launched', { projectId });
  }
}

export class ProjectAlreadyEvaluated extends DomainError {
  readonly code = 'PROJECT_ALREADY_EVALUATED';
  constructor(projectId: string) {
    super('The project was evaluated: its year is over', { projectId });
  }
}

/** The plan is incomplete or does not hold together: what is missing or wrong is listed. */
export class InvalidProjectPlan extends DomainError {
  readonly code = 'INVALID_PROJECT_PLAN';
  constructor(readonly problems: readonly string[]) {
    super(`The project plan: ${problems.join('; ')}`, { problems });
  }
}

export class MilestoneNotFound extends NotFoundError {
  readonly code = 'MILESTONE_NOT_FOUND';
  constructor(projectId: string, milestoneId: string) {
    super('No such milestone on the project', { projectId, milestoneId });
  }
}

export class MilestoneAlreadyCompleted extends DomainError {
  readonly code = 'MILESTONE_ALREADY_COMPLETED';
  constructor(projectId: string, milestoneId: string) {
    super('The milestone was completed already', { projectId, milestoneId });
  }
}

export class ProjectTextRequired extends DomainError {
  readonly code = 'PROJECT_TEXT_REQUIRED';
  constructor(field: string) {
    super(`A ${field} is required`, { field });
  }
}

export class SameProjectLeader extends DomainError {
  readonly code = 'SAME_PROJECT_LEADER';
  constructor(personId: string) {
    super('The project is led by that person already', { personId });
  }
}
