import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError } from '@app/workflow';
import { MissingTokenError } from './auth.errors';
import { ALLOWED_ROLES, PUBLIC_ROUTE, RequestActor } from './auth.decorators';
import { TokenService } from './token-service';

export class RoleForbiddenError extends ForbiddenError {
  readonly code = 'ROLE_FORBIDDEN';
  constructor(allowed: readonly string[]) {
    super(`This needs one of the roles: ${allowed.join(', ')}`, { allowedRoles: allowed });
  }
}

/** Every route needs a valid bearer token unless marked @Public(); @Roles() narrows it further. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TokenService) private readonly tokens: TokenService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; actor?: RequestActor }>();
    const header = request.headers['authorization'];
    const match = header === undefined ? null : /^Bearer\s+(\S+)$/i.exec(header);
    if (match === null) throw new MissingTokenError();
    const actor = this.tokens.actorOf(match[1]!);
    request.actor = actor;
    const allowed = this.reflector.getAllAndOverride<string[] | undefined>(ALLOWED_ROLES, targets);
    if (allowed !== undefined && !actor.roles.some((role) => allowed.includes(role))) throw new RoleForbiddenError(allowed);
    return true;
  }
}
