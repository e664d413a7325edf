import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { actorOfAccount, InvalidCredentialsError, LoginAttempts, SignInDisabledError, UserDirectory } from '@app/auth';
import { assertPasswordAcceptable, PasswordUnchanged } from '@app/supervision';
import { AccountCommands } from '../account-commands';
import { ChangeOwnPasswordCommand } from './change-own-password.command';

@CommandHandler(ChangeOwnPasswordCommand)
export class ChangeOwnPasswordHandler implements ICommandHandler<ChangeOwnPasswordCommand, void> {
  constructor(
    @Inject(AccountCommands) private readonly accounts: AccountCommands,
    @Inject(UserDirectory) private readonly users: UserDirectory,
    @Inject(LoginAttempts) private readonly attempts: LoginAttempts,
  ) {}

  async execute({ username, currentPassword, newPassword, commandId }: ChangeOwnPasswordCommand): Promise<void> {
    await this.attempts.admit(username);
    const account = await this.users.authenticate(username, currentPassword);
    if (account === undefined) throw new InvalidCredentialsError();
    await this.attempts.succeeded(username);
    if (account.disabled) throw new SignInDisabledError();
    assertPasswordAcceptable(newPassword, username);
    if (newPassword === currentPassword) throw new PasswordUnchanged();
    // The account's unit goes on the event from its state (AccountCommands.send).
    await this.accounts.send(account.userId, { type: 'ChangePassword' }, { actor: actorOfAccount(account), commandId }, newPassword);
  }
}
