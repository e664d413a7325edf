import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError } from '@app/workflow';
import { MissingTokenError, SessionEndedError } from './auth.errors';
import { ALLOWED_ROLES, PUBLIC_ROUTE, RequestActor } from './auth.decorators';
import { TokenService } from './token-service';
import { actorOfAccount } from './user-account';
import { UserDirectory } from './user-directory';

export class RoleForbiddenError extends ForbiddenError {
  readonly code = 'ROLE_FORBIDDEN';
  constructor(allowed: readonly string[]) {
    super(`This needs one of the roles: ${allowed.join(', ')}`, { allowedRoles: allowed });
  }
}

/**
 * Every route needs a valid bearer token unless marked @Public(); @Roles() narrows it further. The
 * token's session is checked against the account on every request (one primary-key read), so a
 * disabled account, changed roles or unit, or a password set end it at once, not when it expires;
 * roles and unit are the account's as they are now.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TokenService) private readonly tokens: TokenService,
    @Inject(UserDirectory) private readonly users: UserDirectory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; actor?: RequestActor }>();
    const header = request.headers['authorization'];
    const match = header === undefined ? null : /^Bearer\s+(\S+)$/i.exec(header);
    if (match === null) throw new MissingTokenError();
    const claimed = this.tokens.actorOf(match[1]!);
    const account = await this.users.findById(claimed.userId);
    if (account === undefined || account.disabled || account.sessionVersion !== claimed.sessionVersion) throw new SessionEndedError();
    const actor: RequestActor = actorOfAccount(account);
    request.actor = actor;
    const allowed = this.reflector.getAllAndOverride<string[] | undefined>(ALLOWED_ROLES, targets);
    if (allowed !== undefined && !actor.roles.some((role) => allowed.includes(role))) throw new RoleForbiddenError(allowed);
    return true;
  }
}
