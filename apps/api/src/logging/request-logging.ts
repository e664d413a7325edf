import { IncomingMessage, ServerResponse } from 'node:http';
import { Logger as Pino } from 'pino';
import { pinoHttp } from 'pino-http';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id';

/** What the access line reads from a request: Express's `originalUrl`, and the actor the AuthGuard put there. */
interface LoggedRequest extends IncomingMessage {
  originalUrl?: string;
  actor?: { readonly userId: string };
}

type Next = (error?: unknown) => void;

/** One access line: no headers, no body, no query string (they can carry secrets). */
export interface AccessEntry {
  readonly context: 'HTTP';
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly durationMs: number;
  readonly userId?: string;
  readonly aborted?: true;
}

export function accessEntry(request: LoggedRequest, response: ServerResponse, durationMs: number): AccessEntry {
  const aborted = !response.writableEnded;
  return {
    context: 'HTTP',
    method: request.method ?? '',
    path: pathOf(request),
    status: response.statusCode,
    durationMs,
    ...(request.actor === undefined ? {} : { userId: request.actor.userId }),
    ...(aborted ? { aborted } : {}),
  };
}

function pathOf(request: LoggedRequest): string {
  return (request.originalUrl ?? request.url ?? '').split('?')[0]!;
}

/**
 * The first middleware of the HTTP app: names the request (see {@link requestIdFrom}), echoes the
 * id as `X-Request-Id`, and writes one access line when the response is finished (or the client
 * went away): `{"level":"info","requestId":…,"context":"HTTP","method":"GET","path":"/cases",
 * "status":200,"durationMs":4,"userId":…,"message":"GET /cases 200"}`. A 5xx is logged at `warn`
 * (the fault itself is logged at `error` by the problem filter). The request's child logger
 * (`req.log`, bound to `requestId`) is what Nest `Logger` calls made while answering write through
 * (see bindRequestLogger in @app/logging).
 */
export function requestLogging(root: Pino): Array<(request: LoggedRequest, response: ServerResponse, next: Next) => void> {
  const accessLog = pinoHttp<LoggedRequest, ServerResponse>({
    logger: root,
    quietReqLogger: true,
    quietResLogger: true,
    customAttributeKeys: { reqId: 'requestId' },
    customLogLevel: (_request, response, error) => (error !== undefined || response.statusCode >= 500 ? 'warn' : 'info'),
    customSuccessObject: (request, response, logged: { responseTime: number }) => accessEntry(request, response, logged.responseTime),
    customErrorObject: (request, response, _error, logged: { responseTime: number }) => accessEntry(request, response, logged.responseTime),
    customSuccessMessage: (request, response) => accessMessage(request, response),
    customErrorMessage: (request, response) => accessMessage(request, response),
  });
  const nameRequest = (request: LoggedRequest, response: ServerResponse, next: Next): void => {
    request.id = requestIdFrom(request.headers);
    response.setHeader(REQUEST_ID_HEADER, request.id);
    next();
  };
  return [nameRequest, accessLog];
}

function accessMessage(request: LoggedRequest, response: ServerResponse): string {
  return `${request.method ?? ''} ${pathOf(request)} ${response.statusCode}${response.writableEnded ? '' : ' (aborted)'}`;
}
