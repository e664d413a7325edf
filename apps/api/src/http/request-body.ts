/** Largest JSON (or form) body the API reads; commands are small, events are capped by the store. */
export const REQUEST_BODY_LIMIT = '256kb';

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

/**
 * Express error middleware placed right after the body parsers. Nest turns every SyntaxError
 * into a bare BadRequestException before filters see it, which would lose the difference
 * between malformed JSON and any other 400; translating here keeps it.
 */
export function translateBodyParserErrors(error: unknown, _request: unknown, _response: unknown, next: (error?: unknown) => void): void {
  next(isBodyParserError(error) ? requestBodyErrorFrom(error) : error);
}
