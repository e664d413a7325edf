import { DomainError, NotFoundError } from '@app/workflow';

export class ProjectionNotFound extends NotFoundError {
  readonly code = 'PROJECTION_NOT_FOUND';
  constructor(name: string) {
    super('No read model has this name', { projection: name });
  }
}

export class RebuildAlreadyRunning extends DomainError {
  readonly code = 'REBUILD_ALREADY_RUNNING';
  constructor(name: string) {
    super('A rebuild of this read model is already running', { projection: name });
  }
}
