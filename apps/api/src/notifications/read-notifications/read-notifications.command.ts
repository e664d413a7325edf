import { Command } from '@nestjs/cqrs';
import type { NotificationView } from '@app/notifications';

/** Marks one of the caller's notifications read. */
export class ReadNotificationCommand extends Command<NotificationView> {
  constructor(
    readonly userId: string,
    readonly notificationId: string,
  ) {
    super();
  }
}

/** Marks every unread notification of the caller read; answers how many were. */
export class ReadAllNotificationsCommand extends Command<number> {
  constructor(readonly userId: string) {
    super();
  }
}
