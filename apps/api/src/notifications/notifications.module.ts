import { Module } from '@nestjs/common';
import { NotificationsModule } from '@app/notifications';
import { ListInboxHandler } from './list-inbox/list-inbox.handler';
import { ListNotificationsHandler } from './list-notifications/list-notifications.handler';
import { NotificationsController } from './notifications.controller';
import { ReadAllNotificationsHandler, ReadNotificationHandler } from './read-notifications/read-notifications.handler';
import { RetryNotificationHandler } from './retry-notification/retry-notification.handler';

/** 通知 over HTTP: the inbox and the outbox's status, over the notifications lib. */
@Module({
  imports: [NotificationsModule],
  controllers: [NotificationsController],
  providers: [ListInboxHandler, ListNotificationsHandler, ReadNotificationHandler, ReadAllNotificationsHandler, RetryNotificationHandler],
})
export class NotificationsApiModule {}
