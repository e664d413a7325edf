import { BadRequestException, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { RequestActor } from '@app/auth';
import { deterministicUuid, CommandMetadata } from '@app/workflow-runtime';
import { fingerprintOf, idempotencyKeyOf } from '../http/idempotency/idempotency.interceptor';

interface CommandRequest {
  actor: RequestActor;
  headers: Record<string, string | undefined>;
  /** The request id (see logging/request-id.ts), set by the first middleware of the HTTP app. */
  id?: unknown;
  method: string;
  originalUrl: string;
  body: unknown;
}

const IF_MATCH = /^(?:W\/)?"?(\d+)"?$/;

/** Marks, in the OpenAPI document, a route that reads `If-Match` and `X-Correlation-Id`: the document completion then lists them. */
export const STREAM_COMMAND_EXTENSION = 'x-stream-command';

const marksStreamCommand: ParameterDecorator = (target, key) => {
  if (key === undefined) return;
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  if (descriptor !== undefined) ApiExtension(STREAM_COMMAND_EXTENSION, true)(target, key, descriptor);
};

/**
 * The metadata of a command sent over HTTP:
 * - `Idempotency-Key` names the command: the same key from the same user with the same request
 *   (method, path, body) is the same command, so a retry appends nothing — even one the
 *   IdempotencyInterceptor lets through because the first answer was never recorded or the key
 *   expired. (The interceptor answers retries with the first answer and refuses the key for any
 *   other request before this runs.)
 * - `If-Match: "<version>"` is the stream version the client saw (412 when stale);
 * - the request id is the command's `correlationId`: the client's well-formed `X-Request-Id` or
 *   `X-Correlation-Id` (ties the command to a wider piece of work) or one minted for the request,
 *   the same id its log lines, its `X-Request-Id` answer header and any problem `instance` carry.
 */
export const CommandMeta = createParamDecorator((_data: unknown, context: ExecutionContext): CommandMetadata => {
  const request = context.switchToHttp().getRequest<CommandRequest>();
  const key = idempotencyKeyOf(request.headers);
  const ifMatch = request.headers['if-match'];
  let expectedVersion: number | undefined;
  if (ifMatch !== undefined) {
    const match = IF_MATCH.exec(ifMatch.trim());
    if (match === null) throw new BadRequestException('If-Match must be a stream version such as "3"');
    expectedVersion = Number(match[1]);
  }
  const correlationId = typeof request.id === 'string' ? request.id : undefined;
  return {
    actor: request.actor,
    commandId:
      key === undefined
        ? randomUUID()
        : deterministicUuid(`${request.actor.userId}\u0000${fingerprintOf(request.method, request.originalUrl, request.body)}\u0000${key}`),
    ...(expectedVersion === undefined ? {} : { expectedVersion }),
    ...(correlationId === undefined ? {} : { correlationId }),
    ...(request.actor.orgUnitId === undefined ? {} : { orgUnitId: request.actor.orgUnitId }),
  };
}, [marksStreamCommand]);

/** An id for a resource a command creates: derived from the command id, so a retry names the same resource. */
export function newResourceId(metadata: CommandMetadata): string {
  return deterministicUuid(`${metadata.commandId}\u0000resource`);
}
