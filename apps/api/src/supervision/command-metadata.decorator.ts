import { BadRequestException, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { RequestActor } from '@app/auth';
import { deterministicUuid, CommandMetadata } from '@app/workflow-runtime';

interface CommandRequest {
  actor: RequestActor;
  headers: Record<string, string | undefined>;
  method: string;
  path: string;
}

const IF_MATCH = /^(?:W\/)?"?(\d+)"?$/;

/**
 * The metadata of a command sent over HTTP:
 * - `Idempotency-Key` names the command: the same key from the same user to the same route and
 *   resource is the same command, so a retry appends nothing and gets the first answer (the same
 *   key sent elsewhere names another command);
 * - `If-Match: "<version>"` is the stream version the client saw (412 when stale);
 * - `X-Correlation-Id` ties the command to a wider piece of work.
 */
export const CommandMeta = createParamDecorator((_data: unknown, context: ExecutionContext): CommandMetadata => {
  const request = context.switchToHttp().getRequest<CommandRequest>();
  const key = request.headers['idempotency-key'];
  if (key !== undefined && (key.length === 0 || key.length > 200)) {
    throw new BadRequestException('Idempotency-Key must be 1 to 200 characters');
  }
  const ifMatch = request.headers['if-match'];
  let expectedVersion: number | undefined;
  if (ifMatch !== undefined) {
    const match = IF_MATCH.exec(ifMatch.trim());
    if (match === null) throw new BadRequestException('If-Match must be a stream version such as "3"');
    expectedVersion = Number(match[1]);
  }
  const correlationId = request.headers['x-correlation-id'];
  return {
    actor: request.actor,
    commandId: key === undefined ? randomUUID() : deterministicUuid(`${request.actor.userId}\u0000${request.method} ${request.path}\u0000${key}`),
    ...(expectedVersion === undefined ? {} : { expectedVersion }),
    ...(correlationId === undefined || correlationId.length > 200 ? {} : { correlationId }),
    ...(request.actor.orgUnitId === undefined ? {} : { orgUnitId: request.actor.orgUnitId }),
  };
});

/** An id for a resource a command creates: derived from the command id, so a retry names the same resource. */
export function newResourceId(metadata: CommandMetadata): string {
  return deterministicUuid(`${metadata.commandId}\u0000resource`);
}
