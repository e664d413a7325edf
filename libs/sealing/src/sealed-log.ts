import type { Pool, PoolClient } from 'pg';
import { consistencyPath, EMPTY_ROOT, foldSubtrees, Hash, inclusionPath, perfectSubtrees, RangeRoot, SubtreeKey } from './merkle-tree';

/** The stored tree lacks a subtree it should have (rows of seal_nodes or seal_leaves were deleted). */
export class IncompleteSealedTree extends Error {
  constructor(readonly subtree: string) {
    super(`the sealed tree lacks the subtree ${subtree}: seal_nodes or seal_leaves is incomplete`);
  }
}

/** Where an event stands in the sealed tree. */
export interface SealedLeaf {
  readonly leafIndex: number;
  readonly position: number;
  readonly leafHash: Hash;
}

/**
 * Reads the sealed tree: tree heads of any size sealed, an event's leaf, and inclusion and
 * consistency proofs, each from the stored perfect subtrees in one query (O(log² n) rows).
 */
export class SealedLog {
  /** On a pool, or on a transaction's client (so a transaction reads the tree without a second connection). */
  constructor(private readonly pool: Pick<Pool | PoolClient, 'query'>) {}

  /** How many leaves are sealed. */
  async size(): Promise<number> {
    const { rows } = await this.pool.query<{ tree_size: string }>('SELECT tree_size FROM seal_state');
    return rows.length === 0 ? 0 : Number(rows[0]!.tree_size);
  }

  /** The leaf of the event at `position`, when it is sealed. */
  async leafOfPosition(position: number): Promise<SealedLeaf | null> {
    const { rows } = await this.pool.query<{ leaf_index: string; hash: Buffer }>(
      `SELECT l.leaf_index, l.leaf_hash AS hash FROM seal_leaves l WHERE l.position = $1`,
      [position],
    );
    const row = rows[0];
    return row === undefined ? null : { leafIndex: Number(row.leaf_index), position, leafHash: row.hash };
  }

  /** The leaf index of each of `positions` that is sealed, by position. */
  async leafIndexesOf(positions: readonly number[]): Promise<Map<number, number>> {
    if (positions.length === 0) return new Map();
    const { rows } = await this.pool.query<{ position: string; leaf_index: string }>(
      'SELECT l.position, l.leaf_index FROM seal_leaves l WHERE l.position = ANY ($1::bigint[])',
      [positions],
    );
    return new Map(rows.map((row) => [Number(row.position), Number(row.leaf_index)]));
  }

  /** MTH of the first `treeSize` leaves. */
  async rootAt(treeSize: number): Promise<Hash> {
    await this.assertSealed(treeSize);
    if (treeSize === 0) return EMPTY_ROOT;
    const nodes = await this.nodes(perfectSubtrees(0, treeSize));
    return foldSubtrees(perfectSubtrees(0, treeSize).map((key) => nodes.get(keyOf(key))!));
  }

  /** MTH of each range of leaves, from the stored subtrees in one query (ranges as RFC 9162's recursion splits a tree). */
  async rangeRoots(ranges: ReadonlyArray<{ readonly from: number; readonly to: number }>): Promise<Hash[]> {
    const nodes = await this.nodes(ranges.flatMap(({ from, to }) => perfectSubtrees(from, to)));
    return ranges.map(({ from, to }) => foldSubtrees(perfectSubtrees(from, to).map((key) => nodes.get(keyOf(key))!)));
  }

  async inclusionProof(leafIndex: number, treeSize: number): Promise<Hash[]> {
    await this.assertSealed(treeSize);
    return this.withRanges((root) => inclusionPath(leafIndex, treeSize, root));
  }

  async consistencyProof(first: number, second: number): Promise<Hash[]> {
    await this.assertSealed(second);
    return this.withRanges((root) => consistencyPath(first, second, root));
  }

  /** Runs `proof` once to learn the ranges it needs, fetches their subtrees at once, then runs it for real. */
  private async withRanges(proof: (root: RangeRoot) => Hash[]): Promise<Hash[]> {
    const keys: SubtreeKey[] = [];
    proof((from, to) => {
      keys.push(...perfectSubtrees(from, to));
      return EMPTY_ROOT;
    });
    const nodes = await this.nodes(keys);
    return proof((from, to) => foldSubtrees(perfectSubtrees(from, to).map((key) => nodes.get(keyOf(key))!)));
  }

  private async nodes(keys: readonly SubtreeKey[]): Promise<Map<string, Hash>> {
    if (keys.length === 0) return new Map();
    // Level 0, the leaf hashes, is kept in the leaves' rows; the levels above in seal_nodes.
    const { rows } = await this.pool.query<{ level: number; node_index: string; hash: Buffer }>(
      `SELECT n.level, n.node_index, n.hash FROM seal_nodes n
         JOIN unnest($1::smallint[], $2::bigint[]) AS k(level, node_index) ON n.level = k.level AND n.node_index = k.node_index
       UNION ALL
       SELECT 0, l.leaf_index, l.leaf_hash FROM seal_leaves l WHERE l.leaf_index = ANY ($3::bigint[])`,
      [keys.filter((key) => key.level > 0).map((key) => key.level), keys.filter((key) => key.level > 0).map((key) => key.index), keys.filter((key) => key.level === 0).map((key) => key.index)],
    );
    const found = new Map(rows.map((row) => [`${row.level}/${row.node_index}`, row.hash]));
    const missing = keys.find((key) => !found.has(keyOf(key)));
    if (missing !== undefined) throw new IncompleteSealedTree(keyOf(missing));
    return found;
  }

  private async assertSealed(treeSize: number): Promise<void> {
    const sealed = await this.size();
    if (!Number.isSafeInteger(treeSize) || treeSize < 0 || treeSize > sealed) throw new RangeError(`the sealed tree has ${sealed} leaves, not ${treeSize}`);
  }
}

function keyOf(key: SubtreeKey): string {
  return `${key.level}/${key.index}`;
}
