import { randomUUID } from 'node:crypto';

/** The response header that names the request, and the request header a client may name it with. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/** The request headers an id is taken from, first one well formed wins. */
const ID_HEADERS = ['x-request-id', 'x-correlation-id'] as const;

/**
 * A request id a client may choose: 1 to 128 letters, digits, `.`, `_`, `:` and `-`, starting with
 * a letter or digit. Bounded and plain, so it is safe in a log line, a header, a URN and an event.
 */
const WELL_FORMED_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/**
 * The id of a request: the client's `X-Request-Id`, else its `X-Correlation-Id`, when well formed
 * (a gateway's or a calling service's id, so one piece of work is traced across systems); a new
 * UUID otherwise. It is echoed as `X-Request-Id`, carried by every log line of the request, recorded
 * as the `correlationId` of the events the request causes, and is the `instance` of a problem answer.
 */
export function requestIdFrom(headers: Readonly<Record<string, string | string[] | undefined>>): string {
  for (const name of ID_HEADERS) {
    const value = headers[name];
    if (typeof value === 'string' && WELL_FORMED_ID.test(value)) return value;
  }
  return randomUUID();
}

/** The `instance` of a problem answer: the request that was refused, `urn:request:<request id>`. */
export function problemInstance(requestId: string): string {
  return `urn:request:${requestId}`;
}
