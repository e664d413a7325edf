import { Command } from '@nestjs/cqrs';
import type { NotificationView } from '@app/notifications';

/** Puts a delivery given up back in the queue (admin). */
export class RetryNotificationCommand extends Command<NotificationView> {
  constructor(readonly notificationId: string) {
    super();
  }
}
