import { createHash, hash } from 'node:crypto';

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0, §2.1), over leaf hashes kept in
 * order. Hashes are 32-byte SHA-256 values:
 *   leaf hash  = SHA-256(0x00 ‖ leaf bytes)
 *   node hash  = SHA-256(0x01 ‖ left ‖ right)
 *   MTH({})    = SHA-256(empty string)
 *   MTH(D[n])  = node(MTH(D[0:k]), MTH(D[k:n])) where k is the largest power of two below n.
 * The proofs are the RFC's: an inclusion proof is the audit path PATH(m, D[n]), a consistency proof
 * PROOF(m, D[n]); the verifiers are the RFC's algorithms (§2.1.3.2, §2.1.4.2), so any verifier
 * written from the RFC checks what this produces.
 */
export type Hash = Buffer;

export const EMPTY_ROOT: Hash = createHash('sha256').digest();

// Each input is built in one buffer and hashed in one call (a third faster than a Hash object fed
// piece by piece): the sealer runs these about twice per event.

export function leafHash(leaf: Uint8Array): Hash {
  const input = Buffer.allocUnsafe(1 + leaf.length);
  input[0] = 0x00;
  input.set(leaf, 1);
  return hash('sha256', input, 'buffer');
}

export function nodeHash(left: Hash, right: Hash): Hash {
  const input = Buffer.allocUnsafe(65);
  input[0] = 0x01;
  left.copy(input, 1);
  right.copy(input, 33);
  return hash('sha256', input, 'buffer');
}

/** The largest power of two strictly below `n` (n ≥ 2): where the RFC splits a tree of n leaves. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH over leaf hashes `leaves[from, to)`. */
export function rootOf(leaves: readonly Hash[], from = 0, to = leaves.length): Hash {
  if (!(from >= 0 && from <= to && to <= leaves.length)) throw new RangeError(`no leaves [${from}, ${to}) among ${leaves.length}`);
  const n = to - from;
  if (n === 0) return EMPTY_ROOT;
  if (n === 1) return leaves[from]!;
  const k = splitPoint(n);
  return nodeHash(rootOf(leaves, from, from + k), rootOf(leaves, from + k, to));
}

/** MTH of the leaves `[from, to)`: from the leaves themselves, or from stored subtree roots. */
export type RangeRoot = (from: number, to: number) => Hash;

/** PATH(index, D[treeSize]): the audit path of leaf `index` in the tree of the first `treeSize` leaves. */
export function inclusionProof(leaves: readonly Hash[], index: number, treeSize = leaves.length): Hash[] {
  if (treeSize > leaves.length) throw new RangeError(`no tree of ${treeSize} among ${leaves.length} leaves`);
  return inclusionPath(index, treeSize, (from, to) => rootOf(leaves, from, to));
}

/** PATH(index, D[treeSize]) with the subtree roots from `root`. */
export function inclusionPath(index: number, treeSize: number, root: RangeRoot): Hash[] {
  if (!(index >= 0 && index < treeSize)) throw new RangeError(`no leaf ${index} in a tree of ${treeSize}`);
  const path = (m: number, from: number, to: number): Hash[] => {
    const n = to - from;
    if (n === 1) return [];
    const k = splitPoint(n);
    return m < k ? [...path(m, from, from + k), root(from + k, to)] : [...path(m - k, from + k, to), root(from, from + k)];
  };
  return path(index, 0, treeSize);
}

/** PROOF(first, D[second]): that the tree of `first` leaves is a prefix of the tree of `second`. */
export function consistencyProof(leaves: readonly Hash[], first: number, second = leaves.length): Hash[] {
  if (second > leaves.length) throw new RangeError(`no tree of ${second} among ${leaves.length} leaves`);
  return consistencyPath(first, second, (from, to) => rootOf(leaves, from, to));
}

/** PROOF(first, D[second]) with the subtree roots from `root`. */
export function consistencyPath(first: number, second: number, root: RangeRoot): Hash[] {
  if (!(first >= 0 && first <= second)) throw new RangeError(`no consistency from ${first} to ${second}`);
  if (first === 0 || first === second) return [];
  const subproof = (m: number, from: number, to: number, whole: boolean): Hash[] => {
    const n = to - from;
    if (m === n) return whole ? [] : [root(from, to)];
    const k = splitPoint(n);
    return m <= k ? [...subproof(m, from, from + k, whole), root(from + k, to)] : [...subproof(m - k, from + k, to, false), root(from, from + k)];
  };
  return subproof(first, 0, second, true);
}

