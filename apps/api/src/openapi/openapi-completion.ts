import { OpenAPIObject } from '@nestjs/swagger';
import { IDEMPOTENCY_KEY_KEEP_HOURS } from '../http/idempotency/idempotency-keys';
import { STREAM_COMMAND_EXTENSION } from '../http/command-metadata.decorator';
import { MAX_BODY_DEPTH } from '../http/request-body';

type Operation = {
  description?: string;
  summary?: string;
  parameters?: Array<Record<string, unknown>>;
  requestBody?: unknown;
  responses: Record<string, { description: string; content?: unknown; headers?: Record<string, unknown> }>;
  security?: Array<Record<string, string[]>>;
  'x-public'?: boolean;
  'x-roles'?: string[];
  [STREAM_COMMAND_EXTENSION]?: boolean;
  tags?: string[];
};

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } };
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'names the request (IETF httpapi Idempotency-Key draft): a retry with the same key from the same user, even one sent ' +
    'while the first is still running, changes nothing and gets the first answer (same status and body; the response then ' +
    'carries `Idempotent-Replayed: true`). The same key with another method, path or body is refused with 422 ' +
    `IDEMPOTENCY_KEY_MISMATCH. A key is kept for ${IDEMPOTENCY_KEY_KEEP_HOURS} hours after its first request, then forgotten. ` +
    'An answer of 5xx or 429 is not kept: the retry runs afresh (and still appends nothing twice).',
  schema: { type: 'string', maxLength: 200 },
};

const REPLAYED = {
  description: 'present on an answer repeated from the Idempotency-Key store: the first answer to this key, nothing was done now',
  schema: { type: 'string', enum: ['true'] },
};

const IF_MATCH = {
  name: 'If-Match',
  in: 'header',
  required: false,
  description: 'the stream version the client saw (the ETag); a stale one is refused with 412',
  schema: { type: 'string', example: '"3"' },
};

const CORRELATION_ID = {
  name: 'X-Correlation-Id',
  in: 'header',
  required: false,
  description: 'ties the command to a wider piece of work: recorded in the metadata of the events it appends (left out when over 200 characters)',
  schema: { type: 'string', maxLength: 200 },
};

function respond(operation: Operation, status: number, description: string): void {
  const existing = operation.responses[String(status)];
  if (existing === undefined) operation.responses[String(status)] = { description, content: PROBLEM };
  else if (!existing.description.includes(description.split(':')[0]!)) existing.description = `${description}; ${existing.description}`;
}

/** The headers the problem filter sends with a refusal of a status. */
const REFUSAL_HEADERS: Readonly<Record<string, Record<string, unknown>>> = {
  '401': { 'WWW-Authenticate': { description: 'how to authenticate', schema: { type: 'string', enum: ['Bearer'] } } },
  '429': { 'Retry-After': { description: 'seconds to wait before trying again', schema: { type: 'integer', minimum: 0 } } },
  '503': { 'Retry-After': { description: 'seconds to wait before retrying (DATABASE_UNAVAILABLE)', schema: { type: 'integer', minimum: 0 } } },
};

/**
 * A refusal a route declares by its codes alone (`@ApiNotFoundResponse({ description })`), or with
 * `type: ProblemDetails` (which Nest documents as application/json), is a problem+json body like
 * every other: the filter answers every error so, with the headers of its status.
 */
function refusalsAreProblems(operation: Operation): void {
  for (const [status, response] of Object.entries(operation.responses)) {
    if (Number(status) < 400) continue;
    response.content = PROBLEM;
    const headers = REFUSAL_HEADERS[status];
    if (headers !== undefined) response.headers = { ...response.headers, ...headers };
  }
}

/** Adds a request header unless the route documents it itself. */
function acceptHeader(operation: Operation, header: Record<string, unknown>): void {
  const name = String(header['name']).toLowerCase();
  const parameters = operation.parameters ?? [];
  if (parameters.some((parameter) => parameter['in'] === 'header' && String(parameter['name']).toLowerCase() === name)) return;
  operation.parameters = [...parameters, header];
}

