import { randomBytes } from 'node:crypto';
import { Checkpoint, checkpointOf, compareCheckpoints, EventStore, RecordedEvent, START } from '@app/event-store';
import { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { CheckpointStore } from './checkpoint-store';
import { committedEventsAfter } from './committed-events';
import { ProjectionDefinition } from './projection-definition';
import { RebuildProgress } from './projection-status';
import { describedTables, migrateReadModelInto } from './read-model-migrations';
import { entityManagerOn } from './shared-pool-data-source';
import { quoteIdentifier } from './sql-names';
import { compareTables, TableComparison } from './table-comparison';
import { inTransaction } from './transactions';

export interface RebuildOptions {
  /** Called after every batch applied into the copy, and at each phase change. */
  readonly onProgress?: (progress: RebuildProgress) => void;
}

export interface RebuildReport {
  readonly projection: string;
  readonly eventsApplied: number;
  readonly headPosition: number;
  /** The checkpoint the swapped-in tables are at (async projections carry on from it). */
  readonly checkpoint: Checkpoint;
  readonly seconds: number;
}

/** A copy of a read model built beside the live one, in its own schema. */
export interface BuiltCopy {
  readonly schema: string;
  readonly checkpoint: Checkpoint;
  readonly eventsApplied: number;
  /** The names of the tables (and other objects) the migrations created. */
  readonly tables: readonly string[];
}

interface RebuildContext {
  readonly store: EventStore;
  /** The database the read model lives in (the store's). */
  readonly pool: Pool;
  readonly dataSource: DataSource;
  readonly checkpoints: CheckpointStore;
  readonly definition: ProjectionDefinition;
  /** Where the live tables are (the first schema of the search path). */
  readonly liveSchema: string;
  /** Whether new rows may be written into the copy with COPY (see `entityManagerOn`). */
  readonly copyRows?: boolean;
  readonly now: () => Date;
}

/**
 * Rebuilding from zero without stopping anything: the read model's migrations create a fresh copy
 * of its tables in a schema of their own; the whole log is applied into it in subscription
 * order, a batch per transaction with the copy first on the search path (the projection's
 * unqualified names land there); then, in one transaction, the live tables move out and the
 * copy's move in. Readers wait only for that short transaction.
 *
 * The swap takes the projection's checkpoint row and then its live tables (ACCESS EXCLUSIVE) in
 * that order, so a live projector and the swap cannot deadlock:
 * - async: the checkpoint becomes the copy's; the live projector's next batch finds the stored
 *   checkpoint moved (compare-and-set), rolls back and carries on from the copy's checkpoint;
 * - inline: appends that committed since the copy's checkpoint are in the live tables, so they
 *   are applied into the copy under the lock; appends still running wait for the lock, and write
 *   into the new tables once the swap commits (PostgreSQL resolves their table names again after
 *   waiting).
 */
export class ProjectionRebuild {
  private progress: RebuildProgress;
  private readonly started = Date.now();

  constructor(
    private readonly context: RebuildContext,
    private readonly options: RebuildOptions = {},
  ) {
    this.progress = {
      projection: context.definition.name,
      phase: 'building',
      eventsApplied: 0,
      headPosition: 0,
      position: 0,
      startedAt: context.now(),
    };
  }

  get current(): RebuildProgress {
    return this.progress;
  }

  /** Builds a copy and swaps it in for the live tables. */
  async run(): Promise<RebuildReport> {
    const copy = await this.buildBeside();
    try {
      const checkpoint = await this.swap(copy);
      this.report({ phase: 'done' });
      return {
        projection: this.context.definition.name,
        eventsApplied: this.progress.eventsApplied,
        headPosition: this.progress.headPosition,
        checkpoint,
        seconds: (Date.now() - this.started) / 1000,
      };
    } catch (error) {
      this.report({ phase: 'failed' });
      await dropSchema(this.context.pool, copy.schema);
      throw error;
    }
  }

  /**
   * Builds a copy in a new schema, up to the log's horizon, and returns it; the caller swaps it in
   * or drops it (see {@link dropSchema}).
   */
  async buildBeside(upTo?: Checkpoint): Promise<BuiltCopy> {
    const { store, pool, dataSource, definition } = this.context;
    const schema = `projection_rebuild_${definition.name.replace(/-/g, '_')}_${randomBytes(4).toString('hex')}`;
    await pool.query(`CREATE SCHEMA ${quoteIdentifier(schema)}`);
    try {
      const client = await pool.connect();
      try {
        await migrateReadModelInto(client, dataSource, definition, schema);
      } finally {
        client.release();
      }
      const tables = await schemaObjects(pool, schema);
      const later = await setAsideQueryIndexes(pool, schema, definition);
      this.report({ headPosition: await store.headPosition() });
      const checkpoint = await this.applyLog(schema, upTo);
      await buildIndexes(pool, later);
      return {
        schema,
        checkpoint,
        eventsApplied: this.progress.eventsApplied,
        tables: tables.filter((t) => t.kind === 'table').map((t) => t.name),
      };
    } catch (error) {
      this.report({ phase: 'failed' });
      await dropSchema(pool, schema);
      throw error;
    }
  }

  /**
   * Applies the log from the start into the copy, up to the horizon (or `upTo`, which must be a
   * checkpoint some subscription has reached already), and returns where it stopped.
   */
  private async applyLog(schema: string, upTo: Checkpoint | undefined): Promise<Checkpoint> {
    const { store, pool, definition } = this.context;
    let batches = 0;
    let reachedBound: () => void = () => undefined;
    const boundReached = new Promise<void>((resolve) => (reachedBound = resolve));
    const subscription = store.subscribe({
      from: START,
      batchSize: definition.rebuildBatchSize ?? 2000,
      types: definition.types,
      categories: definition.categories,
      handle: async (batch) => {
        let events = batch.events;
        if (upTo !== undefined && compareCheckpoints(batch.checkpoint, upTo) >= 0) {
          events = events.filter((event) => compareCheckpoints(checkpointOf(event), upTo) <= 0);
          reachedBound();
          if (events.length === 0) return;
        }
        await inTransaction(pool, async (client) => {
          // A batch into the copy need not wait for its WAL flush: a crash loses the copy anyway
          // (the rebuild starts again), and the swap's own commit flushes everything before it.
          await client.query('SET LOCAL synchronous_commit = off');
          await this.applyInto(client, schema, events);
        });
        const last = events[events.length - 1]!;
        // The head moves while appends go on; look again now and then rather than every batch.
        const head = ++batches % 50 === 0 ? await store.headPosition() : this.progress.headPosition;
        this.report({
          eventsApplied: this.progress.eventsApplied + events.length,
          position: last.position,
          headPosition: Math.max(head, last.position),
        });
      },
    });
    await Promise.race([subscription.caughtUp(), subscription.done, boundReached]);
    await subscription.stop();
    await subscription.done; // rethrows the handler's error, if any
    this.report({ headPosition: Math.max(await store.headPosition(), this.progress.position) });
    return upTo ?? subscription.checkpoint;
  }

  private async applyInto(client: PoolClient, schema: string, events: readonly RecordedEvent[]): Promise<void> {
    await client.query(`SET LOCAL search_path TO ${quoteIdentifier(schema)}, public`);
    await this.context.definition.apply(events, { manager: entityManagerOn(this.context.dataSource, client, { copyRows: this.context.copyRows }), mode: 'rebuild' });
  }

  /** Replaces the live tables with the copy's in one transaction; returns the live checkpoint. */
  async swap(copy: BuiltCopy): Promise<Checkpoint> {
    const { pool, checkpoints, definition, liveSchema } = this.context;
    this.report({ phase: 'swapping' });
    const { checkpoint, late } = await retryOnLockConflict(() =>
      inTransaction(pool, async (client) => {
        await client.query(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT_MS}ms'`);
        await checkpoints.lock(client, definition.name);
        const caughtUp = await this.holdLiveAndCatchUp(client, copy, 'ACCESS EXCLUSIVE');
        const objects = await schemaObjects(client, copy.schema);
        const retired = `${copy.schema}_retired`;
        await client.query(`CREATE SCHEMA ${quoteIdentifier(retired)}`);
        for (const object of objects) {
          await moveObject(client, object, liveSchema, retired, true);
          await moveObject(client, object, copy.schema, liveSchema, false);
        }
        await checkpoints.replace(client, definition.name, caughtUp.checkpoint, true);
        await client.query(`DROP SCHEMA ${quoteIdentifier(retired)} CASCADE`);
        await client.query(`DROP SCHEMA ${quoteIdentifier(copy.schema)} CASCADE`);
        return caughtUp;
      }),
    );
    if (late.length > 0) {
      this.report({ eventsApplied: this.progress.eventsApplied + late.length, position: late[late.length - 1]!.position });
    }
    return checkpoint;
  }

  /**
   * Compares a copy with the live tables. For an inline projection the live tables are held
   * (SHARE: readers go on, appends that touch them wait) while the copy takes in the appends
   * committed since it was built; an async copy must have been built up to the live checkpoint
   * with the live projector stopped.
   */
  async compare(copy: BuiltCopy): Promise<TableComparison[]> {
    return retryOnLockConflict(() =>
      inTransaction(this.context.pool, async (client) => {
        await client.query(`SET LOCAL lock_timeout = '${LOCK_TIMEOUT_MS}ms'`);
        await this.holdLiveAndCatchUp(client, copy, 'SHARE');
        return compareTables(client, copy.tables, this.context.liveSchema, copy.schema);
      }),
    );
  }

  /**
   * Locks the live tables of the copy; for an inline projection, applies into the copy the events
   * committed since its checkpoint (with the tables locked, no other append can reach them before
   * this transaction ends). Returns the copy's checkpoint after that, and those late events.
   *
   * The tables are locked one after another, and an append may be writing them in another order:
   * waiting could then deadlock with it. So the wait is bounded (`lock_timeout`, set by the
   * caller, well under the server's deadlock check) and the caller's transaction is tried again:
   * the rebuild gives way, the append never fails because of it.
   */
  private async holdLiveAndCatchUp(
    client: PoolClient,
    copy: BuiltCopy,
    mode: 'SHARE' | 'ACCESS EXCLUSIVE',
  ): Promise<{ checkpoint: Checkpoint; late: RecordedEvent[] }> {
    const { store, definition, liveSchema } = this.context;
    const live = await existingTables(client, liveSchema, copy.tables);
    if (live.length > 0) {
      await client.query(`LOCK TABLE ${live.map((name) => `${quoteIdentifier(liveSchema)}.${quoteIdentifier(name)}`).join(', ')} IN ${mode} MODE`);
    }
    if (definition.kind !== 'inline') return { checkpoint: copy.checkpoint, late: [] };
    const late = await committedEventsAfter(client, store, definition, copy.checkpoint);
    if (late.length === 0) return { checkpoint: copy.checkpoint, late };
    await this.applyInto(client, copy.schema, late);
    await client.query('SET LOCAL search_path TO DEFAULT');
    return { checkpoint: checkpointOf(late[late.length - 1]!), late };
  }

  private report(change: Partial<RebuildProgress>): void {
    this.progress = { ...this.progress, ...change };
    this.options.onProgress?.(this.progress);
  }
}

/**
 * Drops from a fresh copy the indexes its tables' descriptions mark `forQueriesOnly`, and returns
 * the statements that create them again as the migrations made them (schema-qualified, from
 * pg_indexes), to run once the log is applied: one sorted build per index instead of an index
 * entry per row written (and per row rewritten, as a read model's rows are, batch after batch).
 */
async function setAsideQueryIndexes(pool: Pool, schema: string, definition: ProjectionDefinition): Promise<string[]> {
  const names = describedTables(definition).flatMap((table) => table.indexes.filter((index) => index.forQueriesOnly === true).map((index) => index.name));
  if (names.length === 0) return [];
  const { rows } = await pool.query<{ indexname: string; indexdef: string }>(
    'SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 AND indexname = ANY ($2::text[]) ORDER BY indexname',
    [schema, names],
  );
  for (const row of rows) await pool.query(`DROP INDEX ${quoteIdentifier(schema)}.${quoteIdentifier(row.indexname)}`);
  return rows.map((row) => row.indexdef);
}

/**
 * How many of a copy's query indexes are built at once, each on a connection of its own: two
 * builds use two cores where one leaves the second idle (the server builds a small index on one
 * process), and a rebuild leaves the rest of the machine to the live system.
 */
const INDEX_BUILDS_AT_ONCE = 2;

/** Runs the CREATE INDEX statements, {@link INDEX_BUILDS_AT_ONCE} at a time; the first failure fails it. */
async function buildIndexes(pool: Pool, statements: readonly string[]): Promise<void> {
  let next = 0;
  let failed = false;
  const builder = async (): Promise<void> => {
    try {
      while (!failed && next < statements.length) await pool.query(statements[next++]!);
    } catch (error) {
      failed = true;
      throw error;
    }
  };
  await Promise.all(Array.from({ length: Math.min(INDEX_BUILDS_AT_ONCE, statements.length) }, builder));
}

/** How long the swap waits for the live tables before giving way and trying again. */
const LOCK_TIMEOUT_MS = 250;
const LOCK_ATTEMPTS = 40;

/** Runs `attempt` again (after a short random pause) when it lost a lock wait or a deadlock. */
async function retryOnLockConflict<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      const code = (error as { code?: string }).code;
      // 55P03 lock_not_available (lock_timeout), 40P01 deadlock_detected.
      if ((code !== '55P03' && code !== '40P01') || tries >= LOCK_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 100));
    }
  }
}

