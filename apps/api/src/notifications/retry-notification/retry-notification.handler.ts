import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NotificationDispatcher, NotificationStore, NotificationView } from '@app/notifications';
import { NotificationNotFound, NotificationNotRetryable } from '../notification.errors';
import { RetryNotificationCommand } from './retry-notification.command';

@CommandHandler(RetryNotificationCommand)
export class RetryNotificationHandler implements ICommandHandler<RetryNotificationCommand, NotificationView> {
  constructor(
    @Inject(NotificationStore) private readonly notifications: NotificationStore,
    @Inject(NotificationDispatcher) private readonly dispatcher: NotificationDispatcher,
  ) {}

  async execute({ notificationId }: RetryNotificationCommand): Promise<NotificationView> {
    const retried = await this.notifications.retry(notificationId);
    if (retried !== null) {
      this.dispatcher.poke();
      return retried;
    }
    const found = await this.notifications.get(notificationId);
    if (found === null) throw new NotificationNotFound(notificationId);
    throw new NotificationNotRetryable(notificationId, found.status);
  }
}
