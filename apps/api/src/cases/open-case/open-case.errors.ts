import { NotFoundError } from '@app/workflow';

export class FindingNotFound extends NotFoundError {
  readonly code = 'FINDING_NOT_FOUND';
  constructor(taskId: string, findingId: string) {
    super('The task has no finding with this id', { taskId, findingId });
  }
}

