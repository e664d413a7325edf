import { Pool, PoolClient } from 'pg';
import { LOG_LOCK } from './event-store.schema';

/** What the start-up check of the log's order found. */
export type LogOrderCheck =
  | { readonly repaired: false }
  | {
      readonly repaired: true;
      /** Set when stored order keys were ahead of the server's transaction counter. */
      readonly order?: {
        /** The highest order key stored anywhere in the database (events and every checkpoint). */
        readonly highestStored: string;
        /** Where the server's transaction counter put new events before the repair. */
        readonly wouldHaveStartedAt: string;
        /** The offset now added to every new transaction id (it was `previousOffset`). */
        readonly offset: string;
        readonly previousOffset: string;
      };
      /**
       * Set when the log's position sequence stood at or below a stored position (a promoted
       * logical replica: logical replication copies rows, not sequence values); the next event
       * takes the position after this one.
       */
      readonly positionsMovedTo?: number;
    };

/**
 * Makes sure every transaction from now on orders after everything the database holds.
 *
 * Events are ordered by their writing transaction's id (plus the log's offset, 0 at first). A
 * database restored from a logical dump into another cluster, or a promoted logical replica,
 * keeps the ids it was written with, while the new cluster's counter may stand far below them:
 * readers would see none of the stored events (they read below the counter) and new events would
 * sort before the old ones. Checkpoints kept by readers (projectors, process managers, the relay)
 * hold such ids too, some of them horizons past the last event. So the highest xid8 stored in any
 * table is compared with the counter, and when the counter is not past it, `es_log_order` is
 * redefined with the offset that puts the next transaction after it. Nothing stored changes:
 * checkpoints keep their meaning, and nothing is delivered twice or skipped.
 *
 * A promoted logical replica also brings the rows without the position sequence's value: the
 * sequence is moved past the highest stored position, or the next append would collide.
 *
 * The log's lock is held exclusively meanwhile, so no transaction appends during the check and
 * every later one gets an id after it. Safe to run from several processes at once: the second
 * finds nothing left to do.
 */
export async function ensureLogOrder(pool: Pool): Promise<LogOrderCheck> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOG_LOCK.key1, LOG_LOCK.key2]);
    const positionsMovedTo = await positionsPastStoredEvents(client);
    const highest = await highestStoredOrderKey(client);
    const { rows } = await client.query<{ next: string; offset: string }>(
      `SELECT es_log_order(pg_snapshot_xmax(pg_current_snapshot()))::text AS next, es_log_order('0'::xid8)::text AS offset`,
    );
    const next = BigInt(rows[0]!.next);
    const previousOffset = BigInt(rows[0]!.offset);
    if (highest === undefined || highest < next) {
      await client.query('COMMIT');
      return positionsMovedTo === undefined ? { repaired: false } : { repaired: true, positionsMovedTo };
    }
    const offset = previousOffset + (highest - next) + 1n;
    await client.query(
      `CREATE OR REPLACE FUNCTION es_log_order(xid xid8) RETURNS xid8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
         AS $fn$ SELECT (xid::text::numeric + ${offset.toString()})::text::xid8 $fn$`,
    );
    await client.query('COMMIT');
    return {
      repaired: true,
      order: { highestStored: highest.toString(), wouldHaveStartedAt: next.toString(), offset: offset.toString(), previousOffset: previousOffset.toString() },
      ...(positionsMovedTo === undefined ? {} : { positionsMovedTo }),
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Moves the log's position sequence past the highest stored position, if it is not; returns that position then. */
async function positionsPastStoredEvents(client: PoolClient): Promise<number | undefined> {
  const { rows } = await client.query<{ sequence: string; highest: string | null }>(
    `SELECT pg_get_serial_sequence('es_events', 'global_position') AS sequence, (SELECT max(global_position) FROM es_events)::text AS highest`,
  );
  const { sequence, highest } = rows[0]!;
  if (highest === null) return undefined;
  const { rows: state } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${sequence}`);
  const next = BigInt(state[0]!.last_value) + (state[0]!.is_called ? 1n : 0n);
  if (next > BigInt(highest)) return undefined;
  await client.query('SELECT setval($1, $2::bigint, true)', [sequence, highest]);
  return Number(highest);
}

/** The highest xid8 value in any column of any table of the database (undefined when none). */
async function highestStoredOrderKey(client: PoolClient): Promise<bigint | undefined> {
  const { rows: columns } = await client.query<{ table_name: string; column_name: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS table_name, quote_ident(a.attname) AS column_name
       FROM pg_attribute a
       JOIN pg_class c ON c.oid = a.attrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE a.atttypid = 'xid8'::regtype AND a.attnum > 0 AND NOT a.attisdropped
        AND c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')`,
  );
  if (columns.length === 0) return undefined;
  const { rows } = await client.query<{ highest: string | null }>(
    `SELECT max(highest)::text AS highest FROM (${columns
      .map(({ table_name, column_name }) => `SELECT max(${column_name}) AS highest FROM ${table_name}`)
      .join(' UNION ALL ')}) stored`,
  );
  const highest = rows[0]?.highest;
  return highest === null || highest === undefined ? undefined : BigInt(highest);
}

/**
 * The order key below which every transaction that appended to the log has finished (see
 * `es_log_horizon`). Read the events below it with a later statement: its snapshot then sees
 * everything committed up to the horizon.
 */
export async function logHorizon(pool: Pool | PoolClient): Promise<string> {
  const { rows } = await pool.query<{ horizon: string }>('SELECT es_log_horizon()::text AS horizon');
  return rows[0]!.horizon;
}

/**
 * The log's horizon for every reader of one pool, read once for many. A read begins one turn of
 * the event loop after the first caller asks (or, while a read is under way, once that read ends),
 * and every caller that asks before it begins shares it. Every answer was thus read after its
 * caller asked, as if the caller had read it alone, so a subscriber woken by a commit still finds
 * that commit below its horizon; the subscribers of a process woken by one commit make one read of
 * `es_log_horizon` (which reads `pg_locks`, the dearest statement a subscriber runs), not one each.
 */
export class SharedLogHorizon {
  /** The read callers join: not begun yet. */
  private next: Promise<string> | undefined;
  private underWay: Promise<string> | undefined;

  constructor(private readonly pool: Pool) {}

  read(): Promise<string> {
    const after = this.underWay?.catch(() => undefined) ?? new Promise<void>((resolve) => setImmediate(resolve));
    this.next ??= after.then(() => {
      this.next = undefined;
      const reading = logHorizon(this.pool).finally(() => {
        if (this.underWay === reading) this.underWay = undefined;
      });
      this.underWay = reading;
      return reading;
    });
    return this.next;
  }
}
