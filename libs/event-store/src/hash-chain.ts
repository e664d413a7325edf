import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/**
 * The per-stream hash chain. Each event has a content digest over what it says
 * (type, schema version, data, metadata) and a chain value
 *   chain(n) = sha256(chain(n-1) ‖ digest(n) ‖ int64be(version n) ‖ uuid bytes(event id) ‖ int64be(recorded-at µs))
 * where chain(0) = sha256(utf8(stream id)). The database computes the chain on append with the
 * same construction (see the `es_append` function); `verify` recomputes both here.
 */
export function contentDigest(type: string, schemaVersion: number, dataJson: string, metadataJson: string): Buffer {
  return createHash('sha256').update(`[${JSON.stringify(type)},${schemaVersion},${dataJson},${metadataJson}]`).digest();
}

export function digestOfStored(type: string, schemaVersion: number, data: unknown, metadata: unknown): Buffer {
  return contentDigest(type, schemaVersion, canonicalJson(data), canonicalJson(metadata));
}

export function genesisHash(streamId: string): Buffer {
  return createHash('sha256').update(streamId, 'utf8').digest();
}

export function chainStep(
  previous: Buffer,
  digest: Buffer,
  version: number,
  eventId: string,
  recordedAtMicros: bigint,
): Buffer {
  const numbers = Buffer.alloc(8);
  numbers.writeBigInt64BE(BigInt(version));
  const recorded = Buffer.alloc(8);
  recorded.writeBigInt64BE(recordedAtMicros);
  return createHash('sha256')
    .update(previous)
    .update(digest)
    .update(numbers)
    .update(Buffer.from(eventId.replace(/-/g, ''), 'hex'))
    .update(recorded)
    .digest();
}
