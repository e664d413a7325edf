import { DomainError, ForbiddenError, NotFoundError } from '@app/workflow';

export class DutyReviewNotFound extends NotFoundError {
  readonly code = 'DUTY_REVIEW_NOT_FOUND';
  constructor(reviewId?: string) {
    super('No such duty review: a unit a duty-review round covers', reviewId === undefined ? {} : { reviewId });
  }
}

/** Only a duty-review round has duty reviews; its rubric is the rating scale. */
export class NotADutyReviewRound extends DomainError {
  readonly code = 'NOT_A_DUTY_REVIEW_ROUND';
  constructor(roundId: string, kind: string) {
    super('The round is not a duty-review round', { roundId, kind });
  }
}

/** 述职 is the secretary's own: an admin may submit for them, nobody else. */
export class NotUnitSecretary extends ForbiddenError {
  readonly code = 'NOT_UNIT_SECRETARY';
  constructor(unitId: string) {
    super('Only the unit’s secretary (or an admin) submits its duty report', { unitId });
  }
}

/** Ratings are given only by the round's panel (评议组). */
export class NotOnPanel extends ForbiddenError {
  readonly code = 'NOT_ON_PANEL';
  constructor(roundId: string, userId: string) {
    super('Only a member of the round’s panel rates duty reports', { roundId, userId });
  }
}

export class DutyReportNotSubmitted extends DomainError {
  readonly code = 'DUTY_REPORT_NOT_SUBMITTED';
  constructor(reviewId?: string) {
    super('The duty report has not been submitted: there is nothing to rate', reviewId === undefined ? {} : { reviewId });
  }
}

/** Once rated, a report stays what the panel rated. */
export class DutyReportAlreadyRated extends DomainError {
  readonly code = 'DUTY_REPORT_ALREADY_RATED';
  constructor(reviewId: string) {
    super('The duty report has been rated: it is no longer replaced', { reviewId });
  }
}

export class InvalidDutyRating extends DomainError {
  readonly code = 'INVALID_DUTY_RATING';
  constructor(rating: unknown) {
    super('A rating is good, fairly-good, average or poor (好, 较好, 一般, 差)', { rating });
  }
}

export class DutyReviewTextRequired extends DomainError {
  readonly code = 'DUTY_REVIEW_TEXT_REQUIRED';
  constructor(field: string) {
    super(`A ${field} is required`, { field });
  }
}

/** What a duty-review round is planned with does not hold together: what is wrong is listed. */
export class InvalidDutyReviewSettings extends DomainError {
  readonly code = 'INVALID_DUTY_REVIEW_SETTINGS';
  constructor(readonly problems: readonly string[]) {
    super(`The duty review: ${problems.join('; ')}`, { problems });
  }
}

/** A duty-review round's publication records its results; another round's does not. */
export class DutyReviewResultsRequired extends DomainError {
  readonly code = 'DUTY_REVIEW_RESULTS_REQUIRED';
  constructor(roundId: string) {
    super('A duty-review round is published with its own results', { roundId });
  }
}