/**
 * Completes every operation of the document from what the routes declare once: who may call it
 * (`@Roles`, `@Public`), and the answers every route of its kind can give — 400 for bad input,
 * 401 without a token, 403 for a role not allowed, 413 for a body too large, 415 for a body in an
 * encoding the API does not read, 503 when the database connection is lost, and for commands the
 * `Idempotency-Key` header with 422 (the IdempotencyInterceptor reads it on every mutation), and
 * on the routes that read the command metadata (`@CommandMeta()`) `If-Match` with 412,
 * `X-Correlation-Id`, and 409 for a stream that kept moving through the engine's retries. A
 * route's own error descriptions stay first, and every refusal is a problem+json body.
 */
export function completeOpenApi(document: OpenAPIObject): OpenAPIObject {
  for (const path of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = (path as Record<string, Operation | undefined>)[method];
      if (operation !== undefined) completeOperation(method, operation);
    }
  }
  return document;
}

function completeOperation(method: (typeof METHODS)[number], operation: Operation): void {
  const roles = operation['x-roles'];
  const isPublic = operation['x-public'] === true;
  const streamCommand = operation[STREAM_COMMAND_EXTENSION] === true;
  delete operation[STREAM_COMMAND_EXTENSION];
  const who = isPublic ? 'Anyone, no token needed.' : roles === undefined ? 'Any signed-in user.' : `Roles: ${roles.join(', ')}.`;
  operation.description = operation.description === undefined ? who : `${who} ${operation.description}`;
  documentInputRefusals(operation);
  if (!(operation.tags ?? []).includes('ops')) {
    respond(operation, 503, 'DATABASE_UNAVAILABLE: the connection to the database was lost while answering; retry (with the same Idempotency-Key), after Retry-After seconds');
  }
  if (!isPublic) {
    operation.security ??= [{ bearer: [] }];
    respond(operation, 401, 'UNAUTHENTICATED: no token, or an invalid or expired one');
    if (roles !== undefined) respond(operation, 403, `ROLE_FORBIDDEN: only ${roles.join(', ')}`);
    if (method !== 'get') documentIdempotency(operation);
    if (streamCommand) documentStreamCommand(operation);
  }
  refusalsAreProblems(operation);
}

/** What a route refuses of its input before it runs: bad fields or query, a body too large or in an encoding the API does not read. */
function documentInputRefusals(operation: Operation): void {
  if (operation.requestBody !== undefined || (operation.parameters ?? []).some((parameter) => parameter['in'] === 'query')) {
    respond(
      operation,
      400,
      `VALIDATION_FAILED: missing, unknown, null or ill-typed fields; MALFORMED_JSON; BODY_TOO_DEEP: arrays and objects nested deeper than ${MAX_BODY_DEPTH} levels`,
    );
  }
  if (operation.requestBody !== undefined) {
    respond(operation, 413, 'PAYLOAD_TOO_LARGE: the body is over the size limit');
    respond(operation, 415, 'UNSUPPORTED_MEDIA_TYPE: the body is in a content encoding or charset the API does not read');
  }
}

/** A mutation takes `Idempotency-Key` (the IdempotencyInterceptor); a replayed answer says so. */
function documentIdempotency(operation: Operation): void {
  acceptHeader(operation, IDEMPOTENCY_KEY);
  for (const [status, response] of Object.entries(operation.responses)) {
    if (status.startsWith('2')) response.headers = { ...response.headers, 'Idempotent-Replayed': REPLAYED };
  }
  respond(operation, 422, 'IDEMPOTENCY_KEY_MISMATCH: the Idempotency-Key was used for another request');
}

/** A command on one stream (`@CommandMeta()`) reads `If-Match` and `X-Correlation-Id`. */
function documentStreamCommand(operation: Operation): void {
  acceptHeader(operation, IF_MATCH);
  acceptHeader(operation, CORRELATION_ID);
  respond(operation, 400, 'BAD_REQUEST: If-Match is not a stream version such as "3"');
  respond(operation, 412, 'WRONG_EXPECTED_VERSION: If-Match names a version the resource has moved past');
  respond(operation, 409, 'WRONG_EXPECTED_VERSION: without If-Match, other writes kept moving the stream through every retry of the command');
}