/** A perfect subtree: the 2^level leaves from `index · 2^level`. */
export interface SubtreeKey {
  readonly level: number;
  readonly index: number;
}

/**
 * The perfect subtrees that make up the leaves `[from, to)`, largest first: the ranges the proofs
 * ask for start at a multiple of a power of two at least their length, so each piece is aligned,
 * and their MTH is the pieces folded from the right (as the frontier folds its edge).
 */
export function perfectSubtrees(from: number, to: number): SubtreeKey[] {
  const pieces: SubtreeKey[] = [];
  let at = from;
  let rest = to - from;
  for (let level = 52; level >= 0 && rest > 0; level--) {
    const width = 2 ** level;
    if (width > rest) continue;
    if (at % width !== 0) throw new RangeError(`[${from}, ${to}) is not made of aligned subtrees`);
    pieces.push({ level, index: at / width });
    at += width;
    rest -= width;
  }
  return pieces;
}

/** The MTH of a range from the roots of its perfect subtrees (see {@link perfectSubtrees}). */
export function foldSubtrees(roots: readonly Hash[]): Hash {
  if (roots.length === 0) return EMPTY_ROOT;
  let root = roots[roots.length - 1]!;
  for (let i = roots.length - 2; i >= 0; i--) root = nodeHash(roots[i]!, root);
  return root;
}

/** RFC 9162 §2.1.3.2: whether `proof` shows leaf hash `leaf` at `index` in the tree of `treeSize` with root `root`. */
export function verifyInclusion(leaf: Hash, index: number, treeSize: number, proof: readonly Hash[], root: Hash): boolean {
  if (!(index >= 0 && index < treeSize)) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}

/** RFC 9162 §2.1.4.2: whether `proof` shows the tree of `first` leaves (root `firstRoot`) is a prefix of the tree of `second` (root `secondRoot`). */
export function verifyConsistency(first: number, second: number, firstRoot: Hash, secondRoot: Hash, proof: readonly Hash[]): boolean {
  if (!(first >= 0 && first <= second)) return false;
  if (first === second) return proof.length === 0 && firstRoot.equals(secondRoot);
  if (first === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof];
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && fr.equals(firstRoot) && sr.equals(secondRoot);
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}

/**
 * The right edge of a growing tree: the roots of its perfect subtrees, largest first, one per bit
 * of the size. Appending a leaf merges equal-sized subtrees as a binary counter carries, so a
 * sealer keeps the root of a tree of millions of leaves in at most 64 hashes, and appends in
 * amortised constant time. `root()` folds the edge from the right, as MTH splits it.
 */
export class MerkleFrontier {
  private readonly edge: Hash[] = [];
  private count = 0;

  constructor(from?: { readonly size: number; readonly edge: readonly Hash[] }) {
    if (from !== undefined) {
      if (popCount(from.size) !== from.edge.length) throw new RangeError(`a tree of ${from.size} leaves has ${popCount(from.size)} edge subtrees, not ${from.edge.length}`);
      this.edge.push(...from.edge);
      this.count = from.size;
    }
  }

  get size(): number {
    return this.count;
  }

  /** The subtree roots of the right edge, largest first (what to store to resume). */
  get subtrees(): readonly Hash[] {
    return this.edge;
  }

  /** Appends a leaf; returns the perfect subtrees it completed (the leaf itself at level 0 first). */
  append(leaf: Hash): Array<SubtreeKey & { readonly hash: Hash }> {
    const index = this.count;
    const completed: Array<SubtreeKey & { readonly hash: Hash }> = [{ level: 0, index, hash: leaf }];
    let carry = leaf;
    let size = this.count;
    // Each trailing 1 bit of the old size is a subtree of the same height as the carry: merge.
    for (let level = 1; size % 2 === 1; level++) {
      carry = nodeHash(this.edge.pop()!, carry);
      size = Math.floor(size / 2);
      completed.push({ level, index: Math.floor(index / 2 ** level), hash: carry });
    }
    this.edge.push(carry);
    this.count += 1;
    return completed;
  }

  root(): Hash {
    return foldSubtrees(this.edge);
  }
}

function popCount(n: number): number {
  let bits = 0;
  for (let rest = n; rest > 0; rest = Math.floor(rest / 2)) bits += rest % 2;
  return bits;
}
