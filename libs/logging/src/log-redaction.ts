/** What a redacted value is replaced with. */
export const REDACTED = '[redacted]';

/**
 * Names of fields whose values are secrets wherever they appear in a log entry: any name holding
 * "password" (`password`, `newPassword`, `currentPassword`), tokens (`token`, `accessToken`),
 * secrets (`jwtSecret`), and the `Authorization` and `Cookie` headers.
 */
const SECRET_NAME = /password|passwd|token|secret|authorization|cookie/i;

/** The password of a URL such as a DATABASE_URL: `postgres://user:<password>@host/db`. */
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*:)[^@/?#\s]*@/gi;

/** A bearer token quoted in a message. */
const BEARER_TOKEN = /\b(Bearer\s+)[^\s"',;]+/gi;

/** Deeper than this an entry is cut rather than walked (a log entry is never legitimately that deep). */
const MAX_DEPTH = 16;

/**
 * A copy of a log entry with secrets replaced by {@link REDACTED}: the values of fields named like
 * a secret, and passwords and bearer tokens inside text. Plain objects, arrays and errors are
 * walked; any other object (a request, a buffer) is left as it is for the logger's serializers.
 */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_DEPTH) return '[too deep]';
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1));
  if (value instanceof Error) {
    const error: Record<string, unknown> = { type: value.name, message: redactText(value.message) };
    if (value.stack !== undefined) error['stack'] = redactText(value.stack);
    return error;
  }
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(value)) {
    copy[name] = SECRET_NAME.test(name) && field !== undefined && field !== null ? REDACTED : redactSecrets(field, depth + 1);
  }
  return copy;
}

/** Text with URL passwords and bearer tokens replaced. */
export function redactText(text: string): string {
  return text.replace(URL_PASSWORD, `$1${REDACTED}@`).replace(BEARER_TOKEN, `$1${REDACTED}`);
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
