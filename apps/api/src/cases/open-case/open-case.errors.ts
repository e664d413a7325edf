import { DomainError, NotFoundError } from '@app/workflow';

export class FindingNotFound extends NotFoundError {
  readonly code = 'FINDING_NOT_FOUND';
  constructor(taskId: string, findingId: string) {
    super('The task has no finding with this id', { taskId, findingId });
  }
}

export class CaseUnitOffFindingChain extends DomainError {
  readonly code = 'CASE_UNIT_OFF_FINDING_CHAIN';
  constructor(findingUnitId: string, responsibleUnitId: string) {
    super('A case from a finding goes to the unit where the problem was found or a unit above it', { findingUnitId, responsibleUnitId });
  }
}
