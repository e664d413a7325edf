import { Query } from '@nestjs/cqrs';
import type { OutboxFilter } from '@app/notifications';
import type { NotificationListResponse } from '../notification.responses';

/** Every notification with its delivery status, newest first (for admins and auditors). */
export class ListNotificationsQuery extends Query<NotificationListResponse> {
  constructor(
    readonly filter: OutboxFilter,
    readonly limit: number,
    readonly cursor: string | undefined,
  ) {
    super();
  }
}
