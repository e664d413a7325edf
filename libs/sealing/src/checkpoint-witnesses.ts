import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { Pool } from 'pg';
import { CheckpointVerifier, headsConsistent, lastHeadInWitnessFile, noteMatches, TreeHead } from './checkpoint-consistency';
import { SealedLog } from './sealed-log';
import { WitnessFile } from './witness-file';

/**
 * An outside party that keeps every checkpoint: a file an auditor keeps, or a receiver checkpoints
 * are POSTed to. `kind` names it on metrics and in the logs; the progress row is keyed by the file
 * or URL itself, so a witness configured anew gets every checkpoint from the first.
 */
export type WitnessTarget = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'webhook'; readonly url: string };

export function witnessKey(target: WitnessTarget): string {
  return target.kind === 'file' ? `file:${resolve(target.path)}` : `webhook:${target.url}`;
}

/** The header that names the checkpoint a webhook request carries, so a receiver drops a repeat. */
export const WITNESS_TREE_SIZE_HEADER = 'X-Supervision-Tree-Size';

export interface WitnessOptions {
  /** How long one POST may take before it counts as failed. */
  readonly sendTimeoutMs?: number;
  /** How long a witness is held by the process pushing to it before another may (longer than a send). */
  readonly leaseMs?: number;
  /** The wait after the first failure, doubled after each further one up to `retryMaxSeconds`. */
  readonly retryBaseSeconds?: number;
  readonly retryMaxSeconds?: number;
  /** A checkpoint a witness now holds. */
  readonly onPushed?: (witness: WitnessTarget, treeSize: number) => void;
  /** A push that failed and will be tried again later. */
  readonly onFailed?: (witness: WitnessTarget, treeSize: number, error: string) => void;
  /**
   * A checkpoint that is not pushed because it does not extend what the witness holds (or its note
   * is not ours): said once per witness and checkpoint, though it is checked again on every retry.
   */
  readonly onRefused?: (witness: WitnessTarget, treeSize: number, reason: string) => void;
}

interface HeldRow {
  tree_size: string;
  root_hash: Buffer | null;
  attempts: number;
}

interface CheckpointRow {
  tree_size: string;
  root_hash: Buffer;
  note: string;
}

/**
 * Pushes the checkpoints to the witnesses, each witness every checkpoint in tree-size order, none
 * skipped, at least once. A checkpoint goes to a witness only when a consistency proof from the
 * sealed tree shows it extends the one the witness already holds, so no witness is ever shown two
 * histories. Progress is kept per witness in `seal_witnesses`, so a restart goes on where it
 * stopped; a failure is tried again after a backoff, never given up.
 *
 * A process claims a witness for a lease (`SKIP LOCKED`, so two processes never push to one
 * witness at once) and pushes outside any transaction: a transaction held open over an HTTP call
 * would keep a connection — the embedded database's only one — for as long as the receiver takes.
 */
export class CheckpointWitnesses {
  private readonly refused = new Map<string, number>();

  constructor(
    private readonly pool: Pool,
    private readonly verifier: CheckpointVerifier,
    private readonly origin: string,
    readonly targets: readonly WitnessTarget[],
    private readonly now: () => Date,
    private readonly options: WitnessOptions = {},
  ) {}

  /** Pushes to every witness what it lacks and is due. */
  async pushDue(): Promise<void> {
    for (const target of this.targets) await this.pushTo(target);
  }

  private async pushTo(target: WitnessTarget): Promise<void> {
    const key = witnessKey(target);
    const claim = randomUUID();
    const held = await this.claim(key, claim);
    if (held === null) return;
    let holds: TreeHead | null = held.root_hash === null || held.tree_size === '0' ? null : { treeSize: Number(held.tree_size), rootHash: held.root_hash };
    let attempts = held.attempts;
    try {
      if (target.kind === 'file') {
        // The file is what its auditor holds: a note past the recorded one (written by a process
        // that died before recording it, or left from before a restore of the database) counts.
        const inFile = await lastHeadInWitnessFile(target.path, this.verifier, this.origin);
        if (inFile !== null && (holds === null || inFile.treeSize > holds.treeSize)) {
          holds = inFile;
          await this.pool.query('UPDATE seal_witnesses SET tree_size = $3, root_hash = $4 WHERE witness = $1 AND claimed_by = $2', [key, claim, inFile.treeSize, inFile.rootHash]);
        }
      }
      for (;;) {
        const { rows } = await this.pool.query<CheckpointRow>('SELECT tree_size, root_hash, note FROM seal_checkpoints WHERE tree_size > $1 ORDER BY tree_size LIMIT 1', [
          holds?.treeSize ?? 0,
        ]);
        const row = rows[0];
        if (row === undefined) return;
        const next = { treeSize: Number(row.tree_size), rootHash: row.root_hash, note: row.note };
        const refusal = await this.refusal(holds, next);
        if (refusal !== null) {
          await this.failed(key, claim, attempts, `refused: ${refusal}`);
          if (this.refused.get(key) !== next.treeSize) this.options.onRefused?.(target, next.treeSize, refusal);
          this.refused.set(key, next.treeSize);
          return;
        }
        const failure = await this.deliver(target, next);
        if (failure !== null) {
          await this.failed(key, claim, attempts, failure);
          this.options.onFailed?.(target, next.treeSize, failure);
          return;
        }
        const now = this.now();
        const { rowCount } = await this.pool.query(
          `UPDATE seal_witnesses SET tree_size = $3, root_hash = $4, pushed_at = $5, attempts = 0, next_attempt_at = NULL, last_error = NULL, claimed_until = $6
            WHERE witness = $1 AND claimed_by = $2`,
          [key, claim, next.treeSize, next.rootHash, now, this.leaseEnd(now)],
        );
        this.refused.delete(key);
        this.options.onPushed?.(target, next.treeSize);
        // The lease ran out and another process took the witness over: it goes on from here.
        if (rowCount === 0) return;
        holds = next;
        attempts = 0;
      }
    } finally {
      await this.pool.query('UPDATE seal_witnesses SET claimed_by = NULL, claimed_until = NULL WHERE witness = $1 AND claimed_by = $2', [key, claim]);
    }
  }

