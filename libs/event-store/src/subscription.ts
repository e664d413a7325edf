import { Client, Notification, Pool } from 'pg';
import { Checkpoint, checkpointOf, compareCheckpoints, RecordedEvent, START } from './event.types';
import { EventRow, eventColumns } from './event-row';
import type { PostgresEventStore } from './postgres-event-store';

/** The NOTIFY channel on which appends wake subscribers in other processes. */
export const EVENTS_CHANNEL = 'es_events';

export interface EventBatch {
  readonly events: readonly RecordedEvent[];
  /** Where this batch ends: store it with the batch's effects to resume after them. */
  readonly checkpoint: Checkpoint;
}

/** A page of the log below one horizon. */
interface Page {
  readonly events: RecordedEvent[];
  readonly horizon: string;
}

export interface SubscribeOptions {
  /** Resume after this checkpoint; from the beginning of the log when absent. */
  readonly from?: Checkpoint;
  readonly batchSize?: number;
  readonly types?: readonly string[];
  readonly categories?: readonly string[];
  /** How often to look for new events when no wake-up came (the fallback). */
  readonly pollIntervalMs?: number;
  /**
   * Handles one batch. The next batch is handed over only after this resolves (back-pressure; at
   * most one page is read ahead, see `readAhead`). If it throws, the subscription stops at that
   * batch: nothing after it is delivered or skipped.
   */
  readonly handle: (batch: EventBatch) => Promise<void>;
  /**
   * Whether the page after a full one is read while the handler works on the full one (default
   * true). Below one horizon the log no longer changes, so the page read ahead is the page that
   * would be read afterwards; on a catch-up or a rebuild, reading and handling then overlap
   * (the database works on the read while the handler's statements wait on the network and
   * the other way round). The handler still gets one batch at a time, in order; if it throws,
   * the page read ahead is dropped. Costs a second connection from the pool while both run.
   */
  readonly readAhead?: boolean;
  /** Told of transient read failures, which are retried; handler failures end the subscription. */
  readonly onReadError?: (error: unknown) => void;
}

/**
 * Catch-up then live delivery of the log, in subscription order, never skipping an event.
 *
 * Why not `global_position > checkpoint`: positions are taken from a sequence at insert time but
 * become visible at commit, so position 11 may be visible while 10 is still uncommitted; a
 * reader that moves its checkpoint to 11 never sees 10. Instead every event carries the id of its
 * writing transaction (its order key, see `es_log_order`), and a read returns only events below
 * the log's horizon: the oldest transaction still appending to the log, or every id handed out
 * when none is (see `es_log_horizon`). Transactions below it have all finished and none can start
 * appending there, so nothing can appear below the horizon any more, and reading in (transaction
 * id, position) order up to it hands out a growing prefix of one fixed order. Every subscriber sees
 * the same order. A transaction that never appends — a report, a dump, an idle session, another
 * database on the server — holds nothing back.
 */
export class Subscription {
  private stopped = false;
  private dirty = true;
  private wake: (() => void) | undefined;
  private listenClient: Client | undefined;
  private current: Checkpoint;
  private readonly finished: Promise<void>;
  private readonly unsubscribeLocal: () => void;
  /** The horizon of the last read that found nothing more below it (see `caughtUp`). */
  private reachedHorizon: bigint | undefined;
  private caughtUpWaiters: Array<{ readonly xmax: bigint; readonly resolve: () => void }> = [];

  constructor(
    private readonly store: PostgresEventStore,
    private readonly options: SubscribeOptions,
    listenForOtherProcesses: boolean,
  ) {
    this.current = options.from ?? START;
    this.unsubscribeLocal = store.onAppended(() => this.poke());
    this.finished = this.start(listenForOtherProcesses);
    // The loop's failure is reported through `done`; keep an unobserved rejection quiet.
    this.finished.catch(() => undefined);
  }

  /** The checkpoint of the last batch handled (or the horizon reached, when caught up). */
  get checkpoint(): Checkpoint {
    return this.current;
  }

  /** Settles when the subscription stops: resolves on `stop()`, rejects with a handler's error. */
  get done(): Promise<void> {
    return this.finished;
  }

  /**
   * Resolves once the subscription has handled every event committed before the call (and those of
   * transactions running at the call, once they finish): it waits until a read finds nothing more
   * below a horizon past every transaction id handed out by the time of the call.
   */
  async caughtUp(): Promise<void> {
    const { rows } = await this.store.pool.query<{ xmax: string }>('SELECT es_log_order(pg_snapshot_xmax(pg_current_snapshot()))::text AS xmax');
    const xmax = BigInt(rows[0]!.xmax);
    if (this.reachedHorizon !== undefined && this.reachedHorizon >= xmax) return;
    await new Promise<void>((resolve) => {
      this.caughtUpWaiters.push({ xmax, resolve });
      this.poke();
    });
  }

