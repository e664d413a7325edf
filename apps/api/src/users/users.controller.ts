import { applyDecorators, Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { Public, Roles } from '@app/auth';
import { CommandMetadata } from '@app/workflow-runtime';
import { randomUUID } from 'node:crypto';
import { CommandMeta } from '../http/command-metadata.decorator';
import { HeaderSink } from '../http/header-sink';
import { ApiVersionedResponse, commandResponse, CommandResponse, withETag } from '../http/stream-response';
import { AccountCommandOutcome, AccountView } from './account-commands';
import { ChangeOwnPasswordCommand } from './change-own-password/change-own-password.command';
import { GetAccountQuery } from './get-account/get-account.query';
import { ListUsersQuery } from './list-users/list-users.query';
import { OpenAccountCommand } from './open-account/open-account.command';
import { AccountStep, TakeAccountStep } from './take-account-step/take-account-step.command';
import {
  AccountNameRequest,
  AccountRolesRequest,
  AccountUnitRequest,
  ChangeOwnPasswordRequest,
  DisableAccountRequest,
  OpenAccountRequest,
  ResetPasswordRequest,
  UserListQuery,
} from './user.requests';
import { AccountCommandResponse, UserListResponse, UserResponse } from './user.responses';

/** A change to an existing account: POST /users/:id/<path>, answered 200 with the account after it and its version as the ETag (admin). */
function AccountStepRoute(path: string, summary: string, conflicts?: string): MethodDecorator {
  return applyDecorators(
    Post(`users/:id/${path}`),
    HttpCode(200),
    Roles('admin'),
    ApiOperation({ summary }),
    ApiVersionedResponse(AccountCommandResponse),
    ApiNotFoundResponse({ description: 'ACCOUNT_NOT_FOUND' }),
    ...(conflicts === undefined ? [] : [ApiConflictResponse({ description: conflicts })]),
  );
}

/**
 * 用户管理 over HTTP: admins open accounts and change them; every change is an event on the
 * account's stream (`user-<id>`), so the audit trail shows who granted what to whom and when. A
 * change to roles or unit, disabling or a password set ends the account's sessions at once.
 */
@ApiTags('users')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'ROLE_FORBIDDEN: admins only' })
@Controller()
export class UsersController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Get('users')
  @Roles('admin')
  @ApiOperation({ summary: 'The user accounts by username, optionally only those holding a role (admin)' })
  @ApiOkResponse({ type: UserListResponse })
  async list(@Query() { role }: UserListQuery): Promise<UserListResponse> {
    return { items: await this.queries.execute(new ListUsersQuery(role)) };
  }

  @Get('users/:id')
  @Roles('admin')
  @ApiOperation({ summary: 'One account, its stream version as the ETag (admin)' })
  @ApiVersionedResponse(UserResponse)
  @ApiNotFoundResponse({ description: 'ACCOUNT_NOT_FOUND' })
  async get(@Param('id') id: string, @Res({ passthrough: true }) response: HeaderSink): Promise<AccountView> {
    const found = await this.queries.execute(new GetAccountQuery(id));
    withETag(response, found.version);
    return found.account;
  }

  @Post('users')
  @Roles('admin')
  @ApiOperation({ summary: '开通账号: open an account with a first password its owner changes at first sign-in (admin)' })
  @ApiVersionedResponse(AccountCommandResponse, { status: 201 })
  @ApiBadRequestResponse({ description: 'INVALID_USERNAME, INVALID_ACCOUNT_ROLES, ACCOUNT_UNIT_REQUIRED, DISPLAY_NAME_REQUIRED, WEAK_PASSWORD (details.weaknesses)' })
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND' })
  @ApiConflictResponse({ description: 'ACCOUNT_ALREADY_EXISTS' })
  async open(@Body() body: OpenAccountRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return answer(response, await this.commands.execute(new OpenAccountCommand(body, meta)));
  }

  @AccountStepRoute('roles', 'Set the account’s roles; its sessions end (admin; never your own admin role)', 'CANNOT_LOCK_OUT_SELF (403), ACCOUNT_UNIT_REQUIRED')
  roles(@Param('id') id: string, @Body() body: AccountRolesRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.step(id, { type: 'ChangeAccountRoles', roles: body.roles }, meta, response);
  }

  @AccountStepRoute('unit', 'Put the account under another unit (its home county follows); its sessions end (admin)', 'ACCOUNT_UNIT_REQUIRED; 404 ORG_UNIT_NOT_FOUND')
  unit(@Param('id') id: string, @Body() body: AccountUnitRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.step(id, { type: 'MoveAccount', orgUnitId: body.orgUnitId ?? null }, meta, response);
  }

  @AccountStepRoute('rename', 'Change the account’s display name (admin)')
  rename(@Param('id') id: string, @Body() body: AccountNameRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.step(id, { type: 'RenameAccount', displayName: body.displayName }, meta, response);
  }

  @AccountStepRoute('disable', 'Disable the account with a reason: it cannot sign in and its sessions end at once (admin; never your own)', 'ACCOUNT_DISABLED (already), CANNOT_LOCK_OUT_SELF (403)')
  disable(@Param('id') id: string, @Body() body: DisableAccountRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.step(id, { type: 'DisableAccount', reason: body.reason }, meta, response);
  }

  @AccountStepRoute('enable', 'Enable a disabled account (admin)', 'ACCOUNT_ALREADY_ENABLED')
  enable(@Param('id') id: string, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.step(id, { type: 'EnableAccount' }, meta, response);
  }

  @AccountStepRoute('reset-password', 'Set a new password its owner must change at next sign-in; its sessions end (admin)', '400 WEAK_PASSWORD')
  resetPassword(@Param('id') id: string, @Body() body: ResetPasswordRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.step(id, { type: 'ResetPassword', password: body.password }, meta, response);
  }

  @AccountStepRoute('unlock', 'Forget the account’s failed sign-ins, lifting ACCOUNT_RATE_LIMITED at once (admin)', 'ACCOUNT_DISABLED')
  unlock(@Param('id') id: string, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.step(id, { type: 'UnlockAccount' }, meta, response);
  }

  @Public()
  @Throttle({ default: {} })
  @Post('auth/password')
  @HttpCode(204)
  @ApiOperation({
    summary: '修改密码: set your own password, proving who you are with the one you have',
    description:
      'Needs no token: an account whose password an admin set (PASSWORD_CHANGE_REQUIRED at sign-in) gets none until its owner has set their own. ' +
      'Limited like sign-in: per client address and per account (failed attempts count). Every session of the account ends.',
  })
  @ApiNoContentResponse({ description: 'the password is changed: sign in with it' })
  @ApiBadRequestResponse({ description: 'WEAK_PASSWORD (details.weaknesses), PASSWORD_UNCHANGED' })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS' })
  @ApiForbiddenResponse({ description: 'ACCOUNT_DISABLED' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED, ACCOUNT_RATE_LIMITED (with Retry-After)' })
  async changePassword(@Body() body: ChangeOwnPasswordRequest): Promise<void> {
    await this.commands.execute(new ChangeOwnPasswordCommand(body.username, body.currentPassword, body.newPassword, randomUUID()));
  }

  private async step(id: string, step: AccountStep, meta: CommandMetadata, response: HeaderSink): Promise<CommandResponse> {
    return answer(response, await this.commands.execute(new TakeAccountStep(id, step, meta)));
  }
}

function answer(response: HeaderSink, { userId, result }: AccountCommandOutcome): CommandResponse {
  return commandResponse(response, userId, result);
}
