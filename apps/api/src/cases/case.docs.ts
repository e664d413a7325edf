import { applyDecorators, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOperation } from '@nestjs/swagger';
import { Roles } from '@app/auth';
import { ApiVersionedResponse } from '../http/stream-response';
import { CaseCommandResponse } from './case.responses';

/* The cases' routes as the OpenAPI document describes them. */

/** A step on an existing case: POST /cases/:id/<path>, answered 200 with the case after it and its version as the ETag, for the roles given. */
export function CaseStepRoute(path: string, roles: readonly string[], summary: string, conflicts: string): MethodDecorator {
  return applyDecorators(
    Post(`:id/${path}`),
    HttpCode(200),
    Roles(...roles),
    ApiOperation({ summary }),
    ApiVersionedResponse(CaseCommandResponse),
    ApiNotFoundResponse({ description: 'CASE_NOT_FOUND' }),
    ApiConflictResponse({ description: conflicts }),
  );
}

/** `{ [key]: value }`, or nothing when the request left the field out. */
export const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

/** GET /cases/:id, said at length. */
export const CASE_PAGE = {
  summary: 'One case with its history: each step, when, who took it by name, and what it said',
  description:
    'history[].actor names a person by their display name (and id), or the system by what it is (the warning timer, the split ' +
    'and child-closing follow-up); history[].details carries what the step said (reports, reasons, messages, deadlines, children). ' +
    'accountableUnitIds lists every unit accountable now (an escalation adds the unit above, the case’s own unit stays); a child ' +
    'of a split that shares its parent’s description shows it resolved, descriptionFromCaseId naming the case it belongs to.',
};
