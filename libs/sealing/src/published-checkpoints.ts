import type { Pool } from 'pg';
import { CheckpointVerifier, headsConsistent, lastHeadInWitnessFile, noteMatches, TreeHead } from './checkpoint-consistency';
import { SealedLog } from './sealed-log';

/** Why a stored checkpoint is not served. */
export type UnservableReason = 'signature' | 'inconsistent';

/**
 * A stored checkpoint the API will not hand out: its note does not open with the verifier key (or
 * states another tree than its row), or it contradicts a checkpoint already published.
 */
export class UnservableCheckpoint extends Error {
  constructor(
    readonly treeSize: number,
    readonly reason: UnservableReason,
    /** The published checkpoint it contradicts (for `inconsistent`). */
    readonly published: number | null,
  ) {
    super(
      reason === 'signature'
        ? `the stored checkpoint of ${treeSize} leaves does not open with the verifier key, or its note states another tree than its row`
        : `the stored checkpoint of ${treeSize} leaves is not consistent with the checkpoint of ${published} leaves already published`,
    );
    this.name = 'UnservableCheckpoint';
  }
}

/** Pairs of heads already proven consistent are remembered; past this many, the memory starts afresh. */
const PROVEN_PAIRS_KEPT = 10_000;

/**
 * What has been published of the log — the largest checkpoint this process has served, the
 * largest each witness holds (`seal_witnesses`), and the last note of the witness file read at
 * start — and the rule that guards serving: a checkpoint is served only when its note opens with
 * the verifier key, and when a consistency proof from the sealed tree, checked against both roots,
 * shows it and the largest published checkpoint are one history. So a checkpoint row forged or
 * edited in the database, or signed over a rewritten log, is refused rather than shown.
 *
 * Two heads once proven consistent stay so (the proof binds both roots), so each pair is proven
 * once per process.
 */
export class PublishedCheckpoints {
  private highest: TreeHead | null = null;
  private readonly proven = new Set<string>();

  constructor(
    private readonly pool: Pool,
    private readonly verifier: CheckpointVerifier,
    private readonly origin: string,
  ) {}

  /** Counts `head` as published (e.g. the witness file's last note). */
  remember(head: TreeHead): void {
    if (this.highest === null || head.treeSize > this.highest.treeSize) this.highest = { treeSize: head.treeSize, rootHash: head.rootHash };
  }

  /**
   * The last note of a witness file, as a tree head, when it opens with the verifier key under this
   * log's origin; null when the file holds none (or none of ours).
   */
  readWitnessFile(path: string): Promise<TreeHead | null> {
    return lastHeadInWitnessFile(path, this.verifier, this.origin);
  }

  /** Throws {@link UnservableCheckpoint} unless `checkpoint` may be served; counts it as published when it may. */
  async vouchFor(checkpoint: TreeHead & { readonly note: string }): Promise<void> {
    if (!noteMatches(checkpoint, this.verifier, this.origin)) throw new UnservableCheckpoint(checkpoint.treeSize, 'signature', null);
    const sealed = new SealedLog(this.pool);
    for (const published of await this.largestPublished()) {
      const pair = `${published.treeSize}:${published.rootHash.toString('hex')}/${checkpoint.treeSize}:${checkpoint.rootHash.toString('hex')}`;
      if (this.proven.has(pair)) continue;
      if (!(await headsConsistent(sealed, published, checkpoint))) throw new UnservableCheckpoint(checkpoint.treeSize, 'inconsistent', published.treeSize);
      if (this.proven.size >= PROVEN_PAIRS_KEPT) this.proven.clear();
      this.proven.add(pair);
    }
    this.remember(checkpoint);
  }

  /** The largest published checkpoint (more than one only when two sources disagree at that size). */
  private async largestPublished(): Promise<TreeHead[]> {
    const { rows } = await this.pool.query<{ tree_size: string; root_hash: Buffer }>(
      'SELECT tree_size, root_hash FROM seal_witnesses WHERE root_hash IS NOT NULL AND tree_size = (SELECT max(tree_size) FROM seal_witnesses WHERE root_hash IS NOT NULL)',
    );
    const heads = [...(this.highest === null ? [] : [this.highest]), ...rows.map((row) => ({ treeSize: Number(row.tree_size), rootHash: row.root_hash }))];
    const largest = Math.max(0, ...heads.map((head) => head.treeSize));
    const distinct = new Map(heads.filter((head) => head.treeSize === largest).map((head) => [head.rootHash.toString('hex'), head]));
    return [...distinct.values()];
  }
}
