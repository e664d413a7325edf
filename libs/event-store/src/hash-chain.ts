import { hash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/**
 * The per-stream hash chain. Each event has a content digest over what it says
 * (type, schema version, data, metadata) and a chain value
 *   chain(n) = sha256(chain(n-1) ‖ digest(n) ‖ int64be(version n) ‖ uuid bytes(event id) ‖ int64be(recorded-at µs))
 * where chain(0) = sha256(utf8(stream id)). A new stream's chain starts from chain(0), which needs
 * nothing stored, so the store computes it here (`chainStep`); appends to an existing stream
 * extend the stored last hash in the database with the same construction (`es_append_one`,
 * `es_append_many`). `verify` recomputes both here.
 */
export function contentDigest(type: string, schemaVersion: number, dataJson: string, metadataJson: string): Buffer {
  return hash('sha256', `[${JSON.stringify(type)},${schemaVersion},${dataJson},${metadataJson}]`, 'buffer');
}

export function digestOfStored(type: string, schemaVersion: number, data: unknown, metadata: unknown): Buffer {
  return contentDigest(type, schemaVersion, canonicalJson(data), canonicalJson(metadata));
}

/** The chain's time field for a moment the store recorded: microseconds since the Unix epoch. */
export function recordedAtMicros(recordedAt: Date): bigint {
  return BigInt(recordedAt.getTime()) * 1000n;
}

export function genesisHash(streamId: string): Buffer {
  return hash('sha256', streamId, 'buffer');
}

export function chainStep(
  previous: Buffer,
  digest: Buffer,
  version: number,
  eventId: string,
  recordedAtMicros: bigint,
): Buffer {
  // The whole input in one buffer, hashed in one call: this runs once per event appended.
  const input = Buffer.allocUnsafe(previous.length + digest.length + 32);
  let offset = previous.copy(input, 0);
  offset += digest.copy(input, offset);
  offset = input.writeBigInt64BE(BigInt(version), offset);
  offset += input.write(eventId.replace(/-/g, ''), offset, 16, 'hex');
  input.writeBigInt64BE(recordedAtMicros, offset);
  return hash('sha256', input, 'buffer');
}
