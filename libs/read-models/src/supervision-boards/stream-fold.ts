import { defineTable, ProjectionContext, ReadModelTable, TableUpsert } from '@app/projections';
import type { EntityManager } from 'typeorm';

/** What folding needs of an event: where it sits in its stream and what it says. */
export interface FoldableEvent {
  readonly streamId: string;
  readonly version: number;
  readonly type: string;
  readonly data: Record<string, unknown>;
}

/** A stream's folded state as a read model keeps it, with the version of the last event folded in. */
export interface StoredFold<State> {
  readonly version: number;
  readonly state: State;
}

/** One event folded in, with the state right after it. */
export interface FoldStep<State> {
  readonly event: FoldableEvent;
  readonly state: State;
}

/** What a batch did to one stream: the state it started from and each event folded in, in version order. */
export interface StreamFold<State> {
  readonly streamId: string;
  readonly stored: StoredFold<State> | undefined;
  readonly steps: readonly FoldStep<State>[];
}

export interface StreamFoldOptions<State> {
  /** Where events that arrived before an earlier event of their stream wait (see {@link earlyEventsTable}). */
  readonly earlyTable: ReadModelTable<EarlyEventRow>;
  /** The stored folds of these streams. */
  load(streamIds: readonly string[]): Promise<Map<string, StoredFold<State>>>;
  readonly initial: State;
  evolve(state: State, event: FoldableEvent): State;
}

/**
 * Folds each stream's events into its state strictly in version order, whatever order they
 * arrive in. A rebuild reads the log in subscription order, where an append made inside a
 * caller's transaction can come before the stream's earlier events; such an event waits in
 * `earlyTable` until the events before it have come, and is folded in then. Once the whole log
 * has been applied nothing waits, so live tables and a rebuild come out the same.
 */
export async function foldInVersionOrder<State>(
  manager: EntityManager,
  events: readonly FoldableEvent[],
  options: StreamFoldOptions<State>,
): Promise<StreamFold<State>[]> {
  const arrived = new Map<string, Map<number, FoldableEvent>>();
  for (const event of events) {
    const versions = arrived.get(event.streamId) ?? new Map<number, FoldableEvent>();
    versions.set(event.version, event);
    arrived.set(event.streamId, versions);
  }
  const streamIds = [...arrived.keys()];
  if (streamIds.length === 0) return [];
  const stored = await options.load(streamIds);
  const waiting = await readEarlyEvents(manager, options.earlyTable.name, streamIds);

  const folds: StreamFold<State>[] = [];
  const stillEarly: FoldableEvent[] = [];
  const foldedUpTo: { streamId: string; version: number }[] = [];
  for (const streamId of streamIds) {
    const candidates = new Map<number, FoldableEvent>(waiting.get(streamId) ?? []);
    for (const [version, event] of arrived.get(streamId)!) candidates.set(version, event);
    const start = stored.get(streamId);
    let version = start?.version ?? 0;
    let state = start?.state ?? options.initial;
    const steps: FoldStep<State>[] = [];
    for (let next = candidates.get(version + 1); next !== undefined; next = candidates.get(version + 1)) {
      state = options.evolve(state, next);
      version = next.version;
      steps.push({ event: next, state });
    }
    const waitingVersions = new Set((waiting.get(streamId) ?? new Map<number, FoldableEvent>()).keys());
    for (const event of arrived.get(streamId)!.values()) {
      if (event.version > version && !waitingVersions.has(event.version)) stillEarly.push(event);
    }
    if (steps.length > 0) {
      folds.push({ streamId, stored: start, steps });
      if (waitingVersions.size > 0) foldedUpTo.push({ streamId, version });
    }
  }
  if (foldedUpTo.length > 0) {
    await manager.query(
      `DELETE FROM ${options.earlyTable.name} e
        USING jsonb_to_recordset($1::jsonb) AS f(stream_id text, version bigint)
        WHERE e.stream_id = f.stream_id AND e.version <= f.version`,
      [JSON.stringify(foldedUpTo.map(({ streamId, version }) => ({ stream_id: streamId, version })))],
    );
  }
  await options.earlyTable.upsert({ onConflict: 'ignore' }).run(manager, stillEarly);
  return folds;
}

/** A folded stream's row, and whether the stream had none stored before this batch. */
export interface FoldedRow<Row> {
  readonly isNew: boolean;
  readonly row: Row;
}

/**
 * Writes the rows of folded streams. In a rebuild, where the tables start empty and each event
 * comes once, a stream with no stored row has none yet: its row is inserted without the upsert's
 * conflict check, the others upserted. Live, every row is upserted.
 */
export async function writeFoldedRows<Row>(
  manager: EntityManager,
  mode: ProjectionContext['mode'],
  rows: readonly FoldedRow<Row>[],
  writes: { readonly upsert: TableUpsert<Row>; readonly insert: TableUpsert<Row> },
): Promise<void> {
  if (mode !== 'rebuild') return writes.upsert.run(manager, rows.map(({ row }) => row));
  await writes.insert.run(manager, rows.filter(({ isNew }) => isNew).map(({ row }) => row));
  await writes.upsert.run(manager, rows.filter(({ isNew }) => !isNew).map(({ row }) => row));
}

async function readEarlyEvents(manager: EntityManager, table: string, streamIds: readonly string[]): Promise<Map<string, Map<number, FoldableEvent>>> {
  const waiting = new Map<string, Map<number, FoldableEvent>>();
  // Nearly always nothing waits: asking that first is cheaper than looking up every stream of
  // the batch (hundreds of index probes with their ids sent along).
  const [{ any }]: { any: boolean }[] = await manager.query(`SELECT EXISTS (SELECT 1 FROM ${table}) AS any`);
  if (!any) return waiting;
  const rows: { stream_id: string; version: string; type: string; data: Record<string, unknown> }[] = await manager.query(
    `SELECT stream_id, version, type, data FROM ${table} WHERE stream_id = ANY ($1::text[])`,
    [streamIds],
  );
  for (const row of rows) {
    const event: FoldableEvent = { streamId: row.stream_id, version: Number(row.version), type: row.type, data: row.data };
    const versions = waiting.get(event.streamId) ?? new Map<number, FoldableEvent>();
    versions.set(event.version, event);
    waiting.set(event.streamId, versions);
  }
  return waiting;
}

/** A row of an early-events table. */
export interface EarlyEventRow {
  streamId: string;
  version: number;
  type: string;
  data: Record<string, unknown>;
}

/** The early-events table of a folded read model: (stream_id, version, type, data). */
export function earlyEventsTable(name: string, entityName: string): ReadModelTable<EarlyEventRow> {
  return defineTable<EarlyEventRow>({
    name,
    entityName,
    columns: {
      streamId: { name: 'stream_id', type: 'text', primary: true },
      version: { type: 'bigint', primary: true },
      type: { type: 'text' },
      data: { type: 'jsonb' },
    },
  });
}
