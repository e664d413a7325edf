import { leafHash } from './merkle-tree';

/** What one leaf of the sealed log commits to: an event as the store keeps it. */
export interface LeafFacts {
  /** The event's global position. */
  readonly position: number;
  /** The order key of the transaction that wrote it (`transaction_id`, decimal), the first key of subscription order. */
  readonly transactionId: string;
  readonly streamId: string;
  /** Its version in its stream (1 for the first). */
  readonly version: number;
  /** The event id (a UUID). */
  readonly eventId: string;
  /** SHA-256 over what the event says (the store's `content_digest`). */
  readonly contentDigest: Buffer;
  /** The stream's hash chain after the event (the store's `chain_hash`). */
  readonly chainHash: Buffer;
  /** When the store recorded it, in microseconds since the Unix epoch (what its chain commits to). */
  readonly recordedAtMicros: bigint;
}

/** Names the leaf format, so a leaf of this layout is never read as another. */
export const LEAF_FORMAT = 'supervision-engine/event-leaf/v1';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The bytes of an event's leaf (hashed as RFC 9162 leaves are: SHA-256(0x00 ‖ bytes)):
 *
 *   utf8(LEAF_FORMAT) ‖ 0x0A
 *   ‖ int64be(position)
 *   ‖ uint64be(transaction id)
 *   ‖ uint32be(byte length of the stream id) ‖ utf8(stream id)
 *   ‖ int64be(version)
 *   ‖ the event id's 16 bytes (the UUID's hex digits, in order)
 *   ‖ content digest (32 bytes) ‖ chain hash (32 bytes)
 *   ‖ int64be(recorded-at, microseconds since the Unix epoch)
 *
 * The leaves stand in the log's subscription order (writing transaction, then position), and
 * each commits to both keys of that order, so giving an event another position or transaction, or
 * moving it in the order, changes the tree. (Stored transaction ids never change: a restore that
 * repairs the log's order offsets only the transactions that come after it.)
 */
export function eventLeaf(facts: LeafFacts): Buffer {
  if (!UUID.test(facts.eventId)) throw new RangeError(`event id ${facts.eventId} is not a UUID`);
  if (facts.contentDigest.length !== 32 || facts.chainHash.length !== 32) throw new RangeError('the content digest and the chain hash are 32 bytes each');
  if (!/^\d{1,20}$/.test(facts.transactionId)) throw new RangeError(`transaction id ${facts.transactionId} is not a decimal order key`);
  const streamLength = Buffer.byteLength(facts.streamId, 'utf8');
  const leaf = Buffer.allocUnsafe(FORMAT_LINE.length + 8 + 8 + 4 + streamLength + 8 + 16 + 32 + 32 + 8);
  let offset = FORMAT_LINE.copy(leaf, 0);
  offset = writeInt64(leaf, facts.position, offset);
  offset = facts.transactionId.length <= 15 ? writeInt64(leaf, Number(facts.transactionId), offset) : leaf.writeBigUInt64BE(BigInt(facts.transactionId), offset);
  offset = leaf.writeUInt32BE(streamLength, offset);
  offset += leaf.write(facts.streamId, offset, 'utf8');
  offset = writeInt64(leaf, facts.version, offset);
  offset += leaf.write(facts.eventId.replace(/-/g, ''), offset, 16, 'hex');
  offset += facts.contentDigest.copy(leaf, offset);
  offset += facts.chainHash.copy(leaf, offset);
  leaf.writeBigInt64BE(facts.recordedAtMicros, offset);
  return leaf;
}

const FORMAT_LINE = Buffer.from(`${LEAF_FORMAT}\n`, 'utf8');

/**
 * int64be of `value`: a safe non-negative integer as two 32-bit halves (the sealer writes three per
 * event, and BigInt costs as much as the rest of the leaf), anything else as BigInt does.
 */
function writeInt64(leaf: Buffer, value: number, offset: number): number {
  if (!(Number.isSafeInteger(value) && value >= 0)) return leaf.writeBigInt64BE(BigInt(value), offset);
  leaf.writeUInt32BE(Math.floor(value / 0x1_0000_0000), offset);
  return leaf.writeUInt32BE(value % 0x1_0000_0000, offset + 4);
}

/** What a leaf is made from, as `es_events` holds it (selected with {@link STORED_LEAF_COLUMNS}). */
export interface StoredLeafRow {
  readonly global_position: string;
  readonly transaction_id: string;
  readonly stream_id: string;
  readonly stream_version: string;
  readonly event_id: string;
  readonly content_digest: Buffer;
  readonly chain_hash: Buffer;
  readonly recorded_micros: string;
}

/** The select list of {@link StoredLeafRow} from `es_events e` (numbers and ids as text, exactly). */
export const STORED_LEAF_COLUMNS =
  'e.global_position::text, e.transaction_id::text, e.stream_id, e.stream_version::text, e.event_id::text, e.content_digest, e.chain_hash, ' +
  // Microseconds exactly as stored (a Date would drop any below the millisecond).
  '(extract(epoch FROM e.recorded_at) * 1000000)::bigint::text AS recorded_micros';

/** The leaf hash of an event as stored. */
export function leafHashOfStored(row: StoredLeafRow): Buffer {
  return leafHash(
    eventLeaf({
      position: Number(row.global_position),
      transactionId: row.transaction_id,
      streamId: row.stream_id,
      version: Number(row.stream_version),
      eventId: row.event_id,
      contentDigest: row.content_digest,
      chainHash: row.chain_hash,
      recordedAtMicros: BigInt(row.recorded_micros),
    }),
  );
}