type ObjectKind = 'table' | 'view' | 'sequence' | 'type';

interface SchemaObject {
  readonly name: string;
  readonly kind: ObjectKind;
}

/**
 * What a read model's migrations may create that has to move with its tables: tables (their
 * indexes, constraints and owned sequences move with them), views, free-standing sequences, and
 * types (enums, domains, composite types). Types first: tables' columns refer to them by oid, so
 * the order of moving does not matter to PostgreSQL, but a predictable order helps reading.
 */
async function schemaObjects(db: Pool | PoolClient, schema: string): Promise<SchemaObject[]> {
  const { rows } = await db.query<SchemaObject>(
    `SELECT t.typname AS name, 'type' AS kind
       FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = $1 AND t.typtype IN ('e', 'd', 'c', 'r', 'm')
        AND (t.typrelid = 0 OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
        AND NOT EXISTS (SELECT 1 FROM pg_type a WHERE a.typarray = t.oid)
     UNION ALL
     SELECT c.relname AS name,
            CASE c.relkind WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view' WHEN 'm' THEN 'view' ELSE 'table' END AS kind
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
        AND NOT (c.relkind = 'S' AND EXISTS (
          SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
        AND NOT (c.relkind = 'r' AND c.relispartition)
      ORDER BY kind DESC, name`,
    [schema],
  );
  return rows;
}

