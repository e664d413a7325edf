import type { Pool, PoolClient } from 'pg';
import type { Checkpoint, EventStore } from '@app/event-store';
import type { CountyRanking } from '@app/supervision';
import { RANKING_CATEGORIES, RANKING_EVENT_TYPES, RankingFacts, rankingFactsOf } from './ranking.facts';
import { RANKING_PROJECTION, writeFacts } from './ranking.projection';
import { RankingQuery } from './ranking.query';

/** Deadlock and serialisation failures: the transaction is rolled back and may simply be tried again. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 3;

/**
 * The live ranking of a round over every event committed before the call, whatever the
 * projector's lag and wherever it runs (in this process, in a worker, or behind Kafka): what a
 * publication records, so that it holds everything people could have known when it was made.
 *
 * The projection's tables hold at least everything up to its stored checkpoint. The events after
 * it are read from the log by a subscription, up to everything committed now, then applied to the
 * tables inside a transaction that is rolled back once the ranking is computed. Writing facts is
 * idempotent and order-free, so events the projector (or a Kafka consumer) has applied meanwhile
 * change nothing. The transaction first locks the projection's checkpoint row, as a competing
 * projector would, so the projector waits for it instead of interleaving its writes with these.
 * Behind Kafka the stored checkpoint is where the consumers' offset guards started counting (often
 * the start of the log): the read then covers more of the log than it needs to, and stays right.
 */
export async function rankingToPublish(store: EventStore, pool: Pool, roundId: string): Promise<CountyRanking> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const pending = await factsAfterCheckpoint(store, pool);
      return await withFactsApplied(pool, pending, (reader) => reader.rankingToRecord(roundId));
    } catch (error) {
      if (attempt >= ATTEMPTS || !RETRYABLE.has((error as { code?: string }).code ?? '')) throw error;
    }
  }
}

async function factsAfterCheckpoint(store: EventStore, pool: Pool): Promise<RankingFacts[]> {
  const { rows } = await pool.query<{ transaction_id: string; position: string }>(
    'SELECT transaction_id::text, position FROM projection_checkpoints WHERE projection = $1',
    [RANKING_PROJECTION],
  );
  const from: Checkpoint | undefined = rows[0] === undefined ? undefined : { transactionId: rows[0].transaction_id, position: Number(rows[0].position) };
  const pending: RankingFacts[] = [];
  const subscription = store.subscribe({
    ...(from === undefined ? {} : { from }),
    types: RANKING_EVENT_TYPES,
    categories: RANKING_CATEGORIES,
    batchSize: 1000,
    handle: async (batch) => {
      pending.push(rankingFactsOf(batch.events));
    },
  });
  try {
    await subscription.caughtUp();
  } finally {
    await subscription.stop();
  }
  // `caughtUp` also settles when the subscription ended early; `done` says whether it failed.
  await subscription.done;
  return pending;
}

async function withFactsApplied<T>(pool: Pool, pending: readonly RankingFacts[], work: (reader: RankingQuery) => Promise<T>): Promise<T> {
  const client: PoolClient = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT 1 FROM projection_checkpoints WHERE projection = $1 FOR UPDATE', [RANKING_PROJECTION]);
    for (const facts of pending) await writeFacts(facts, client);
    return await work(new RankingQuery(async (read) => read(async <R>(sql: string, parameters: unknown[]) => (await client.query(sql, parameters)).rows as R[])));
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release();
  }
}
