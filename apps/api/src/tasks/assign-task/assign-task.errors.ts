import { NotFoundError } from '@app/workflow';

/** An inspector to assign is an account with the inspector role. */
export class InspectorNotFound extends NotFoundError {
  readonly code = 'INSPECTOR_NOT_FOUND';
  constructor(userId: string) {
    super('No inspector has this id', { inspectorId: userId });
  }
}
