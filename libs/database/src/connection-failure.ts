/**
 * SQLSTATEs that mean the connection, not the statement, failed: class 08 (connection exception),
 * the server shutting down or terminating the backend (57P01–57P03), too many connections (53300).
 */
const CONNECTION_SQLSTATES = /^(08...|57P0[123]|53300)$/;
/** Socket errors a driver passes through when the server or the network goes away. */
const SOCKET_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENOTCONN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED']);
/** What `pg` and `pg-pool` throw, without a code, for a connection that ended or never came. */
const DRIVER_MESSAGES = [
  /^Connection terminated/,
  /^Client has encountered a connection error and is not queryable/,
  /^timeout exceeded when trying to connect/,
  /^Connection ended unexpectedly/,
];

/**
 * True when `error` (or what it wraps: `cause`, TypeORM's `driverError`) says the database
 * connection was lost or could not be had: a fault of the moment, which the same request may
 * retry, rather than a fault of the request or of the code.
 */
export function isConnectionFailure(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (CONNECTION_SQLSTATES.test(code) || SOCKET_CODES.has(code))) return true;
    if (typeof message === 'string' && DRIVER_MESSAGES.some((pattern) => pattern.test(message))) return true;
    current = (current as { driverError?: unknown }).driverError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}
