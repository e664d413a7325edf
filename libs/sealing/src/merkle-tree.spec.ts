import { createHash } from 'node:crypto';
import {
  consistencyPath,
  consistencyProof,
  EMPTY_ROOT,
  foldSubtrees,
  Hash,
  inclusionPath,
  inclusionProof,
  leafHash,
  MerkleFrontier,
  perfectSubtrees,
  rootOf,
  splitPoint,
  verifyConsistency,
  verifyInclusion,
} from './merkle-tree';

const hex = (hash: Hash): string => hash.toString('hex');
const unhex = (text: string): Hash => Buffer.from(text, 'hex');

/** The Certificate Transparency reference leaves (RFC 6962 test data), and the tree head of each size 0..8. */
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((text) => leafHash(unhex(text)));
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

/** Leaves of larger trees, so every shape of the split shows up. */
const MANY = Array.from({ length: 70 }, (_, i) => leafHash(Buffer.from(`leaf ${i}`)));

describe('the Merkle tree of RFC 9162', () => {
  it('gives the reference tree head for every size from 0 to 8', () => {
    expect(hex(EMPTY_ROOT)).toBe(ROOTS[0]);
    for (let size = 0; size <= 8; size++) expect({ size, root: hex(rootOf(LEAVES.slice(0, size))) }).toEqual({ size, root: ROOTS[size] });
  });

  it('splits at the largest power of two below the size, not at the midpoint', () => {
    expect([2, 3, 4, 5, 6, 7, 8, 9, 1000].map(splitPoint)).toEqual([1, 2, 2, 4, 4, 4, 4, 8, 512]);
  });

  it('gives the reference inclusion proofs, and they verify', () => {
    const cases = [
      { index: 0, size: 8, proof: ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4'] },
      { index: 5, size: 8, proof: ['bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7'] },
      { index: 0, size: 1, proof: [] },
    ];
    for (const { index, size, proof } of cases) {
      expect(inclusionProof(LEAVES, index, size).map(hex)).toEqual(proof);
      expect(verifyInclusion(LEAVES[index]!, index, size, proof.map(unhex), unhex(ROOTS[size]!))).toBe(true);
    }
  });

  it('gives the reference consistency proofs, and they verify', () => {
    const cases = [
      { first: 2, second: 8, proof: ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4'] },
      { first: 6, second: 8, proof: ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7'] },
      { first: 2, second: 5, proof: ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b'] },
      { first: 1, second: 1, proof: [] },
    ];
    for (const { first, second, proof } of cases) {
      expect(consistencyProof(LEAVES, first, second).map(hex)).toEqual(proof);
      expect(verifyConsistency(first, second, unhex(ROOTS[first]!), unhex(ROOTS[second]!), proof.map(unhex))).toBe(true);
    }
  });

  it('every leaf of every tree up to 70 leaves has a proof that verifies, and only for that leaf, place and root', () => {
    for (let size = 1; size <= MANY.length; size++) {
      const root = rootOf(MANY, 0, size);
      for (let index = 0; index < size; index++) {
        const proof = inclusionProof(MANY, index, size);
        expect(verifyInclusion(MANY[index]!, index, size, proof, root)).toBe(true);
        if (index + 1 < size) expect(verifyInclusion(MANY[index + 1]!, index, size, proof, root)).toBe(false);
        if (size > 1) expect(verifyInclusion(MANY[index]!, (index + 1) % size, size, proof, root)).toBe(false);
        // (A wrong tree size alone can fit the same path: the size is bound by the signed checkpoint with the root.)
        if (size < MANY.length) expect(verifyInclusion(MANY[index]!, index, size, proof, rootOf(MANY, 0, size + 1))).toBe(false);
        if (proof.length > 0) {
          const bent = proof.map((hash, i) => (i === proof.length - 1 ? leafHash(hash) : hash));
          expect(verifyInclusion(MANY[index]!, index, size, bent, root)).toBe(false);
        }
      }
    }
  });

  it('every pair of sizes up to 70 has a consistency proof that verifies, and fails against another tree', () => {
    const other = MANY.map((hash, i) => (i === 3 ? leafHash(Buffer.from('rewritten')) : hash));
    for (let second = 1; second <= MANY.length; second++) {
      const secondRoot = rootOf(MANY, 0, second);
      for (let first = 1; first <= second; first++) {
        const proof = consistencyProof(MANY, first, second);
        expect(verifyConsistency(first, second, rootOf(MANY, 0, first), secondRoot, proof)).toBe(true);
        // A log rewritten at leaf 3 cannot prove its later tree extends the earlier one.
        if (first > 3 && first < second) expect(verifyConsistency(first, second, rootOf(MANY, 0, first), rootOf(other, 0, second), consistencyProof(other, first, second))).toBe(false);
      }
    }
  });

  it('the frontier keeps the same root as the whole tree at every size, and resumes from what it stored', () => {
    const frontier = new MerkleFrontier();
    for (let size = 1; size <= MANY.length; size++) {
      frontier.append(MANY[size - 1]!);
      expect(hex(frontier.root())).toBe(hex(rootOf(MANY, 0, size)));
    }
    const resumed = new MerkleFrontier({ size: 37, edge: (() => {
      const part = new MerkleFrontier();
      for (const leaf of MANY.slice(0, 37)) part.append(leaf);
      return part.subtrees;
    })() });
    for (const leaf of MANY.slice(37)) resumed.append(leaf);
    expect(hex(resumed.root())).toBe(hex(rootOf(MANY)));
    expect(() => new MerkleFrontier({ size: 5, edge: [EMPTY_ROOT] })).toThrow(/2 edge subtrees/);
  });

  it('the frontier reports every perfect subtree it completes, with the root of exactly those leaves', () => {
    const frontier = new MerkleFrontier();
    const completed = MANY.flatMap((leaf) => frontier.append(leaf));
    expect(completed).toHaveLength(2 * MANY.length - 3); // 70 leaves and 67 inner nodes of complete subtrees (70 = 64 + 4 + 2)
    for (const { level, index, hash } of completed) expect(hex(hash)).toBe(hex(rootOf(MANY, index * 2 ** level, (index + 1) * 2 ** level)));
  });

  it('proofs built from stored perfect subtrees equal those built from the leaves, for every size, leaf and pair up to 70', () => {
    const stored = new Map<string, Hash>();
    const frontier = new MerkleFrontier();
    for (const leaf of MANY) for (const node of frontier.append(leaf)) stored.set(`${node.level}/${node.index}`, node.hash);
    const fromStore = (from: number, to: number): Hash => foldSubtrees(perfectSubtrees(from, to).map(({ level, index }) => stored.get(`${level}/${index}`)!));
    for (let size = 1; size <= MANY.length; size++) {
      for (let index = 0; index < size; index++) expect(inclusionPath(index, size, fromStore).map(hex)).toEqual(inclusionProof(MANY, index, size).map(hex));
      for (let first = 1; first <= size; first++) expect(consistencyPath(first, size, fromStore).map(hex)).toEqual(consistencyProof(MANY, first, size).map(hex));
    }
    expect(() => perfectSubtrees(3, 7)).toThrow(/aligned/);
  });

  it('hashes a leaf as SHA-256 of 0x00 and its bytes', () => {
    expect(hex(leafHash(Buffer.from('abc')))).toBe(createHash('sha256').update(Buffer.from([0, 0x61, 0x62, 0x63])).digest('hex'));
  });
});
