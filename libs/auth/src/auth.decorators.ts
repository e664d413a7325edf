import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { Actor } from '@app/workflow';

export const PUBLIC_ROUTE = 'auth:public';
export const ALLOWED_ROLES = 'auth:roles';

/** Extensions the OpenAPI document is completed from (see the API's openapi setup). */
export const OPENAPI_PUBLIC = 'x-public';
export const OPENAPI_ROLES = 'x-roles';

/** The route needs no token (login, health, docs, metrics). */
export const Public = (): MethodDecorator & ClassDecorator => applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiExtension(OPENAPI_PUBLIC, true));

/** Only these roles may call the route; anyone signed in when absent. */
export const Roles = (...roles: string[]): MethodDecorator & ClassDecorator => applyDecorators(SetMetadata(ALLOWED_ROLES, roles), ApiExtension(OPENAPI_ROLES, roles));

export type RequestActor = Actor & { readonly username: string };

/** The signed-in actor, put on the request by the AuthGuard. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): RequestActor => {
  return context.switchToHttp().getRequest<{ actor: RequestActor }>().actor;
});
