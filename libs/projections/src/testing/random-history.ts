import { randomUUID } from 'node:crypto';
import { EventStore, EventToAppend } from '@app/event-store';
import { Pool } from 'pg';

/**
 * For integration tests and benchmarks: appends a random history to the log — many streams in
 * the given categories, batches of 1–5 events, some appends inside a caller's transaction (which
 * takes its transaction id before the append, so subscription order and version order can differ).
 */
export async function appendRandomHistory(
  store: EventStore,
  options: { categories: readonly string[]; events: number; streams: number; seed?: number; concurrency?: number },
): Promise<number> {
  const random = seededRandom(options.seed ?? 42);
  const streams = Array.from({ length: options.streams }, (_, i) => `${options.categories[i % options.categories.length]}-${randomUUID()}`);
  let remaining = options.events;
  const take = (): number => {
    const n = Math.min(remaining, 1 + Math.floor(random() * 5));
    remaining -= n;
    return n;
  };
  const worker = async (): Promise<void> => {
    for (let n = take(); n > 0; n = take()) {
      const streamId = streams[Math.floor(random() * streams.length)]!;
      const events = Array.from({ length: n }, (_, i) => eventOf(i, random));
      if (random() < 0.1) await appendInCallersTransaction(store, streamId, events);
      else await store.append(streamId, events);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 1 }, worker));
  return options.events;
}

async function appendInCallersTransaction(store: EventStore, streamId: string, events: EventToAppend[]): Promise<void> {
  await store.transaction(async (transaction) => {
    await transaction.joinLog();
    await transaction.client.query('SELECT pg_current_xact_id()'); // the caller's transaction has its id before the append
    await transaction.append(streamId, events);
  });
}

const TYPES = ['TaskAssigned', 'TaskOpened', 'ItemScored', 'FindingRecorded', 'TaskSubmitted', 'CaseUrged'];

function eventOf(index: number, random: () => number): EventToAppend {
  return { type: TYPES[Math.floor(random() * TYPES.length)]!, data: { index, score: Math.floor(random() * 100) } };
}

/** mulberry32: a small deterministic generator, so a failing history can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every row of a table, ordered by all its columns: for row-for-row comparisons in tests. */
export async function tableRows(pool: Pool, table: string): Promise<unknown[]> {
  const { rows } = await pool.query(`SELECT * FROM "${table}" ORDER BY 1, 2, 3`);
  return rows;
}

/**
 * What the stream-activity tables must hold, computed straight from `es_events`: per stream the
 * event count and the latest version, per category the event and stream counts.
 */
export async function streamActivityTruth(pool: Pool, categories: readonly string[]) {
  const streams = await pool.query<{ stream_id: string; event_count: number; last_version: string; last_event_type: string }>(
    `SELECT stream_id, count(*)::integer AS event_count, max(stream_version) AS last_version,
            (array_agg(event_type ORDER BY stream_version DESC))[1] AS last_event_type
       FROM es_events WHERE category = ANY ($1::text[]) GROUP BY stream_id ORDER BY stream_id`,
    [categories],
  );
  const categoryRows = await pool.query<{ category: string; event_count: string; stream_count: number }>(
    `SELECT category, count(*) AS event_count, count(DISTINCT stream_id)::integer AS stream_count
       FROM es_events WHERE category = ANY ($1::text[]) GROUP BY category ORDER BY category`,
    [categories],
  );
  return { streams: streams.rows, categories: categoryRows.rows };
}

/** The same shape read from the read model's tables. */
export async function streamActivityTables(pool: Pool, tables: { streams: string; categories: string }) {
  const streams = await pool.query(
    `SELECT stream_id, event_count, last_version, last_event_type FROM "${tables.streams}" ORDER BY stream_id`,
  );
  const categories = await pool.query(`SELECT category, event_count, stream_count FROM "${tables.categories}" ORDER BY category`);
  return { streams: streams.rows, categories: categories.rows };
}