  /** Stops after the batch in hand (if any) is handled, and releases the listening connection. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.poke();
    await this.finished.catch(() => undefined);
  }

  private poke(): void {
    this.dirty = true;
    this.wake?.();
  }

  private async start(listen: boolean): Promise<void> {
    try {
      if (listen) await this.listen(this.store.pool);
      await this.run();
    } finally {
      this.unsubscribeLocal();
      const client = this.listenClient;
      this.listenClient = undefined;
      await client?.end().catch(() => undefined);
      this.caughtUpWaiters.forEach(({ resolve }) => resolve());
      this.caughtUpWaiters = [];
    }
  }

  private async run(): Promise<void> {
    const batchSize = this.options.batchSize ?? 500;
    // Kept while pages come back full: below a horizon nothing changes any more, so catching up
    // on a long log reads page after page below one horizon and asks for a new one at the end.
    let horizon: string | undefined;
    // The page after a full one, read while the handler works on that one (see readAhead).
    let ahead: Promise<Page> | undefined;
    try {
      while (!this.stopped) {
        this.dirty = false;
        let page: Page;
        try {
          // The horizon in one statement, the page in a later one (see es_log_horizon).
          horizon ??= await this.store.logHorizon();
          page = await (ahead ?? this.readPage(this.current, batchSize, horizon));
        } catch (error) {
          ahead = undefined;
          this.options.onReadError?.(error);
          await this.sleep();
          continue;
        }
        ahead = undefined;
        if (page.events.length > 0) {
          const checkpoint = checkpointOf(page.events[page.events.length - 1]!);
          if (page.events.length === batchSize && this.options.readAhead !== false) {
            ahead = this.readPage(checkpoint, batchSize, page.horizon);
            ahead.catch(() => undefined); // looked at when its turn comes, or dropped
          }
          await this.options.handle({ events: page.events, checkpoint });
          this.current = checkpoint;
        }
        if (page.events.length < batchSize) {
          const reached: Checkpoint = { transactionId: page.horizon, position: 0 };
          if (compareCheckpoints(reached, this.current) > 0) this.current = reached;
          this.markCaughtUp(BigInt(page.horizon));
          horizon = undefined;
          if (!this.dirty) await this.sleep();
        }
      }
    } finally {
      // A read still under way when the loop ends (stopped, or the handler failed) finishes
      // before the subscription says it is done, so its owner may close the pool then.
      await ahead?.catch(() => undefined);
    }
  }

  /**
   * The next page below the horizon, in (transaction, position) order. Following categories, each
   * category is a range of es_events_category_order, read in that order up to the page's size, and
   * the ranges are merged (a Merge Append), so a rare category costs what its own events cost.
   */
  private async readPage(after: Checkpoint, limit: number, horizon: string): Promise<Page> {
    const params: unknown[] = [after.transactionId, after.position, limit, horizon];
    const typeFilter = (): string => {
      if (this.options.types === undefined) return '';
      params.push(this.options.types);
      return `AND e.event_type = ANY ($${params.length}::text[])`;
    };
    const below = `(e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint) AND e.transaction_id < $4::text::xid8`;
    let sql: string;
    if (this.options.categories === undefined) {
      sql = `SELECT ${eventColumns('e')} FROM es_events e WHERE ${below} ${typeFilter()} ORDER BY e.transaction_id, e.global_position LIMIT $3`;
    } else {
      if (this.options.categories.length === 0) return { events: [], horizon };
      const types = typeFilter();
      // The checkpoint spelt out column by column: a row comparison on the index's second and
      // third columns is not an index condition, and the planner would walk the log's own order
      // index filtering on the category instead.
      const belowInCategory = `e.transaction_id >= $1::text::xid8 AND (e.transaction_id > $1::text::xid8 OR e.global_position > $2::bigint)
        AND e.transaction_id < $4::text::xid8`;
      const ranges = [...new Set(this.options.categories)].map((category) => {
        params.push(category);
        return `(SELECT e.* FROM es_events e WHERE e.category = $${params.length} AND ${belowInCategory} ${types}
                  ORDER BY e.transaction_id, e.global_position LIMIT $3)`;
      });
      sql = `SELECT ${eventColumns('e')} FROM (${ranges.join(' UNION ALL ')}) e ORDER BY e.transaction_id, e.global_position LIMIT $3`;
    }
    const { rows } = await this.store.pool.query<EventRow>(sql, params);
    const events = rows.map((row) => this.store.toEvent(row));
    return { events, horizon };
  }

  private sleep(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.options.pollIntervalMs ?? 1000);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = undefined;
        done();
      };
    });
  }

  private markCaughtUp(horizon: bigint): void {
    this.reachedHorizon = horizon;
    const settled = this.caughtUpWaiters.filter((waiter) => waiter.xmax <= horizon);
    this.caughtUpWaiters = this.caughtUpWaiters.filter((waiter) => waiter.xmax > horizon);
    settled.forEach(({ resolve }) => resolve());
  }

  private async listen(pool: Pool): Promise<void> {
    const client = new Client((pool as unknown as { options: object }).options);
    client.on('error', () => undefined); // the poll carries on; see onReadError for reads
    client.on('notification', (message: Notification) => {
      // A NOTIFY this subscription's own store sent follows appends that woke it already.
      if (message.channel === EVENTS_CHANNEL && message.payload !== this.store.origin) this.poke();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
      this.listenClient = client;
    } catch (error) {
      this.options.onReadError?.(error);
      await client.end().catch(() => undefined);
    }
  }
}
