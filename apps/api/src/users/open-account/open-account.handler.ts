import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { assertPasswordAcceptable } from '@app/supervision';
import { AccountCommandOutcome, AccountCommands } from '../account-commands';
import { OpenAccountCommand } from './open-account.command';

@CommandHandler(OpenAccountCommand)
export class OpenAccountHandler implements ICommandHandler<OpenAccountCommand, AccountCommandOutcome> {
  constructor(@Inject(AccountCommands) private readonly accounts: AccountCommands) {}

  async execute({ account, metadata }: OpenAccountCommand): Promise<AccountCommandOutcome> {
    const placement = await this.accounts.placement(account.orgUnitId);
    assertPasswordAcceptable(account.password, account.username);
    return this.accounts.send(
      account.username,
      { type: 'CreateAccount', username: account.username, displayName: account.displayName, roles: account.roles, ...placement, passwordMustChange: true },
      { ...metadata, ...(placement.orgUnitId === null ? {} : { orgUnitId: placement.orgUnitId }) },
      account.password,
    );
  }
}
