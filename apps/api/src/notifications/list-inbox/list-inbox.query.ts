import { Query } from '@nestjs/cqrs';
import type { InboxResponse } from '../notification.responses';

/** The caller's inbox, newest first. */
export class ListInboxQuery extends Query<InboxResponse> {
  constructor(
    readonly userId: string,
    readonly unreadOnly: boolean,
    readonly limit: number,
    readonly cursor: string | undefined,
  ) {
    super();
  }
}
