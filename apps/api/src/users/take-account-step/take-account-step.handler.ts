import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { assertPasswordAcceptable } from '@app/supervision';
import { AccountCommandOutcome, AccountCommands } from '../account-commands';
import { TakeAccountStep } from './take-account-step.command';

@CommandHandler(TakeAccountStep)
export class TakeAccountStepHandler implements ICommandHandler<TakeAccountStep, AccountCommandOutcome> {
  constructor(@Inject(AccountCommands) private readonly accounts: AccountCommands) {}

  async execute({ userId, step, metadata }: TakeAccountStep): Promise<AccountCommandOutcome> {
    switch (step.type) {
      case 'MoveAccount':
        return this.accounts.send(userId, { type: 'MoveAccount', ...(await this.accounts.placement(step.orgUnitId)) }, metadata);
      case 'ResetPassword':
        assertPasswordAcceptable(step.password, userId);
        return this.accounts.send(userId, { type: 'ResetPassword' }, metadata, step.password);
      default:
        return this.accounts.send(userId, step, metadata);
    }
  }
}
