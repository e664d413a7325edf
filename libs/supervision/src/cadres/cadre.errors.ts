import { DomainError, ForbiddenError, NotFoundError } from '@app/workflow';

/** Nobody of that id ever held a responsible role at any unit. */
export class CadreNotFound extends NotFoundError {
  readonly code = 'CADRE_NOT_FOUND';
  constructor(personId: string) {
    super('No cadre of that id: the person never held a role at any unit', { personId });
  }
}

export class CadreNotOfUnit extends DomainError {
  readonly code = 'CADRE_NOT_OF_UNIT';
  constructor(personId: string, unitId: string) {
    super('A record is made at a unit the person serves or served', { personId, unitId });
  }
}

export class CadreNotInRole extends DomainError {
  readonly code = 'CADRE_NOT_IN_ROLE';
  constructor(personId: string, unitId: string, role: string) {
    super('The person does not hold that role at the unit now', { personId, unitId, role });
  }
}

export class NotAVillageCadre extends DomainError {
  readonly code = 'NOT_A_VILLAGE_CADRE';
  constructor(unitId: string, kind: string | null) {
    super('Adjustments are of village and community cadres (村社干部)', { unitId, kind });
  }
}

/** A cadre is adjusted from above: by an official of a unit above the village, or an admin. */
export class AdjustmentFromAbove extends ForbiddenError {
  readonly code = 'ADJUSTMENT_FROM_ABOVE';
  constructor() {
    super('A village’s cadres are adjusted by the units above it, not by the village itself');
  }
}

/** The record or adjustment is incomplete: every problem is named. */
export class InvalidCadreRecord extends DomainError {
  readonly code = 'INVALID_CADRE_RECORD';
  constructor(readonly problems: readonly string[]) {
    super(`The record: ${problems.join('; ')}`, { problems });
  }
}

export class CadreRecordExists extends DomainError {
  readonly code = 'CADRE_RECORD_EXISTS';
  constructor(personId: string, recordId: string) {
    super('The person has a record of that id already', { personId, recordId });
  }
}
