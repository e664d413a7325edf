import { Pool } from 'pg';
import { Hash, verifyConsistency } from './merkle-tree';
import { SealedLog } from './sealed-log';
import { CheckpointSigner, openCheckpoint, signCheckpoint, verifierKey } from './signed-checkpoint';
import { createPublicKey } from 'node:crypto';

/** A checkpoint as issued: the tree head and the signed note that states it. */
export interface IssuedCheckpoint {
  readonly treeSize: number;
  readonly rootHash: Hash;
  readonly issuedAt: Date;
  /** The C2SP signed note (see signed-checkpoint.ts). */
  readonly note: string;
}

/** When a new checkpoint is due: after this long, or this many events, whichever comes first. */
export interface CheckpointPolicy {
  readonly everySeconds: number;
  readonly everyEvents: number;
}

/**
 * The sealed tree now contradicts a checkpoint already published: the log was rewritten below it.
 * Nothing is signed over it; the operators must find out what happened.
 */
export class InconsistentWithPublishedCheckpoint extends Error {
  constructor(
    readonly published: number,
    readonly treeSize: number,
  ) {
    super(`the sealed tree of ${treeSize} leaves does not extend the checkpoint of ${published} leaves already published: the log below it was rewritten`);
    this.name = 'InconsistentWithPublishedCheckpoint';
  }
}

/**
 * Issues and keeps the signed checkpoints. A new one is signed only when the tree proves itself an
 * extension of the last one issued (a consistency proof from the stored subtrees, checked as any
 * auditor checks it), so this log never signs two histories.
 */
export class CheckpointLog {
  constructor(
    private readonly pool: Pool,
    private readonly sealed: SealedLog,
    private readonly signer: CheckpointSigner,
    readonly origin: string,
  ) {}

  /** `<name>+<key id>+<key>`: what auditors check the notes with. */
  get verifierKey(): string {
    return verifierKey(this.signer.name, createPublicKey(this.signer.privateKey));
  }

  /** Whether the checkpoint's note is signed by this log's key and states its size and root (a row put in by hand is not). */
  signs(checkpoint: IssuedCheckpoint): boolean {
    const opened = openCheckpoint(checkpoint.note, { name: this.signer.name, publicKey: createPublicKey(this.signer.privateKey) });
    return opened !== null && opened.origin === this.origin && opened.treeSize === checkpoint.treeSize && opened.rootHash.equals(checkpoint.rootHash);
  }

  async latest(): Promise<IssuedCheckpoint | null> {
    const { rows } = await this.pool.query<Row>('SELECT tree_size, root_hash, issued_at, note FROM seal_checkpoints ORDER BY tree_size DESC LIMIT 1');
    return rows.length === 0 ? null : issued(rows[0]!);
  }

  /** The checkpoints issued, newest first, below `before` (a tree size) when given. */
  async list(limit: number, before?: number): Promise<IssuedCheckpoint[]> {
    const { rows } = await this.pool.query<Row>(
      `SELECT tree_size, root_hash, issued_at, note FROM seal_checkpoints WHERE ($1::bigint IS NULL OR tree_size < $1) ORDER BY tree_size DESC LIMIT $2`,
      [before ?? null, limit],
    );
    return rows.map(issued);
  }

  /** Issues a checkpoint when `policy` says one is due (and the tree grew); returns it, or null. */
  async issueIfDue(now: Date, policy: CheckpointPolicy): Promise<IssuedCheckpoint | null> {
    const [latest, size] = await Promise.all([this.latest(), this.sealed.size()]);
    // A tree smaller than one already published lost leaves: issue() says so.
    if (latest !== null && size < latest.treeSize) return this.issue(now);
    if (size === 0 || (latest !== null && size === latest.treeSize)) return null;
    const due = latest === null || size - latest.treeSize >= policy.everyEvents || now.getTime() - latest.issuedAt.getTime() >= policy.everySeconds * 1000;
    return due ? this.issue(now) : null;
  }

  /**
   * Signs the tree as sealed now, or returns the last checkpoint when the tree has not grown since
   * (and is still the tree it signed). A tree that lost leaves or differs from what was published
   * is refused.
   */
  async issue(now: Date): Promise<IssuedCheckpoint> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // One issuer at a time: a second waits, then finds the checkpoint made.
      await client.query('LOCK TABLE seal_checkpoints IN SHARE ROW EXCLUSIVE MODE');
      const { rows: last } = await client.query<Row>('SELECT tree_size, root_hash, issued_at, note FROM seal_checkpoints ORDER BY tree_size DESC LIMIT 1');
      const previous = last.length === 0 ? null : issued(last[0]!);
      // The tree read on this transaction's connection: the embedded database has only one.
      const sealed = new SealedLog(client);
      const size = await sealed.size();
      if (previous !== null && size < previous.treeSize) throw new InconsistentWithPublishedCheckpoint(previous.treeSize, size);
      const rootHash = await sealed.rootAt(size);
      if (previous !== null && size === previous.treeSize) {
        // Nothing new: the tree must still be the one published.
        if (!rootHash.equals(previous.rootHash)) throw new InconsistentWithPublishedCheckpoint(previous.treeSize, size);
        await client.query('COMMIT');
        return previous;
      }
      if (previous !== null) {
        const proof = await sealed.consistencyProof(previous.treeSize, size);
        if (!verifyConsistency(previous.treeSize, size, previous.rootHash, rootHash, proof)) throw new InconsistentWithPublishedCheckpoint(previous.treeSize, size);
      }
      const note = signCheckpoint({ origin: this.origin, treeSize: size, rootHash }, this.signer);
      await client.query('INSERT INTO seal_checkpoints (tree_size, root_hash, issued_at, note) VALUES ($1, $2, $3, $4)', [size, rootHash, now, note]);
      await client.query('COMMIT');
      return { treeSize: size, rootHash, issuedAt: now, note };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

interface Row {
  tree_size: string;
  root_hash: Buffer;
  issued_at: Date;
  note: string;
}

function issued(row: Row): IssuedCheckpoint {
  return { treeSize: Number(row.tree_size), rootHash: row.root_hash, issuedAt: new Date(row.issued_at), note: row.note };
}
