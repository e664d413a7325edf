import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccountCommands, accountView, AccountView } from '../account-commands';
import { GetAccountQuery } from './get-account.query';

@QueryHandler(GetAccountQuery)
export class GetAccountHandler implements IQueryHandler<GetAccountQuery, { version: number; account: AccountView }> {
  constructor(@Inject(AccountCommands) private readonly accounts: AccountCommands) {}

  async execute({ userId }: GetAccountQuery): Promise<{ version: number; account: AccountView }> {
    const { version, account } = await this.accounts.load(userId);
    return { version, account: accountView(account) };
  }
}
