import type { Pool } from 'pg';
import { Gauge, Registry } from 'prom-client';
import { sharedRead } from '@app/database';
import { WitnessTarget, witnessKey } from './checkpoint-witnesses';

/** Counting stops here: past a million events behind, the exact figure no longer matters. */
const LAG_COUNT_CAP = 1_000_000;

/** The sealed log as the gauges show it. */
export interface SealStatus {
  /** Leaves sealed. */
  readonly treeSize: number;
  /** Committed events below the log's horizon not sealed yet (capped at a million). */
  readonly lagEvents: number;
  /** The latest checkpoint, or null before the first. */
  readonly checkpoint: { readonly treeSize: number; readonly issuedAt: Date } | null;
  /** Checkpoints each configured witness does not hold yet, by witness kind. */
  readonly witnessPending: ReadonlyMap<WitnessTarget['kind'], number>;
}

/**
 * Reads the status in three small queries: the state row and the latest checkpoint; the unsealed
 * tail of the log (an index range from where the sealer stands, below the horizon, counted up to
 * the cap); and, per witness, the checkpoints above the one it holds (a range of their key).
 */
export async function sealStatus(pool: Pool, witnesses: readonly WitnessTarget[]): Promise<SealStatus> {
  const { rows: heads } = await pool.query<{ tree_size: string | null; checkpoint_size: string | null; issued_at: Date | null }>(
    `SELECT (SELECT tree_size FROM seal_state) AS tree_size, c.tree_size AS checkpoint_size, c.issued_at
       FROM (SELECT 1) one LEFT JOIN (SELECT tree_size, issued_at FROM seal_checkpoints ORDER BY tree_size DESC LIMIT 1) c ON true`,
  );
  const { rows: lag } = await pool.query<{ events: string }>(
    `SELECT count(*) AS events FROM (
       SELECT 1 FROM es_events e
        WHERE (e.transaction_id, e.global_position) > (COALESCE((SELECT transaction_id FROM seal_state), '0'::xid8), COALESCE((SELECT position FROM seal_state), 0))
          AND e.transaction_id < (SELECT es_log_horizon())
        LIMIT $1
     ) unsealed`,
    [LAG_COUNT_CAP],
  );
  const { rows: pending } = await pool.query<{ witness: string; pending: string }>(
    `SELECT k.witness, (SELECT count(*) FROM seal_checkpoints c WHERE c.tree_size > COALESCE(w.tree_size, 0)) AS pending
       FROM unnest($1::text[]) AS k(witness) LEFT JOIN seal_witnesses w ON w.witness = k.witness`,
    [witnesses.map(witnessKey)],
  );
  const pendingOf = new Map(pending.map((row) => [row.witness, Number(row.pending)]));
  const head = heads[0]!;
  return {
    treeSize: Number(head.tree_size ?? 0),
    lagEvents: Number(lag[0]!.events),
    checkpoint: head.checkpoint_size === null || head.issued_at === null ? null : { treeSize: Number(head.checkpoint_size), issuedAt: new Date(head.issued_at) },
    witnessPending: new Map(witnesses.map((target) => [target.kind, pendingOf.get(witnessKey(target)) ?? 0])),
  };
}

/**
 * The sealed log's gauges on `registry`, read from the database at scrape time (one read shared by
 * the gauges of a scrape), so every process reports the same figures: `seal_tree_size`,
 * `seal_lag_events`, `seal_checkpoint_tree_size`, `seal_checkpoint_age_seconds` and
 * `seal_witness_pending_checkpoints{witness}` for the witnesses configured (a series each, 0 when
 * nothing waits). A read that fails leaves them NaN (the witness gauge without series); so does
 * the age before the first checkpoint.
 */
export function registerSealMetrics(registry: Registry, read: () => Promise<SealStatus>, now: () => Date): void {
  const status = sharedRead(read, 1000);
  const gauge = (name: string, help: string, value: (status: SealStatus) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        const current = await status().catch(() => undefined);
        this.set(current === undefined ? Number.NaN : value(current));
      },
    });
  gauge('seal_tree_size', 'Leaves of the sealed log’s Merkle tree: events sealed', (current) => current.treeSize);
  gauge('seal_lag_events', 'Committed events below the log’s horizon not sealed yet (counted up to a million)', (current) => current.lagEvents);
  gauge('seal_checkpoint_tree_size', 'Tree size of the latest signed checkpoint (0 before the first)', (current) => current.checkpoint?.treeSize ?? 0);
  gauge('seal_checkpoint_age_seconds', 'Seconds since the latest checkpoint was issued (NaN before the first)', (current) =>
    current.checkpoint === null ? Number.NaN : Math.max(0, (now().getTime() - current.checkpoint.issuedAt.getTime()) / 1000),
  );
  new Gauge({
    name: 'seal_witness_pending_checkpoints',
    help: 'Checkpoints issued that a configured witness does not hold yet, by witness (file, webhook)',
    labelNames: ['witness'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      const current = await status().catch(() => undefined);
      if (current !== undefined) for (const [witness, pending] of current.witnessPending) this.set({ witness }, pending);
    },
  });
}
