import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UserDirectory } from '@app/auth';
import { accountView, AccountView } from '../account-commands';
import { ListUsersQuery } from './list-users.query';

@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery, AccountView[]> {
  constructor(@Inject(UserDirectory) private readonly users: UserDirectory) {}

  async execute({ role }: ListUsersQuery): Promise<AccountView[]> {
    const accounts = (await this.users.list()).map(accountView);
    return role === undefined ? accounts : accounts.filter((account) => account.roles.includes(role));
  }
}
