import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { NotificationStore } from '@app/notifications';
import { decodeNotificationCursor, encodeNotificationCursor } from '../notification-cursor';
import type { InboxResponse } from '../notification.responses';
import { ListInboxQuery } from './list-inbox.query';

@QueryHandler(ListInboxQuery)
export class ListInboxHandler implements IQueryHandler<ListInboxQuery, InboxResponse> {
  constructor(@Inject(NotificationStore) private readonly notifications: NotificationStore) {}

  async execute({ userId, unreadOnly, limit, cursor }: ListInboxQuery): Promise<InboxResponse> {
    const page = await this.notifications.inbox(userId, { unreadOnly, limit, after: decodeNotificationCursor(cursor) });
    return { items: page.items, nextCursor: encodeNotificationCursor(page.next), unread: page.unread };
  }
}
