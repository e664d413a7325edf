/** Largest JSON (or form) body the API reads; commands are small, events are capped by the store. */
export const REQUEST_BODY_LIMIT = '256kb';

/**
 * Deepest nesting of arrays and objects a body may have. The deepest command is a few levels
 * (a rubric's items); validation, transformation and the event store walk values recursively,
 * and a body nested thousands deep would exhaust the stack in any of them.
 */
export const MAX_BODY_DEPTH = 32;

/** A body the parser refused before any route ran: malformed JSON, too large, unknown charset. */
export class RequestBodyError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RequestBodyError';
  }
}

interface BodyParserError {
  readonly type: string;
  readonly status?: number;
  readonly limit?: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && typeof (error as { type?: unknown }).type === 'string';
}

export function requestBodyErrorFrom(error: BodyParserError): RequestBodyError {
  switch (error.type) {
    case 'entity.parse.failed':
      return new RequestBodyError(400, 'MALFORMED_JSON', 'The request body is not valid JSON');
    case 'entity.too.large':
      return new RequestBodyError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than the limit of ${REQUEST_BODY_LIMIT}`);
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new RequestBodyError(415, 'UNSUPPORTED_MEDIA_TYPE', 'The request body uses an encoding or charset the API does not read');
    default: {
      const status = error.status !== undefined && error.status >= 400 && error.status < 500 ? error.status : 400;
      return new RequestBodyError(status, 'BAD_REQUEST_BODY', 'The request body could not be read');
    }
  }
}

/** Whether `value` nests arrays and objects deeper than `limit`; iterative, so no depth overflows it. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next.value !== 'object' || next.value === null) continue;
    const depth = next.depth + 1;
    if (depth > limit) return true;
    for (const item of Object.values(next.value)) pending.push({ value: item, depth });
  }
  return false;
}

/**
 * Express middleware right after the body parsers: a parsed body nested deeper than
 * {@link MAX_BODY_DEPTH} is refused (400 BODY_TOO_DEEP) before any route, guard or pipe sees it.
 * The parser itself is not recursive (V8's JSON.parse keeps its own stack), so this is the first
 * code that could overflow.
 */
export function refuseDeepBodies(request: { body?: unknown }, _response: unknown, next: (error?: unknown) => void): void {
  if (nestedDeeperThan(request.body, MAX_BODY_DEPTH)) {
    next(new RequestBodyError(400, 'BODY_TOO_DEEP', `The request body nests arrays and objects deeper than ${MAX_BODY_DEPTH} levels`));
    return;
  }
  next();
}

/**
 * Express error middleware placed right after the body parsers. Nest turns every SyntaxError
 * into a bare BadRequestException before filters see it, which would lose the difference
 * between malformed JSON and any other 400; translating here keeps it.
 */
export function translateBodyParserErrors(error: unknown, _request: unknown, _response: unknown, next: (error?: unknown) => void): void {
  next(isBodyParserError(error) ? requestBodyErrorFrom(error) : error);
}
