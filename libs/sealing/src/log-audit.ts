import type { Pool } from 'pg';
import { digestOfStored, logHorizon } from '@app/event-store';
import { leafHashOfStored, STORED_LEAF_COLUMNS, StoredLeafRow } from './event-leaf';
import { EMPTY_ROOT, Hash, MerkleFrontier, nodeHash, splitPoint } from './merkle-tree';
import type { CheckpointLog } from './checkpoint-log';
import { IncompleteSealedTree, SealedLog } from './sealed-log';

/** A tree head to check the log against: a signed checkpoint's, or the sealed tree's own. */
export interface TreeHead {
  readonly treeSize: number;
  readonly rootHash: Hash;
}

/** Where the log as it stands first parts from the tree it was sealed into. */
export interface Divergence {
  /** The first leaf that differs. */
  readonly leafIndex: number;
  /** The position of the event sealed at that leaf, as the sealed log's index records it (null if it lost the row). */
  readonly sealedPosition: number | null;
  /** The position of the event the log now has at that place in its order; null when the log ends before it. */
  readonly position: number | null;
}

export interface SealCheckReport {
  readonly ok: boolean;
  readonly treeSize: number;
  readonly rootHash: Hash;
  /** Events of the log read, in subscription order, up to the tree size. */
  readonly checkedLeaves: number;
  /** The head of the tree recomputed from the log; null when the log has fewer events than the tree. */
  readonly recomputedRoot: Hash | null;
  /**
   * The first divergent leaf, found by walking down the stored tree — when the stored tree still
   * yields the head checked against, so that each stored node on the way is vouched for by it.
   */
  readonly firstDivergentLeaf?: Divergence;
  /**
   * When the stored tree was altered too (it no longer yields the head), the leaves the first
   * divergence lies in: after the largest earlier checkpoint the log still matches, up to the
   * tree size.
   */
  readonly divergentRange?: { readonly fromLeaf: number; readonly toLeaf: number };
}

const PAGE = 5000;

interface AuditedRow extends StoredLeafRow {
  readonly event_type: string;
  readonly schema_version: number;
  readonly data: unknown;
  readonly metadata: unknown;
}

/**
 * Recomputes the sealed tree from the event log as it stands — every leaf from the stored row, its
 * content digest recomputed from what the event says, in subscription order — and compares its head with a trusted one (the latest signed checkpoint).
 * Unlike the hash chains, this sees every change a superuser can make to `es_events`: an event
 * deleted anywhere (a stream's last, a whole stream), positions or transactions changed, events
 * moved in the order, a rewrite with every digest and chain recomputed.
 *
 * Holds one 32-byte hash per leaf (32 MB for a million events) to walk down to the first divergent
 * leaf when the heads differ.
 */
export class LogAudit {
  constructor(
    private readonly pool: Pool,
    private readonly sealed: SealedLog,
  ) {}

  /**
   * Checks the log against `head`; `earlier` are older trusted heads (the checkpoint history),
   * used only to narrow the divergence when the stored tree was altered too.
   */
  async check(head: TreeHead, earlier: () => Promise<readonly TreeHead[]> = async () => []): Promise<SealCheckReport> {
    const { leaves, positions, count } = await this.recompute(head.treeSize);
    const base = { treeSize: head.treeSize, rootHash: head.rootHash, checkedLeaves: count };
    const recomputedRoot = count === head.treeSize ? rootOfPacked(leaves, 0, count) : null;
    if (recomputedRoot?.equals(head.rootHash)) return { ok: true, ...base, recomputedRoot };
    const leafIndex = await this.firstDivergentLeaf(leaves, count, head);
    if (leafIndex !== null) {
      const [sealedPosition] = await this.sealedPositions([leafIndex]);
      return {
        ok: false,
        ...base,
        recomputedRoot,
        firstDivergentLeaf: { leafIndex, sealedPosition: sealedPosition ?? null, position: leafIndex < count ? positions[leafIndex]! : null },
      };
    }
    return { ok: false, ...base, recomputedRoot, divergentRange: await this.narrow(leaves, count, head, await earlier()) };
  }

  /** The leaf hashes of the first `treeSize` events in subscription order (below the horizon), packed. */
  private async recompute(treeSize: number): Promise<{ leaves: Buffer; positions: Float64Array; count: number }> {
    const leaves = Buffer.alloc(treeSize * 32);
    const positions = new Float64Array(treeSize);
    const horizon = await logHorizon(this.pool);
    let count = 0;
    let after = { transactionId: '0', position: 0 };
    while (count < treeSize) {
      const { rows } = await this.pool.query<AuditedRow>(
        `SELECT ${STORED_LEAF_COLUMNS}, e.event_type, e.schema_version, e.data, e.metadata
           FROM es_events e
          WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint) AND e.transaction_id < $3::text::xid8
          ORDER BY e.transaction_id, e.global_position
          LIMIT $4`,
        [after.transactionId, after.position, horizon, Math.min(PAGE, treeSize - count)],
      );
      for (const row of rows) {
        // The digest recomputed from what the event says, not the stored one: an edit of the data shows here too.
        const contentDigest = digestOfStored(row.event_type, row.schema_version, row.data, row.metadata);
        leafHashOfStored({ ...row, content_digest: contentDigest }).copy(leaves, count * 32);
        positions[count] = Number(row.global_position);
        count += 1;
      }
      const last = rows[rows.length - 1];
      if (last === undefined || rows.length < PAGE) break;
      after = { transactionId: last.transaction_id, position: Number(last.global_position) };
    }
    return { leaves, positions, count };
  }

