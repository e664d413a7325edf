import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NotificationStore, NotificationView } from '@app/notifications';
import { NotificationNotFound } from '../notification.errors';
import { ReadAllNotificationsCommand, ReadNotificationCommand } from './read-notifications.command';

@CommandHandler(ReadNotificationCommand)
export class ReadNotificationHandler implements ICommandHandler<ReadNotificationCommand, NotificationView> {
  constructor(@Inject(NotificationStore) private readonly notifications: NotificationStore) {}

  async execute({ userId, notificationId }: ReadNotificationCommand): Promise<NotificationView> {
    const read = await this.notifications.markRead(userId, notificationId);
    if (read === null) throw new NotificationNotFound(notificationId);
    return read;
  }
}

@CommandHandler(ReadAllNotificationsCommand)
export class ReadAllNotificationsHandler implements ICommandHandler<ReadAllNotificationsCommand, number> {
  constructor(@Inject(NotificationStore) private readonly notifications: NotificationStore) {}

  execute({ userId }: ReadAllNotificationsCommand): Promise<number> {
    return this.notifications.markAllRead(userId);
  }
}
