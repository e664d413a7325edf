import { sharedRead } from '@app/database';
import { Pool } from 'pg';
import { Gauge, Registry } from 'prom-client';

/** Counting stops here: past a million events behind, the exact figure no longer matters. */
const LAG_COUNT_CAP = 1_000_000;

export interface RelayLag {
  /** Committed events the relay has still to publish (capped at a million). */
  readonly events: number;
  /** How long the oldest of those has been waiting, in seconds (0 when none is). */
  readonly seconds: number;
}

/**
 * How far the relay of `relay` is behind the log, from its stored checkpoint: the events after
 * it in subscription order, which is the order the relay publishes in. Shared by every process,
 * so any of them may report it.
 */
export async function relayLag(pool: Pool, relay = 'log', now: Date = new Date()): Promise<RelayLag> {
  // No checkpoint yet: the relay has published nothing, the whole log is behind.
  const { rows: stored } = await pool.query<{ transaction_id: string; position: string }>(
    'SELECT transaction_id::text, position FROM relay_checkpoints WHERE relay = $1',
    [relay],
  );
  const { rows } = await pool.query<{ events: string; oldest: Date | null }>(
    `SELECT count(*) AS events, min(recorded_at) AS oldest FROM (
       SELECT e.recorded_at FROM es_events e
        WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint)
        LIMIT $3
     ) pending`,
    [stored[0]?.transaction_id ?? '0', stored[0]?.position ?? 0, LAG_COUNT_CAP],
  );
  const oldest = rows[0]!.oldest;
  return { events: Number(rows[0]!.events), seconds: oldest === null ? 0 : Math.max(0, (now.getTime() - oldest.getTime()) / 1000) };
}

/**
 * `relay_lag_events` and `relay_lag_seconds`, read at scrape time: the log not yet published to
 * Kafka. Before the relay has created its checkpoint (or while the database does not answer) the
 * gauges are NaN rather than failing the scrape.
 */
export function registerRelayMetrics(registry: Registry, read: () => Promise<RelayLag>, options: { readonly cacheMs?: number } = {}): void {
  const lag = sharedRead(read, options.cacheMs ?? 1000);
  const gauge = (name: string, help: string, value: (lag: RelayLag) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        const current = await lag().catch(() => undefined);
        this.set(current === undefined ? Number.NaN : value(current));
      },
    });
  gauge('relay_lag_events', 'Committed events of the log the relay has not yet published to Kafka.', (lag) => lag.events);
  gauge('relay_lag_seconds', 'How long the oldest event not yet published to Kafka has been waiting.', (lag) => lag.seconds);
}