  /** The first divergent leaf by the stored tree, when it still yields `head`; null when it does not (it was altered too, or lost rows). */
  private async firstDivergentLeaf(leaves: Buffer, count: number, head: TreeHead): Promise<number | null> {
    try {
      if ((await this.sealed.size()) < head.treeSize || !(await this.sealed.rootAt(head.treeSize)).equals(head.rootHash)) return null;
      return await this.descend(leaves, count, 0, head.treeSize, head.rootHash);
    } catch (error) {
      if (error instanceof IncompleteSealedTree) return null;
      throw error;
    }
  }

  /**
   * The first leaf of `[from, to)` where the recomputed leaves part from the stored tree, given that
   * `trusted` is that range's head and differs from the recomputed one. Each step reads the two
   * halves from the stored tree, checks they hash to the trusted head, and goes into the first half
   * that differs; null when the stored tree does not hold together on the way.
   */
  private async descend(leaves: Buffer, count: number, from: number, to: number, trusted: Hash): Promise<number | null> {
    if (to - from === 1) return from;
    const split = from + splitPoint(to - from);
    const [left, right] = await this.sealed.rangeRoots([
      { from, to: split },
      { from: split, to },
    ]);
    if (!nodeHash(left!, right!).equals(trusted)) return null;
    const recomputedLeft = count >= split ? rootOfPacked(leaves, from, split) : null;
    return recomputedLeft !== null && recomputedLeft.equals(left!) ? this.descend(leaves, count, split, to, right!) : this.descend(leaves, count, from, split, left!);
  }

  /** Between the largest earlier head the recomputed tree still matches and the first it does not (or `head`). */
  private async narrow(leaves: Buffer, count: number, head: TreeHead, earlier: readonly TreeHead[]): Promise<{ fromLeaf: number; toLeaf: number }> {
    const heads = [...earlier.filter((h) => h.treeSize < head.treeSize), head].sort((a, b) => a.treeSize - b.treeSize);
    const matches = (h: TreeHead): boolean => h.treeSize <= count && rootOfPacked(leaves, 0, h.treeSize).equals(h.rootHash);
    // Prefixes match up to some checkpoint and no further: binary search for the first that does not.
    let low = 0;
    let high = heads.length - 1;
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (matches(heads[middle]!)) low = middle + 1;
      else high = middle;
    }
    return { fromLeaf: low === 0 ? 0 : heads[low - 1]!.treeSize, toLeaf: heads[low]!.treeSize - 1 };
  }

  private async sealedPositions(leafIndexes: readonly number[]): Promise<Array<number | undefined>> {
    const { rows } = await this.pool.query<{ leaf_index: string; position: string }>(
      'SELECT leaf_index, position FROM seal_leaves WHERE leaf_index = ANY ($1::bigint[])',
      [leafIndexes],
    );
    const found = new Map(rows.map((row) => [Number(row.leaf_index), Number(row.position)]));
    return leafIndexes.map((index) => found.get(index));
  }
}

/** MTH over the packed leaf hashes `[from, to)`, appended to a frontier in order (O(n), constant memory). */
function rootOfPacked(leaves: Buffer, from: number, to: number): Hash {
  if (to === from) return EMPTY_ROOT;
  // A range the descent asks for starts at a multiple of a power of two at least its length, or
  // ends at the tree size: fold it as its own tree.
  const tree = new MerkleFrontier();
  for (let index = from; index < to; index++) tree.append(leaves.subarray(index * 32, index * 32 + 32));
  return tree.root();
}

/** The log checked against the latest checkpoint, or against the sealed tree where none is signed. */
export interface SealVerification extends Partial<SealCheckReport> {
  readonly ok: boolean;
  /** `checkpoint`: the latest signed checkpoint; `sealed-tree`: the tree's own head (no key configured, or nothing signed yet). */
  readonly against: 'checkpoint' | 'sealed-tree';
  readonly treeSize: number;
  readonly issuedAt: Date | null;
  /** The latest checkpoint's note is not signed by the configured key (a row put in by hand): nothing was checked against it. */
  readonly unsigned?: true;
}

/**
 * What `/audit/verify` and `main.js verify` report of the seal: the log recomputed against the
 * latest checkpoint whose note this log's key signed (earlier ones narrow a divergence), or
 * against the sealed tree's head when there is no checkpoint to trust.
 */
export async function verifySeal(
  audit: LogAudit,
  checkpoints: CheckpointLog | null,
  sealedHead: () => Promise<TreeHead>,
): Promise<SealVerification> {
  const latest = await checkpoints?.latest();
  if (checkpoints === null || checkpoints === undefined || latest === null || latest === undefined) {
    const head = await sealedHead();
    return { against: 'sealed-tree', issuedAt: null, ...(await audit.check(head)) };
  }
  if (!checkpoints.signs(latest)) return { ok: false, against: 'checkpoint', treeSize: latest.treeSize, rootHash: latest.rootHash, issuedAt: latest.issuedAt, unsigned: true };
  const earlier = async (): Promise<TreeHead[]> => (await checkpoints.list(Number.MAX_SAFE_INTEGER, latest.treeSize)).filter((checkpoint) => checkpoints.signs(checkpoint));
  return { against: 'checkpoint', issuedAt: latest.issuedAt, ...(await audit.check(latest, earlier)) };
}
