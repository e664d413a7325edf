import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { PROBLEM_CONTENT_TYPE, problem } from './problem-details';

/**
 * A request Node's HTTP parser refuses never reaches Express: a head over the header size limit
 * (`--max-http-header-size`, 16 KB by default; a path is part of it), a malformed request line, a
 * head that did not arrive in time. Node would answer those with a bare status line. This answers
 * them as every other refusal is answered, with a problem+json body and the `Cache-Control` and
 * `Connection: close` a refused connection needs, then closes the connection (the parser cannot
 * resume on it). There is no request id: the request was never read.
 */
export function answerUnparsableRequests(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => answerUnparsable(error, socket));
}

/** What the parser's error code says the client did wrong, as a status, a problem code and a sentence. */
export function unparsableRequestProblem(errorCode: string | undefined): { status: number; code: string; detail: string } {
  switch (errorCode) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        code: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
        detail: 'The request line and headers together are larger than the server accepts (16 KB by default): shorten the path or the headers',
      };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
    case 'HPE_HEADERS_TIMEOUT':
      return { status: 408, code: 'REQUEST_TIMEOUT', detail: 'The request did not arrive in time' };
    default:
      return { status: 400, code: 'MALFORMED_REQUEST', detail: 'The request is not well-formed HTTP/1.1' };
  }
}

function answerUnparsable(error: NodeJS.ErrnoException, socket: Duplex): void {
  // A peer that reset the connection, or one already half written to, cannot take an answer.
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const { status, code, detail } = unparsableRequestProblem(error.code);
  const answer = problem(status, code, detail);
  const body = JSON.stringify(answer);
  const head = [
    `HTTP/1.1 ${status} ${answer.title}`,
    `Content-Type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    'Connection: close',
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}