  /** Takes the witness for a lease, when it lacks a checkpoint and is not waiting out a backoff nor held by another process. */
  private async claim(key: string, claim: string): Promise<HeldRow | null> {
    const now = this.now();
    await this.pool.query('INSERT INTO seal_witnesses (witness) VALUES ($1) ON CONFLICT (witness) DO NOTHING', [key]);
    const { rows } = await this.pool.query<HeldRow>(
      `UPDATE seal_witnesses w SET claimed_by = $2, claimed_until = $3
         FROM (SELECT witness FROM seal_witnesses
                WHERE witness = $1
                  AND (claimed_until IS NULL OR claimed_until <= $4)
                  AND (next_attempt_at IS NULL OR next_attempt_at <= $4)
                  AND EXISTS (SELECT 1 FROM seal_checkpoints c WHERE c.tree_size > seal_witnesses.tree_size)
                FOR UPDATE SKIP LOCKED) due
        WHERE w.witness = due.witness
       RETURNING w.tree_size, w.root_hash, w.attempts`,
      [key, claim, this.leaseEnd(now), now],
    );
    return rows[0] ?? null;
  }

  private async failed(key: string, claim: string, attempts: number, error: string): Promise<void> {
    const now = this.now();
    await this.pool.query(
      'UPDATE seal_witnesses SET attempts = attempts + 1, next_attempt_at = $3, last_error = $4 WHERE witness = $1 AND claimed_by = $2',
      [key, claim, new Date(now.getTime() + this.retryDelayMs(attempts + 1)), error.slice(0, 500)],
    );
  }

  /** Why `next` must not go to a witness that holds `holds`, or null when it may. */
  private async refusal(holds: TreeHead | null, next: TreeHead & { readonly note: string }): Promise<string | null> {
    if (!noteMatches(next, this.verifier, this.origin)) {
      return `the note of the checkpoint of ${next.treeSize} leaves does not open with the verifier key, or states another tree than its row`;
    }
    if (holds !== null && !(await headsConsistent(new SealedLog(this.pool), holds, next))) {
      return `the checkpoint of ${next.treeSize} leaves does not extend the checkpoint of ${holds.treeSize} leaves the witness holds: the sealed tree does not prove it`;
    }
    return null;
  }

  /** Null when the witness has the note, else what went wrong. */
  private async deliver(target: WitnessTarget, checkpoint: { readonly treeSize: number; readonly note: string }): Promise<string | null> {
    try {
      if (target.kind === 'file') {
        await new WitnessFile(target.path).append(checkpoint.note);
        return null;
      }
      const response = await fetch(target.url, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain; charset=utf-8', [WITNESS_TREE_SIZE_HEADER]: String(checkpoint.treeSize) },
        body: checkpoint.note,
        redirect: 'error',
        signal: AbortSignal.timeout(this.options.sendTimeoutMs ?? 10_000),
      });
      const body = await response.text();
      return response.ok ? null : `HTTP ${response.status}${body === '' ? '' : `: ${body.slice(0, 200)}`}`;
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      return `${error instanceof Error ? error.message : String(error)}${cause}`.slice(0, 300);
    }
  }

  private retryDelayMs(attempts: number): number {
    const base = this.options.retryBaseSeconds ?? 5;
    return Math.min(this.options.retryMaxSeconds ?? 300, base * 2 ** Math.max(0, attempts - 1)) * 1000;
  }

  private leaseEnd(now: Date): Date {
    return new Date(now.getTime() + (this.options.leaseMs ?? 60_000));
  }
}
