import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import {
  EventIdConflictError,
  EventStoreError,
  EventTooLargeError,
  InvalidEventError,
  InvalidExpectedVersionError,
  InvalidStreamIdError,
  WrongExpectedVersionError,
} from '@app/event-store';
import { isConnectionFailure } from '@app/database';
import { DomainError, ForbiddenError, InvalidInputError, NotFoundError, RateLimitedError, UnauthenticatedError } from '@app/workflow';
import { answeredProblem, FieldProblem, problem, PROBLEM_CONTENT_TYPE, ProblemDetails } from './problem-details';
import { ReplayedAnswer } from './idempotency/replayed-answer';
import { RequestBodyError } from './request-body';

/** What the mapping needs to know about the request that failed. */
export interface FailedRequest {
  /** The client sent `If-Match`: a stale version is then a failed precondition (412), not a conflict. */
  readonly ifMatch: boolean;
}

export interface ProblemResponse {
  readonly problem: ProblemDetails;
  readonly headers?: Readonly<Record<string, string>>;
  /** Not a refusal but a fault: logged with its stack, shown to the client only as a generic 500. */
  readonly unexpected?: boolean;
}

/** How long a client is told to wait before retrying a request that lost its database connection. */
const DATABASE_RETRY_AFTER_SECONDS = 1;

const CODE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  409: 'CONFLICT',
  412: 'PRECONDITION_FAILED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE_CONTENT',
  429: 'RATE_LIMITED',
  500: 'INTERNAL_ERROR',
  503: 'SERVICE_UNAVAILABLE',
};

/** The one place where errors become HTTP: every error response is `application/problem+json`. */
export function problemResponse(exception: unknown, request: FailedRequest): ProblemResponse {
  if (exception instanceof DomainError) return fromDomainError(exception);
  if (exception instanceof EventStoreError) return fromEventStoreError(exception, request);
  if (exception instanceof RequestBodyError) return { problem: problem(exception.status, exception.code, exception.message) };
  if (exception instanceof HttpException) return fromHttpException(exception);
  if (isConnectionFailure(exception)) {
    return {
      problem: problem(503, 'DATABASE_UNAVAILABLE', 'The connection to the database was lost while answering; retry the request with the same Idempotency-Key, which never applies it twice'),
      headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) },
    };
  }
  return {
    problem: problem(500, 'INTERNAL_ERROR', 'Something went wrong on our side; the error has been logged'),
    unexpected: true,
  };
}

function fromDomainError(error: DomainError): ProblemResponse {
  if (error instanceof UnauthenticatedError) {
    return { problem: problem(401, error.code, error.message, { details: error.details }), headers: { 'WWW-Authenticate': 'Bearer' } };
  }
  if (error instanceof RateLimitedError) {
    return { problem: problem(429, error.code, error.message, { details: error.details }), headers: { 'Retry-After': String(error.retryAfterSeconds) } };
  }
  const status = error instanceof NotFoundError ? 404 : error instanceof ForbiddenError ? 403 : error instanceof InvalidInputError ? 400 : 409;
  return { problem: problem(status, error.code, error.message, { details: error.details }) };
}

function fromEventStoreError(error: EventStoreError, request: FailedRequest): ProblemResponse {
  if (error instanceof WrongExpectedVersionError) {
    const details = { streamId: error.streamId, expectedVersion: error.expected, actualVersion: error.actual };
    return { problem: problem(request.ifMatch ? 412 : 409, error.code, error.message, { details }) };
  }
  if (error instanceof EventIdConflictError) return { problem: problem(409, error.code, error.message, { details: { eventId: error.eventId } }) };
  if (error instanceof EventTooLargeError) {
    return { problem: problem(413, error.code, error.message, { details: { bytes: error.bytes, limit: error.limit } }) };
  }
  if (error instanceof InvalidEventError || error instanceof InvalidStreamIdError || error instanceof InvalidExpectedVersionError) {
    return { problem: problem(400, error.code, error.message) };
  }
  // What remains (a bad upcaster registration) is a fault of the deployment, not of the request.
  return { problem: problem(500, 'INTERNAL_ERROR', 'Something went wrong on our side; the error has been logged'), unexpected: true };
}

interface HttpExceptionBody {
  readonly message?: unknown;
  readonly code?: unknown;
  readonly errors?: unknown;
  readonly details?: unknown;
}

function fromHttpException(exception: HttpException): ProblemResponse {
  const status = exception.getStatus();
  const body = exception.getResponse();
  const fields: HttpExceptionBody = typeof body === 'object' && body !== null ? body : { message: body };
  const code = typeof fields.code === 'string' ? fields.code : (CODE_BY_STATUS[status] ?? HttpStatus[status] ?? `HTTP_${status}`);
  let errors: FieldProblem[] | undefined;
  if (Array.isArray(fields.errors)) errors = fields.errors as FieldProblem[];
  else if (Array.isArray(fields.message)) errors = fields.message.map((message) => ({ message: String(message) }));
  const detail =
    typeof fields.message === 'string' ? fields.message : errors !== undefined ? 'The request is not valid' : exception.message;
  const details = typeof fields.details === 'object' && fields.details !== null ? (fields.details as Record<string, unknown>) : undefined;
  return { problem: problem(status, code, detail, { errors, details }) };
}

interface HttpRequest {
  readonly method: string;
  readonly originalUrl?: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The request id (see logging/request-id.ts). */
  readonly id?: unknown;
}

interface HttpResponse {
  readonly headersSent: boolean;
  status(code: number): this;
  setHeader(name: string, value: string): unknown;
  json(body: unknown): unknown;
  end(body?: string): unknown;
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const request = host.switchToHttp().getRequest<HttpRequest>();
    const response = host.switchToHttp().getResponse<HttpResponse>();
    if (exception instanceof ReplayedAnswer) {
      replay(response, exception);
      return;
    }
    const { problem, headers, unexpected } = problemResponse(exception, { ifMatch: request.headers['if-match'] !== undefined });
    const path = request.originalUrl ?? request.url;
    if (unexpected) {
      const entry = { message: 'request failed unexpectedly', method: request.method, path, error: String(exception) };
      if (exception instanceof Error && exception.stack !== undefined) this.logger.error(entry, exception.stack);
      else this.logger.error(entry);
    } else if (problem.status >= 500) {
      this.logger.warn({ message: 'request refused', method: request.method, path, status: problem.status, code: problem.code });
    }
    if (response.headersSent) {
      response.end();
      return;
    }
    for (const [name, value] of Object.entries(headers ?? {})) response.setHeader(name, value);
    response.setHeader('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
    response.status(problem.status).json(answeredProblem(problem, request.id));
  }
}

/** The first answer to a request with the same Idempotency-Key, sent again as it was. */
function replay(response: HttpResponse, { answer }: ReplayedAnswer): void {
  if (response.headersSent) {
    response.end();
    return;
  }
  for (const [name, value] of Object.entries(answer.headers)) response.setHeader(name, value);
  response.setHeader('Idempotent-Replayed', 'true');
  response.status(answer.status).end(answer.body);
}
