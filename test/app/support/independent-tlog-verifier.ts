import { createHash, createPublicKey, KeyObject, verify } from 'node:crypto';

/**
 * A verifier for the sealed audit log written from the documented formats alone (README, "Sealed
 * audit log"): it shares no code with the server, and recomputes in its own way — proofs by
 * recursive descent over the tree's split rather than the RFC's bit loop.
 */
const sha256 = (...parts: Buffer[]): Buffer => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest();
};
const leaf = (bytes: Buffer): Buffer => sha256(Buffer.from([0]), bytes);
const node = (left: Buffer, right: Buffer): Buffer => sha256(Buffer.from([1]), left, right);

function split(size: number): number {
  return 2 ** Math.ceil(Math.log2(size) - 1);
}

/** The root an inclusion proof leads to, or null when the proof has the wrong length. */
export function rootFromInclusion(index: number, size: number, leafHash: Buffer, proof: readonly Buffer[]): Buffer | null {
  const path = [...proof];
  const climb = (i: number, n: number): Buffer | null => {
    if (n === 1) return leafHash;
    const sibling = path.pop();
    if (sibling === undefined) return null;
    const k = split(n);
    if (i < k) {
      const left = climb(i, k);
      return left === null ? null : node(left, sibling);
    }
    const right = climb(i - k, n - k);
    return right === null ? null : node(sibling, right);
  };
  const root = climb(index, size);
  return root !== null && path.length === 0 ? root : null;
}

/** Whether `proof` shows the tree of `first` leaves (root `firstRoot`) is a prefix of the tree of `second` (root `secondRoot`). */
export function consistencyHolds(first: number, second: number, firstRoot: Buffer, secondRoot: Buffer, proof: readonly Buffer[]): boolean {
  if (first === second) return proof.length === 0 && firstRoot.equals(secondRoot);
  const path = [...proof];
  const rebuild = (m: number, n: number, whole: boolean): { old: Buffer; now: Buffer } | null => {
    if (m === n) {
      if (whole) return { old: firstRoot, now: firstRoot };
      const subtree = path.pop();
      return subtree === undefined ? null : { old: subtree, now: subtree };
    }
    const sibling = path.pop();
    if (sibling === undefined) return null;
    const k = split(n);
    if (m <= k) {
      const inner = rebuild(m, k, whole);
      return inner === null ? null : { old: inner.old, now: node(inner.now, sibling) };
    }
    const inner = rebuild(m - k, n - k, false);
    return inner === null ? null : { old: node(sibling, inner.old), now: node(sibling, inner.now) };
  };
  const roots = rebuild(first, second, true);
  return roots !== null && path.length === 0 && roots.old.equals(firstRoot) && roots.now.equals(secondRoot);
}

/** The leaf hash of an event row, laid out as documented. */
export function eventLeafHash(row: {
  position: number;
  transactionId: string;
  streamId: string;
  version: number;
  eventId: string;
  contentDigest: Buffer;
  chainHash: Buffer;
  recordedAt: Date;
}): Buffer {
  const int64 = (value: bigint) => {
    const bytes = Buffer.alloc(8);
    bytes.writeBigUInt64BE(value);
    return bytes;
  };
  const stream = Buffer.from(row.streamId, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(stream.length);
  return leaf(
    Buffer.concat([
      Buffer.from('supervision-engine/event-leaf/v1\n', 'utf8'),
      int64(BigInt(row.position)),
      int64(BigInt(row.transactionId)),
      length,
      stream,
      int64(BigInt(row.version)),
      Buffer.from(row.eventId.replace(/-/g, ''), 'hex'),
      row.contentDigest,
      row.chainHash,
      int64(BigInt(row.recordedAt.getTime()) * 1000n),
    ]),
  );
}

/** Opens a signed checkpoint note with a verifier key `<name>+<id>+<base64(0x01 ‖ key)>`; null unless it signed it. */
export function openNote(note: string, verifierKey: string): { origin: string; size: number; root: Buffer } | null {
  const plus = verifierKey.indexOf('+');
  const name = verifierKey.slice(0, plus);
  const id = Buffer.from(verifierKey.slice(plus + 1, plus + 9), 'hex');
  const keyBytes = Buffer.from(verifierKey.slice(plus + 10), 'base64');
  if (keyBytes[0] !== 1 || keyBytes.length !== 33) return null;
  const raw = keyBytes.subarray(1);
  if (!sha256(Buffer.from(`${name}\n`), Buffer.from([1]), raw).subarray(0, 4).equals(id)) return null;
  const key: KeyObject = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]), format: 'der', type: 'spki' });
  const [text, signatures] = note.split('\n\n');
  if (text === undefined || signatures === undefined) return null;
  const body = `${text}\n`;
  const ours = signatures.split('\n').find((line) => line.startsWith(`\u2014 ${name} `));
  if (ours === undefined) return null;
  const signature = Buffer.from(ours.slice(`\u2014 ${name} `.length), 'base64');
  if (!signature.subarray(0, 4).equals(id) || !verify(null, Buffer.from(body), key, signature.subarray(4))) return null;
  const [origin, size, root] = text.split('\n');
  return { origin: origin!, size: Number(size), root: Buffer.from(root!, 'base64') };
}
