import { Pool } from 'pg';
import { chainStep, digestOfStored, genesisHash } from './hash-chain';

export interface VerifyOptions {
  /** First global position to check (inclusive); the start of the log when absent. */
  readonly from?: number;
  /** Last global position to check (inclusive); the end of the log when absent. */
  readonly to?: number;
}

export type BreakReason = 'content' | 'chain' | 'missing-predecessor';

export interface VerifyReport {
  readonly ok: boolean;
  readonly checkedEvents: number;
  readonly fromPosition: number | null;
  readonly toPosition: number | null;
  /** The first event, in position order, whose stored digest or chain value does not match. */
  readonly firstBroken?: {
    readonly position: number;
    readonly streamId: string;
    readonly version: number;
    readonly reason: BreakReason;
  };
}

interface VerifyRow {
  global_position: string;
  stream_id: string;
  stream_version: string;
  event_id: string;
  event_type: string;
  schema_version: number;
  data: unknown;
  metadata: unknown;
  content_digest: Buffer;
  chain_hash: Buffer;
  recorded_micros: string;
}

const PAGE = 2000;

/**
 * Walks the log in position order. For each event it recomputes the content digest from the
 * stored data and the chain value from its predecessor's stored chain value, so an edit made
 * with SQL behind the store's back shows up at the edited row (content) or, when the digest was
 * forged too, at that row's chain value.
 */
export async function verifyLog(pool: Pool, options: VerifyOptions): Promise<VerifyReport> {
  let after = (options.from ?? 1) - 1;
  const to = options.to ?? Number.MAX_SAFE_INTEGER;
  const lastChain = new Map<string, { version: number; chain: Buffer }>();
  let checked = 0;
  let first: number | null = null;
  let last: number | null = null;
  for (;;) {
    const { rows } = await pool.query<VerifyRow>(
      `SELECT global_position, stream_id, stream_version, event_id::text AS event_id, event_type, schema_version,
              data, metadata, content_digest, chain_hash,
              (extract(epoch FROM recorded_at) * 1000000)::bigint::text AS recorded_micros
         FROM es_events WHERE global_position > $1 AND global_position <= $2
        ORDER BY global_position LIMIT $3`,
      [after, to, PAGE],
    );
    if (rows.length === 0) break;
    const predecessors = await loadPredecessors(pool, rows, lastChain);
    for (const row of rows) {
      const position = Number(row.global_position);
      const version = Number(row.stream_version);
      first ??= position;
      last = position;
      checked += 1;
      const broken = (reason: BreakReason): VerifyReport => ({
        ok: false,
        checkedEvents: checked,
        fromPosition: first,
        toPosition: position,
        firstBroken: { position, streamId: row.stream_id, version, reason },
      });
      const digest = digestOfStored(row.event_type, row.schema_version, row.data, row.metadata);
      if (!digest.equals(row.content_digest)) return broken('content');
      const known = lastChain.get(row.stream_id);
      const previous =
        version === 1
          ? genesisHash(row.stream_id)
          : known?.version === version - 1
            ? known.chain
            : predecessors.get(`${row.stream_id}#${version - 1}`);
      if (previous === undefined) return broken('missing-predecessor');
      const expected = chainStep(previous, row.content_digest, version, row.event_id, BigInt(row.recorded_micros));
      if (!expected.equals(row.chain_hash)) return broken('chain');
      lastChain.set(row.stream_id, { version, chain: row.chain_hash });
    }
    after = Number(rows[rows.length - 1]!.global_position);
    if (lastChain.size > 100_000) lastChain.clear(); // bounded memory; predecessors are re-read when needed
  }
  return { ok: true, checkedEvents: checked, fromPosition: first, toPosition: last };
}

/** Stored chain values of the events just before the first event of each stream in `rows`. */
async function loadPredecessors(
  pool: Pool,
  rows: readonly VerifyRow[],
  known: ReadonlyMap<string, { version: number }>,
): Promise<Map<string, Buffer>> {
  const wanted = new Map<string, number>();
  for (const row of rows) {
    const version = Number(row.stream_version);
    if (version === 1 || wanted.has(row.stream_id)) continue;
    if (known.get(row.stream_id)?.version === version - 1) continue;
    wanted.set(row.stream_id, version - 1);
  }
  const result = new Map<string, Buffer>();
  if (wanted.size === 0) return result;
  const { rows: found } = await pool.query<{ stream_id: string; stream_version: string; chain_hash: Buffer }>(
    `SELECT e.stream_id, e.stream_version, e.chain_hash
       FROM unnest($1::text[], $2::bigint[]) AS w(stream_id, version)
       JOIN es_events e ON e.stream_id = w.stream_id AND e.stream_version = w.version`,
    [[...wanted.keys()], [...wanted.values()]],
  );
  for (const row of found) result.set(`${row.stream_id}#${row.stream_version}`, row.chain_hash);
  return result;
}
