import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { Actor } from '@app/workflow';

export const PUBLIC_ROUTE = 'auth:public';
export const ALLOWED_ROLES = 'auth:roles';

/** The route needs no token (login, health, docs, metrics). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

/** Only these roles may call the route; anyone signed in when absent. */
export const Roles = (...roles: string[]): MethodDecorator & ClassDecorator => SetMetadata(ALLOWED_ROLES, roles);

export type RequestActor = Actor & { readonly username: string };

/** The signed-in actor, put on the request by the AuthGuard. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): RequestActor => {
  return context.switchToHttp().getRequest<{ actor: RequestActor }>().actor;
});
