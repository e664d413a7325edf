/**
 * Canonical JSON: object keys sorted by code point at every depth, no whitespace. The same value
 * always gives the same text, so it can be hashed; a value read back from `jsonb` gives the same
 * text as the value that was written.
 *
 * Throws `NotJsonError` for anything that would not survive the trip through `jsonb` unchanged:
 * `undefined`, functions, symbols, bigints, non-finite numbers, cycles, class instances other than
 * plain objects and arrays, and strings PostgreSQL refuses (NUL characters, lone surrogates).
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$', new Set());
}

export class NotJsonError extends Error {
  constructor(readonly path: string, reason: string) {
    super(`${path} ${reason}`);
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function write(value: unknown, path: string, seen: Set<object>): string {
  switch (typeof value) {
    case 'string':
      if (value.includes('\u0000')) throw new NotJsonError(path, 'contains a NUL character');
      if (LONE_SURROGATE.test(value)) throw new NotJsonError(path, 'contains a lone surrogate');
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new NotJsonError(path, `is ${value}, not a finite number`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      if (seen.has(value)) throw new NotJsonError(path, 'is a cycle');
      seen.add(value);
      let text: string;
      if (Array.isArray(value)) {
        text = `[${value.map((item, index) => write(item, `${path}[${index}]`, seen)).join(',')}]`;
      } else {
        const prototype = Object.getPrototypeOf(value) as unknown;
        if (prototype !== Object.prototype && prototype !== null) {
          throw new NotJsonError(path, `is a ${value.constructor?.name ?? 'non-plain'} object, not plain JSON`);
        }
        const record = value as Record<string, unknown>;
        const parts: string[] = [];
        for (const key of Object.keys(record).sort()) {
          if (record[key] === undefined) continue;
          parts.push(`${write(key, `${path}.${key}`, seen)}:${write(record[key], `${path}.${key}`, seen)}`);
        }
        text = `{${parts.join(',')}}`;
      }
      seen.delete(value);
      return text;
    }
    default:
      throw new NotJsonError(path, `is a ${typeof value}, not JSON`);
  }
}
