import { Command } from '@nestjs/cqrs';

/**
 * 修改密码: the owner proves who they are with the password they have (one an admin gave them, or
 * their own) and sets a new one. Not signed in: an account whose password must change gets no token
 * until it has. Counted against the account's failed sign-ins like a sign-in.
 */
export class ChangeOwnPasswordCommand extends Command<void> {
  constructor(
    readonly username: string,
    readonly currentPassword: string,
    readonly newPassword: string,
    readonly commandId: string,
  ) {
    super();
  }
}