async function existingTables(client: PoolClient, schema: string, names: readonly string[]): Promise<string[]> {
  const { rows } = await client.query<{ relname: string }>(
    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relname = ANY ($2::text[]) AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
    [schema, names],
  );
  return rows.map((row) => row.relname);
}

async function moveObject(client: PoolClient, object: SchemaObject, from: string, to: string, onlyIfExists: boolean): Promise<void> {
  if (onlyIfExists) {
    const exists = object.kind === 'type' ? await typeExists(client, from, object.name) : await relationExists(client, from, object.name);
    if (!exists) return;
  }
  const keyword = { table: 'TABLE', view: 'VIEW', sequence: 'SEQUENCE', type: 'TYPE' }[object.kind];
  let statement = keyword;
  if (object.kind === 'view') {
    const { rows } = await client.query<{ relkind: string }>(
      'SELECT c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2',
      [from, object.name],
    );
    if (rows[0]?.relkind === 'm') statement = 'MATERIALIZED VIEW';
  }
  await client.query(`ALTER ${statement} ${quoteIdentifier(from)}.${quoteIdentifier(object.name)} SET SCHEMA ${quoteIdentifier(to)}`);
}

async function relationExists(client: PoolClient, schema: string, name: string): Promise<boolean> {
  const { rowCount } = await client.query(
    'SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2',
    [schema, name],
  );
  return rowCount === 1;
}

async function typeExists(client: PoolClient, schema: string, name: string): Promise<boolean> {
  const { rowCount } = await client.query(
    'SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = $1 AND t.typname = $2',
    [schema, name],
  );
  return rowCount === 1;
}

export async function dropSchema(pool: Pool, schema: string): Promise<void> {
  await pool.query(`DROP SCHEMA IF EXISTS ${quoteIdentifier(schema)} CASCADE`).catch(() => undefined);
}
