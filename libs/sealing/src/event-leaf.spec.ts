import { createHash } from 'node:crypto';
import { eventLeaf, LEAF_FORMAT, LeafFacts } from './event-leaf';

const sha = (text: string): Buffer => createHash('sha256').update(text).digest();

const FACTS: LeafFacts = {
  position: 4242,
  transactionId: '987654',
  streamId: 'case-天荒坪-1',
  version: 3,
  eventId: '0190f3a2-7c1e-7b5d-9a4f-1c2d3e4f5a6b',
  contentDigest: sha('what the event says'),
  chainHash: sha('the chain after it'),
  recordedAtMicros: 1_772_589_600_123_000n,
};

describe('the leaf of an event', () => {
  it('lays out the format name, position, transaction, stream, version, id, digest, chain and time as documented', () => {
    const leaf = eventLeaf(FACTS);
    const stream = Buffer.from(FACTS.streamId, 'utf8');
    const expected = Buffer.concat([
      Buffer.from(`${LEAF_FORMAT}\n`, 'utf8'),
      Buffer.from('0000000000001092', 'hex'),
      Buffer.from('00000000000f1206', 'hex'),
      Buffer.from([0, 0, 0, stream.length]),
      stream,
      Buffer.from('0000000000000003', 'hex'),
      Buffer.from('0190f3a27c1e7b5d9a4f1c2d3e4f5a6b', 'hex'),
      FACTS.contentDigest,
      FACTS.chainHash,
      Buffer.from((1772589600123000n).toString(16).padStart(16, '0'), 'hex'),
    ]);
    expect(leaf.toString('hex')).toBe(expected.toString('hex'));
  });

  it('writes positions, transaction ids and versions beyond 32 bits as full 64-bit big-endian integers', () => {
    const leaf = eventLeaf({ ...FACTS, position: 2 ** 53 - 1, transactionId: '18446744073709551615', version: 2 ** 32 + 7 });
    const at = Buffer.byteLength(`${LEAF_FORMAT}\n`);
    const stream = Buffer.byteLength(FACTS.streamId);
    expect(leaf.subarray(at, at + 16).toString('hex')).toBe('001fffffffffffffffffffffffffffff');
    expect(leaf.subarray(at + 20 + stream, at + 28 + stream).toString('hex')).toBe('0000000100000007');
    expect(eventLeaf({ ...FACTS, transactionId: '123456789012345' }).subarray(at + 8, at + 16).toString('hex')).toBe('00007048860ddf79');
    expect(eventLeaf({ ...FACTS, transactionId: '1234567890123456' }).subarray(at + 8, at + 16).toString('hex')).toBe('000462d53c8abac0');
  });

  it('changes with every fact it commits to', () => {
    const variants: Partial<LeafFacts>[] = [
      { position: 4243 },
      { transactionId: '987655' },
      { streamId: 'case-天荒坪-2' },
      { version: 4 },
      { eventId: '0190f3a2-7c1e-7b5d-9a4f-1c2d3e4f5a6c' },
      { contentDigest: sha('something else') },
      { chainHash: sha('another chain') },
      { recordedAtMicros: 1_772_589_600_123_001n },
    ];
    const original = eventLeaf(FACTS).toString('hex');
    for (const variant of variants) expect({ variant, same: eventLeaf({ ...FACTS, ...variant }).toString('hex') === original }).toEqual({ variant, same: false });
  });

  it('refuses an id that is no UUID and hashes that are not 32 bytes', () => {
    expect(() => eventLeaf({ ...FACTS, eventId: 'not-a-uuid' })).toThrow(/not a UUID/);
    expect(() => eventLeaf({ ...FACTS, chainHash: Buffer.alloc(31) })).toThrow(/32 bytes/);
    expect(() => eventLeaf({ ...FACTS, transactionId: '-1' })).toThrow(/decimal order key/);
  });
});
