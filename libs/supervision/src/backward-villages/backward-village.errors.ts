import { DomainError, ForbiddenError, NotFoundError } from '@app/workflow';

export class BackwardVillageNotFound extends NotFoundError {
  readonly code = 'BACKWARD_VILLAGE_NOT_FOUND';
  constructor(listingId?: string) {
    super('No such backward-village listing', listingId === undefined ? {} : { listingId });
  }
}

/** The listing is incomplete or does not hold together: every problem is named. */
export class InvalidBackwardVillageListing extends DomainError {
  readonly code = 'INVALID_BACKWARD_VILLAGE_LISTING';
  constructor(readonly problems: readonly string[]) {
    super(`The listing: ${problems.join('; ')}`, { problems });
  }
}

export class ListedUnitNotAVillage extends DomainError {
  readonly code = 'LISTED_UNIT_NOT_A_VILLAGE';
  constructor(unitId: string, kind: string | null) {
    super('Only a village’s (村/社区) party organisation is listed as backward', { unitId, kind });
  }
}

export class VillageAlreadyListed extends DomainError {
  readonly code = 'VILLAGE_ALREADY_LISTED';
  constructor(unitId: string, listingId: string) {
    super('The village is on the backward list already', { unitId, listingId });
  }
}

export class BackwardVillageAlreadyListed extends DomainError {
  readonly code = 'BACKWARD_VILLAGE_ALREADY_LISTED';
  constructor(listingId: string) {
    super('The listing exists already', { listingId });
  }
}

/** The plan is incomplete or does not hold together: every problem is named. */
export class InvalidRectificationPlan extends DomainError {
  readonly code = 'INVALID_RECTIFICATION_PLAN';
  constructor(readonly problems: readonly string[]) {
    super(`The rectification plan: ${problems.join('; ')}`, { problems });
  }
}

/** A step taken out of order: the listing's status does not take it. */
export class BackwardVillageStepNotAllowed extends DomainError {
  readonly code = 'BACKWARD_VILLAGE_STEP_NOT_ALLOWED';
  constructor(listingId: string, status: string, step: string) {
    super(`A listing that is ${status} does not take ${step}`, { listingId, status, step });
  }
}

export class MeasureNotFound extends NotFoundError {
  readonly code = 'MEASURE_NOT_FOUND';
  constructor(listingId: string, measureId: string) {
    super('No such measure in the rectification plan', { listingId, measureId });
  }
}

export class MeasureAlreadyCompleted extends DomainError {
  readonly code = 'MEASURE_ALREADY_COMPLETED';
  constructor(listingId: string, measureId: string) {
    super('The measure was completed already', { listingId, measureId });
  }
}

/** Acceptance is checked only once every measure of the plan is done. */
export class MeasuresOutstanding extends DomainError {
  readonly code = 'MEASURES_OUTSTANDING';
  constructor(listingId: string, measureIds: readonly string[]) {
    super('Every measure of the plan is done before the county checks it', { listingId, measureIds });
  }
}

/** The acceptance check and the delisting are the county's: an official of the village's county, or an admin. */
export class NotTheVillagesCounty extends ForbiddenError {
  readonly code = 'NOT_THE_VILLAGES_COUNTY';
  constructor() {
    super('The acceptance check and the delisting are made by an official of the village’s county or an admin');
  }
}

export class BackwardVillageTextRequired extends DomainError {
  readonly code = 'BACKWARD_VILLAGE_TEXT_REQUIRED';
  constructor(field: string) {
    super(`A ${field} is required`, { field });
  }
}
