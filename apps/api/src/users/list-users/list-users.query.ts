import { Query } from '@nestjs/cqrs';
import type { UserAccount } from '@app/auth';

/** The user accounts, by username; with `role`, only those holding it (the task assignment's inspector picker). */
export class ListUsersQuery extends Query<UserAccount[]> {
  constructor(readonly role?: string) {
    super();
  }
}
