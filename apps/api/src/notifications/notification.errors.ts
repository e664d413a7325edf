import { DomainError, NotFoundError } from '@app/workflow';

export class NotificationNotFound extends NotFoundError {
  readonly code = 'NOTIFICATION_NOT_FOUND';
  constructor(notificationId: string) {
    super('No notification with this id (or, in an inbox, none of yours)', { notificationId });
  }
}

/** Only a delivery given up (status `failed`) goes back in the queue; the others are under way or done. */
export class NotificationNotRetryable extends DomainError {
  readonly code = 'NOTIFICATION_NOT_RETRYABLE';
  constructor(notificationId: string, status: string) {
    super(`Only a failed delivery can be retried; this one is ${status}`, { notificationId, status });
  }
}
