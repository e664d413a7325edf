import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UserAccount, UserDirectory } from '@app/auth';
import { ListUsersQuery } from './list-users.query';

@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery, UserAccount[]> {
  constructor(@Inject(UserDirectory) private readonly users: UserDirectory) {}

  async execute({ role }: ListUsersQuery): Promise<UserAccount[]> {
    const accounts = await this.users.list();
    return role === undefined ? accounts : accounts.filter((account) => account.roles.includes(role));
  }
}
