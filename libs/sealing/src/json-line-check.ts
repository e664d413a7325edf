import { hash } from 'node:crypto';
import { checkedFacts, parseJsonLine, RecordFacts } from './exported-trail';
import { digestOfRecord } from './offline-verifier';
import { Hash } from './merkle-tree';

/** A JSON Lines record read for checking: what it says besides its content, and the digest of its content. */
export interface JsonLineRecord {
  readonly facts: RecordFacts;
  /** SHA-256 over `[type,schemaVersion,data,metadata]` with data and metadata canonical. */
  readonly computedDigest: Hash;
}

/**
 * Reads the JSON Lines record in `bytes[from, to)` for checking. A record as `jsonLine` writes it
 * — its other fields first, then `"data":` and `"metadata":` last in canonical JSON — is read
 * without parsing its content: the two values are found by their brackets and quotes and hashed
 * as they stand. That hash is the content digest only when the bytes are the canonical text the
 * digest was made over; whenever it is not (a tool rewrote the line, the content was changed, the
 * layout differs), the whole line is parsed and its content canonicalised, exactly as for any other
 * record, so what is reported never depends on which way was taken.
 */
export function readJsonLine(bytes: Buffer, from: number, to: number, line: number): JsonLineRecord {
  const quick = quickRead(bytes, from, to, line);
  if (quick !== undefined) return quick;
  const event = parseJsonLine(bytes.toString('utf8', from, to), line);
  return { facts: event, computedDigest: digestOfRecord(event) };
}

const DATA = Buffer.from(',"data":');
const METADATA = Buffer.from(',"metadata":');

function quickRead(bytes: Buffer, from: number, to: number, line: number): JsonLineRecord | undefined {
  // `,"data":` cannot stand inside a JSON string (its quotes would be escaped): the first is the field.
  const data = bytes.indexOf(DATA, from);
  if (data < 0 || data >= to || bytes[to - 1] !== 0x7d) return undefined;
  const dataEnd = valueEnd(bytes, data + DATA.length, to);
  if (dataEnd < 0 || dataEnd + METADATA.length > to || bytes.compare(METADATA, 0, METADATA.length, dataEnd, dataEnd + METADATA.length) !== 0) return undefined;
  const metadata = dataEnd + METADATA.length;
  if (valueEnd(bytes, metadata, to) !== to - 1) return undefined;
  let head: Record<string, unknown>;
  try {
    head = JSON.parse(`${bytes.toString('utf8', from, data)}}`) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof head !== 'object' || head === null || Object.keys(head).join(',') !== HEAD_KEYS) return undefined;
  const facts = checkedFacts(head, line);
  // `[<type as JSON>,<schema version>,<data>,<metadata>]`, the content as it stands in the line.
  const prefix = `[${JSON.stringify(facts.type)},${facts.schemaVersion},`;
  const prefixLength = Buffer.byteLength(prefix);
  const input = Buffer.allocUnsafe(prefixLength + (dataEnd - data - DATA.length) + 1 + (to - 1 - metadata) + 1);
  let at = input.write(prefix, 0);
  at += bytes.copy(input, at, data + DATA.length, dataEnd);
  input[at++] = 0x2c;
  at += bytes.copy(input, at, metadata, to - 1);
  input[at] = 0x5d;
  const digest = hash('sha256', input, 'buffer');
  // Not the digest: the bytes may still say the same in another layout; the slow way decides.
  if (!digest.equals(Buffer.from(facts.contentDigest, 'hex'))) return undefined;
  return { facts, computedDigest: digest };
}

const HEAD_KEYS = 'leafIndex,position,transactionId,streamId,version,id,type,schemaVersion,recordedAt,recordedAtMicros,contentDigest,hash,actorName';

/** Where the JSON value starting at `at` ends (exclusive), by its brackets and quotes; -1 when it does not within `to`. */
function valueEnd(bytes: Buffer, at: number, to: number): number {
  const first = bytes[at];
  if (first === 0x22) return stringEnd(bytes, at, to);
  if (first !== 0x7b && first !== 0x5b) {
    // A number, true, false or null: up to the comma or brace after it.
    let end = at;
    while (end < to && bytes[end] !== 0x2c && bytes[end] !== 0x7d && bytes[end] !== 0x5d) end += 1;
    return end > at ? end : -1;
  }
  let depth = 0;
  for (let i = at; i < to; i++) {
    const byte = bytes[i];
    if (byte === 0x22) {
      const end = stringEnd(bytes, i, to);
      if (end < 0) return -1;
      i = end - 1;
    } else if (byte === 0x7b || byte === 0x5b) {
      depth += 1;
    } else if (byte === 0x7d || byte === 0x5d) {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** After the string whose opening quote is at `at`: the next quote not escaped by an odd run of backslashes. */
function stringEnd(bytes: Buffer, at: number, to: number): number {
  let from = at + 1;
  for (;;) {
    const quote = bytes.indexOf(0x22, from);
    if (quote < 0 || quote >= to) return -1;
    let slashes = 0;
    while (bytes[quote - 1 - slashes] === 0x5c) slashes += 1;
    if (slashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}
