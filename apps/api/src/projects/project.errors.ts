import { DomainError } from '@app/workflow';

/** A project is led by its unit's secretary (第一责任人): a unit without one cannot launch or take over a project. */
export class UnitWithoutSecretary extends DomainError {
  readonly code = 'UNIT_WITHOUT_SECRETARY';
  constructor(unitId: string) {
    super('The unit has no secretary (第一责任人) to lead the project', { unitId });
  }
}
