import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotificationStore } from '@app/notifications';
import { decodeNotificationCursor, encodeNotificationCursor } from '../notification-cursor';
import type { NotificationListResponse } from '../notification.responses';
import { ListNotificationsQuery } from './list-notifications.query';

@QueryHandler(ListNotificationsQuery)
export class ListNotificationsHandler implements IQueryHandler<ListNotificationsQuery, NotificationListResponse> {
  constructor(@Inject(NotificationStore) private readonly notifications: NotificationStore) {}

  async execute({ filter, limit, cursor }: ListNotificationsQuery): Promise<NotificationListResponse> {
    const page = await this.notifications.list(filter, limit, decodeNotificationCursor(cursor));
    return { items: page.items, nextCursor: encodeNotificationCursor(page.next) };
  }
}
