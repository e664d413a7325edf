import { randomFillSync } from 'node:crypto';

/**
 * Ids for events whose caller gave none: UUID version 7 (RFC 9562), 48 bits of Unix milliseconds
 * followed by 74 random bits. Ids made close together in time sort close together, so the unique
 * index on event_id takes each new id near its right-hand edge, where its pages are in memory
 * already, instead of on a random page of an index that outgrows the buffer cache as the log
 * grows (and that, after every checkpoint, costs a full-page image in the WAL for each page
 * touched). Within one millisecond the order of ids is random; nothing relies on it.
 */
export function timeOrderedEventId(now: number = Date.now()): string {
  if (offset === entropy.length) {
    randomFillSync(entropy);
    offset = 0;
  }
  const at = offset;
  offset += 10;
  const high = Math.floor(now / 0x1000000); // the top 24 of the 48 timestamp bits
  const low = now % 0x1000000;
  return (
    HEX[(high >>> 16) & 0xff]! +
    HEX[(high >>> 8) & 0xff]! +
    HEX[high & 0xff]! +
    HEX[(low >>> 16) & 0xff]! +
    '-' +
    HEX[(low >>> 8) & 0xff]! +
    HEX[low & 0xff]! +
    '-' +
    HEX[0x70 | (entropy[at]! & 0x0f)]! + // version 7
    HEX[entropy[at + 1]!]! +
    '-' +
    HEX[0x80 | (entropy[at + 2]! & 0x3f)]! + // variant 10
    HEX[entropy[at + 3]!]! +
    '-' +
    HEX[entropy[at + 4]!]! +
    HEX[entropy[at + 5]!]! +
    HEX[entropy[at + 6]!]! +
    HEX[entropy[at + 7]!]! +
    HEX[entropy[at + 8]!]! +
    HEX[entropy[at + 9]!]!
  );
}

/** Random bytes for 512 ids, drawn from the system generator in one call and used once each. */
const entropy = Buffer.alloc(10 * 512);
let offset = entropy.length;

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
