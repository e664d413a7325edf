import { Module } from '@nestjs/common';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { AccountBootstrap } from './account-bootstrap';
import { AccountCommands } from './account-commands';
import { ChangeOwnPasswordHandler } from './change-own-password/change-own-password.handler';
import { GetAccountHandler } from './get-account/get-account.handler';
import { ListUsersHandler } from './list-users/list-users.handler';
import { OpenAccountHandler } from './open-account/open-account.handler';
import { TakeAccountStepHandler } from './take-account-step/take-account-step.handler';
import { UsersController } from './users.controller';

/** 用户管理: the accounts' routes and use cases; AccountCommands for whoever opens accounts at start (the first admin, the demo's). */
@Module({
  imports: [OrgUnitsModule],
  controllers: [UsersController],
  providers: [AccountCommands, AccountBootstrap, ListUsersHandler, GetAccountHandler, OpenAccountHandler, TakeAccountStepHandler, ChangeOwnPasswordHandler],
  exports: [AccountCommands, AccountBootstrap],
})
export class UsersModule {}
