import { DomainError, ForbiddenError, InvalidInputError, NotFoundError } from '@app/workflow';

/** The report does not hold together: every problem is listed, so a form can show them at once. */
export class InvalidIndicatorReport extends InvalidInputError {
  readonly code = 'INVALID_INDICATOR_REPORT';
  constructor(readonly problems: readonly string[]) {
    super(`The indicator report needs ${problems.join('; ')}`, { problems });
  }
}

/** Indicators are reported for villages (村/社区) only. */
export class NotAVillage extends DomainError {
  readonly code = 'NOT_A_VILLAGE';
  constructor(unitId: string) {
    super('Indicators are reported for a village or community only', { unitId });
  }
}

/** A village's indicators are reported by its township or county (or an admin), not by the village itself. */
export class IndicatorsReportedFromAbove extends ForbiddenError {
  readonly code = 'INDICATORS_REPORTED_FROM_ABOVE';
  constructor() {
    super('A village’s indicators are reported by its township or county, not by the village itself');
  }
}

export class IndicatorPeriodAlreadyReported extends DomainError {
  readonly code = 'INDICATOR_PERIOD_ALREADY_REPORTED';
  constructor(unitId: string, period: string) {
    super('The period was reported already: correct it, with a reason', { unitId, period });
  }
}

export class IndicatorPeriodNotReported extends NotFoundError {
  readonly code = 'INDICATOR_PERIOD_NOT_REPORTED';
  constructor(unitId: string, period: string) {
    super('The period was not reported: there is nothing to correct', { unitId, period });
  }
}

export class CorrectionReasonRequired extends DomainError {
  readonly code = 'CORRECTION_REASON_REQUIRED';
  constructor() {
    super('A correction needs its reason');
  }
}

/** A report meant for one village sent to another's stream: a mistake of the sender's. */
export class IndicatorVillageMismatch extends DomainError {
  readonly code = 'INDICATOR_VILLAGE_MISMATCH';
  constructor(expected: string, actual: string) {
    super('The report names another village than its stream’s', { expected, actual });
  }
}
