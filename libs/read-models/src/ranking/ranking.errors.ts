import { DomainError } from '@app/workflow';

export { RoundNotRanked } from '@app/supervision';

export class RoundKindNotRanked extends DomainError {
  readonly code = 'ROUND_KIND_NOT_RANKED';
  constructor(kind: string) {
    super('Only walk-see-compete and quarterly-theme rounds rank counties', { kind });
  }
}

/** A trend is a county's: the unit exists but is not a county (区/县). */
export class NotACounty extends DomainError {
  readonly code = 'NOT_A_COUNTY';
  constructor(unitId: string, kind: string) {
    super('Rankings compare counties; this unit is not one', { unitId, kind });
  }
}
