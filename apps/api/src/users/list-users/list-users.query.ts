import { Query } from '@nestjs/cqrs';
import type { AccountView } from '../account-commands';

/** The user accounts, by username; with `role`, only those holding it (the task assignment's inspector picker). */
export class ListUsersQuery extends Query<AccountView[]> {
  constructor(readonly role?: string) {
    super();
  }
}
