/**
 * Canonical JSON: object keys sorted in UTF-16 code unit order (JavaScript's default sort) at
 * every depth, no whitespace. The same value always gives the same text, so it can be hashed; a
 * value read back from `jsonb` gives the same text as the value that was written.
 *
 * Throws `NotJsonError` for anything that would not survive the trip through `jsonb` unchanged:
 * `undefined`, functions, symbols, bigints, non-finite numbers, cycles, class instances other than
 * plain objects and arrays, and strings PostgreSQL refuses (NUL characters, lone surrogates).
 */
export function canonicalJson(value: unknown): string {
  try {
    return fast(value);
  } catch (error) {
    ancestors.length = 0;
    if (error !== UNFIT) throw error;
    // Something in the value is not JSON: walk it again, keeping paths, to say what and where.
    explained(value, '$', new Set());
    throw new NotJsonError('$', 'is not plain JSON');
  }
}

export class NotJsonError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path} ${reason}`);
  }
}

/**
 * The writer every append runs, once for data and once for metadata of each event: no path
 * strings and no per-call allocations besides the text itself. It gives up with `UNFIT` on the
 * first thing that is not JSON, and `explained` then finds it again to name it.
 */
const UNFIT = Symbol('not JSON');
/** The objects and arrays being written, outermost first: a cycle meets one of them again. */
const ancestors: object[] = [];

function fast(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quoted(value);
    case 'number':
      if (!Number.isFinite(value)) throw UNFIT;
      return String(value); // what JSON.stringify writes for a finite number, -0 included
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (value === null) return 'null';
      if (ancestors.includes(value)) throw UNFIT;
      ancestors.push(value);
      let text: string;
      if (Array.isArray(value)) {
        text = '[';
        for (let i = 0; i < value.length; i++) text += (i === 0 ? '' : ',') + fast(value[i]);
        text += ']';
      } else {
        const prototype = Object.getPrototypeOf(value) as unknown;
        if (prototype !== Object.prototype && prototype !== null) throw UNFIT;
        const record = value as Record<string, unknown>;
        const keys = Object.keys(record).sort();
        text = '{';
        for (const key of keys) {
          const item = record[key];
          if (item === undefined) continue;
          text += (text.length === 1 ? '' : ',') + quoted(key) + ':' + fast(item);
        }
        text += '}';
      }
      ancestors.pop();
      return text;
    }
    default:
      throw UNFIT;
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Characters that JSON escapes (controls, quote, backslash) or that need a closer look (any
 * surrogate: a lone one is refused). Most strings have none, and are quoted as they stand.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const SPECIAL = /[\u0000-\u001f"\\\ud800-\udfff]/;

/** A string as JSON, refused if `jsonb` would not store it as given (NUL, lone surrogate). */
function quoted(text: string): string {
  if (!SPECIAL.test(text)) return '"' + text + '"';
  if (text.includes('\u0000') || !(text as string & { isWellFormed(): boolean }).isWellFormed()) throw UNFIT;
  return JSON.stringify(text);
}

/** The same text as `fast`, slowly, with the path of whatever is not JSON in the error. */
function explained(value: unknown, path: string, seen: Set<object>): string {
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
        const items: string[] = [];
        // An index loop, not map: a hole in a sparse array is an undefined item, not a skipped one.
        for (let i = 0; i < value.length; i++) items.push(explained(value[i], `${path}[${i}]`, seen));
        text = `[${items.join(',')}]`;
      } else {
        const prototype = Object.getPrototypeOf(value) as unknown;
        if (prototype !== Object.prototype && prototype !== null) {
          throw new NotJsonError(path, `is a ${value.constructor?.name ?? 'non-plain'} object, not plain JSON`);
        }
        const record = value as Record<string, unknown>;
        const parts: string[] = [];
        for (const key of Object.keys(record).sort()) {
          if (record[key] === undefined) continue;
          parts.push(`${explained(key, `${path}.${key}`, seen)}:${explained(record[key], `${path}.${key}`, seen)}`);
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
