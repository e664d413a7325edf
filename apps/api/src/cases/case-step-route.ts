import { applyDecorators, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation } from '@nestjs/swagger';
import { Roles } from '@app/auth';

/** A step on an existing case: POST /cases/:id/<path>, answered 200, for the roles given. */
export function CaseStepRoute(path: string, roles: readonly string[], summary: string, conflicts: string): MethodDecorator {
  return applyDecorators(Post(`:id/${path}`), HttpCode(200), Roles(...roles), ApiOperation({ summary }), ApiConflictResponse({ description: conflicts }));
}

/** `{ [key]: value }`, or nothing when the request left the field out. */
export const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));
