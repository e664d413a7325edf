import { DomainError, NotFoundError } from '@app/workflow';

export class RoundNotFound extends NotFoundError {
  readonly code = 'ROUND_NOT_FOUND';
  constructor(roundId?: string) {
    super('Round not found', roundId === undefined ? {} : { roundId });
  }
}

export class RoundAlreadyPlanned extends DomainError {
  readonly code = 'ROUND_ALREADY_PLANNED';
  constructor(roundId: string) {
    super('Round already planned', { roundId });
  }
}

export class UnknownRoundKind extends DomainError {
  readonly code = 'UNKNOWN_ROUND_KIND';
  constructor(kind: unknown) {
    super('A round is deep-research, walk-see-compete, major-inspection, quarterly-theme or duty-review', { kind });
  }
}

export class RoundTitleRequired extends DomainError {
  readonly code = 'ROUND_TITLE_REQUIRED';
  constructor() {
    super('A round has a title');
  }
}

export class InvalidPeriod extends DomainError {
  readonly code = 'INVALID_PERIOD';
  constructor(period: unknown, expected: string) {
    super(`A round's period is written ${expected}`, { period });
  }
}

/** 一季一主题: a quarterly-theme round is about its theme. */
export class ThemeRequired extends DomainError {
  readonly code = 'THEME_REQUIRED';
  constructor() {
    super('A quarterly-theme round has a theme');
  }
}

export class InvalidRoundScope extends DomainError {
  readonly code = 'INVALID_ROUND_SCOPE';
  constructor(scopeCountyIds: unknown) {
    super("A round's scope names one or more counties, each once", { scopeCountyIds });
  }
}

export class InvalidRubric extends DomainError {
  readonly code = 'INVALID_RUBRIC';
  constructor(readonly problems: readonly string[]) {
    super('A rubric has a positive version and at least one item, with unique codes, titles, and weights and maximum scores above 0', {
      problems,
    });
  }
}

export class InvalidScoringPolicy extends DomainError {
  readonly code = 'INVALID_SCORING_POLICY';
  constructor(policy: unknown) {
    super('A scoring policy is mean, trimmed-mean or z-normalised, with deductions of 0 or more points', { policy });
  }
}

export class InvalidRoundWindow extends DomainError {
  readonly code = 'INVALID_ROUND_WINDOW';
  constructor(window: unknown) {
    super("A round's window runs between two YYYY-MM-DD dates, opening no later than it closes", { window });
  }
}

/** Tasks copy the rubric when they are assigned; once a round starts its rubric stays put. */
export class RubricLocked extends DomainError {
  readonly code = 'RUBRIC_LOCKED';
  constructor(roundId: string, status: string) {
    super('A rubric can be revised only while its round is planned', { roundId, status });
  }
}

export class RoundAlreadyStarted extends DomainError {
  readonly code = 'ROUND_ALREADY_STARTED';
  constructor(roundId: string) {
    super('Round already started', { roundId });
  }
}

export class RoundNotActive extends DomainError {
  readonly code = 'ROUND_NOT_ACTIVE';
  constructor(roundId: string, status: string) {
    super('Round not active', { roundId, status });
  }
}

export class RoundScoringAlreadyClosed extends DomainError {
  readonly code = 'ROUND_SCORING_ALREADY_CLOSED';
  constructor(roundId: string) {
    super('Round scoring already closed', { roundId });
  }
}

export class RoundScoringNotClosed extends DomainError {
  readonly code = 'ROUND_SCORING_NOT_CLOSED';
  constructor(roundId: string) {
    super('A round is published only after its scoring is closed', { roundId });
  }
}

export class RoundAlreadyPublished extends DomainError {
  readonly code = 'ROUND_ALREADY_PUBLISHED';
  constructor(roundId: string) {
    super('Round already published', { roundId });
  }
}

export class RoundNotPublished extends DomainError {
  readonly code = 'ROUND_NOT_PUBLISHED';
  constructor(roundId: string, status: string) {
    super('A round is archived, or its ranking republished, only after it is published', { roundId, status });
  }
}

/** A round that ranks counties is published with its ranking, so the log holds what people were shown. */
export class RankingRequired extends DomainError {
  readonly code = 'RANKING_REQUIRED';
  constructor(roundId: string, rankingRoundId: string | null) {
    super('A round that ranks counties is published with its own ranking', { roundId, rankingRoundId });
  }
}

export class RepublishReasonRequired extends DomainError {
  readonly code = 'REPUBLISH_REASON_REQUIRED';
  constructor(roundId: string) {
    super('A published ranking is replaced only for a stated reason', { roundId });
  }
}

/** A republication that would show the same figures as the publication in force adds nothing. */
export class RankingUnchanged extends DomainError {
  readonly code = 'RANKING_UNCHANGED';
  constructor(roundId: string, publication: number, inputsHash: string) {
    super('The ranking has not changed since it was published: there is nothing to republish', { roundId, publication, inputsHash });
  }
}

export class RoundAlreadyArchived extends DomainError {
  readonly code = 'ROUND_ALREADY_ARCHIVED';
  constructor(roundId: string) {
    super('Round already archived: it no longer changes', { roundId });
  }
}

/** Tasks are assigned while a round is planned or active. */
export class RoundNotAcceptingTasks extends DomainError {
  readonly code = 'ROUND_NOT_ACCEPTING_TASKS';
  constructor(roundId: string, status: string) {
    super('Tasks are assigned only while their round is planned or active', { roundId, status });
  }
}

export class TargetOutsideRoundScope extends DomainError {
  readonly code = 'TARGET_OUTSIDE_ROUND_SCOPE';
  constructor(roundId: string, countyId: string | null) {
    super("A task's target lies in a county within its round's scope", { roundId, countyId });
  }
}
