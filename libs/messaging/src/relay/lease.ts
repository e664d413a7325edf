import { performance } from 'node:perf_hooks';
import { Pool, PoolClient } from 'pg';

/** What a holder has while it holds a lease. */
export interface HeldLease {
  readonly name: string;
  readonly holder: string;
  /** Raised at every change of holder; writes made under the lease check it. */
  readonly token: string;
}

/**
 * A lease row in PostgreSQL: one holder at a time per name, for `durationMs` after each renewal.
 * The database's clock decides expiry, so holders' clocks need not agree. A holder counts its own
 * deadline from the moment it *sent* the renewal, minus a safety margin, on its monotonic clock:
 * that deadline falls before the expiry the database recorded, so the holder stops trusting the
 * lease before anyone else can take it (as long as the clocks tick at about the same rate).
 */
export class Lease {
  private held: HeldLease | undefined;
  private deadline = 0;

  constructor(
    private readonly pool: Pool,
    readonly name: string,
    readonly holder: string,
    private readonly durationMs: number,
  ) {}

  /** The part of the duration a holder keeps in reserve: it stops publishing this long before expiry. */
  get marginMs(): number {
    return Math.ceil(this.durationMs / 3);
  }

  get current(): HeldLease | undefined {
    return this.isValid() ? this.held : undefined;
  }

  /** Whether the lease is held and its local deadline has not passed. */
  isValid(): boolean {
    return this.held !== undefined && performance.now() < this.deadline;
  }

  /** Milliseconds until the local deadline (0 when not held). */
  remainingMs(): number {
    return this.held === undefined ? 0 : Math.max(0, this.deadline - performance.now());
  }

  /** Takes the lease if nobody holds it (or it expired); renews it if this holder has it. */
  async acquire(): Promise<HeldLease | undefined> {
    if (this.held !== undefined) return (await this.renew()) ? this.held : undefined;
    const sent = performance.now();
    const { rows } = await this.pool.query<{ token: string }>(
      `INSERT INTO messaging_leases AS l (name, holder, token, acquired_at, expires_at)
       VALUES ($1, $2, 1, clock_timestamp(), clock_timestamp() + $3 * interval '1 millisecond')
       ON CONFLICT (name) DO UPDATE
          SET holder = EXCLUDED.holder, token = l.token + 1, acquired_at = EXCLUDED.acquired_at, expires_at = EXCLUDED.expires_at
        WHERE l.expires_at <= clock_timestamp()
       RETURNING token::text`,
      [this.name, this.holder, this.durationMs],
    );
    if (rows[0] === undefined) return undefined;
    this.held = { name: this.name, holder: this.holder, token: rows[0].token };
    this.deadline = sent + this.durationMs - this.marginMs;
    return this.held;
  }

  /** Extends the lease; false (and no longer held) when someone else has taken it. */
  async renew(): Promise<boolean> {
    const held = this.held;
    if (held === undefined) return false;
    const sent = performance.now();
    const { rowCount } = await this.pool.query(
      `UPDATE messaging_leases SET expires_at = clock_timestamp() + $4 * interval '1 millisecond'
        WHERE name = $1 AND holder = $2 AND token = $3`,
      [held.name, held.holder, held.token, this.durationMs],
    );
    if (rowCount !== 1) {
      this.held = undefined;
      return false;
    }
    if (this.held === held) this.deadline = sent + this.durationMs - this.marginMs;
    return true;
  }

  /** Lets the lease go at once, so that a standby takes over without waiting for the expiry. */
  async release(): Promise<void> {
    const held = this.held;
    this.held = undefined;
    if (held === undefined) return;
    await this.pool.query(`UPDATE messaging_leases SET expires_at = '-infinity' WHERE name = $1 AND holder = $2 AND token = $3`, [
      held.name,
      held.holder,
      held.token,
    ]);
  }

  /** Forgets the lease without telling the database (after an error, or when the deadline passed). */
  drop(): void {
    this.held = undefined;
  }

  /**
   * Inside a transaction: whether `lease` is still its holder's, locking the row (shared) so that
   * nobody takes it over before the transaction's writes commit.
   */
  static async stillHeld(client: PoolClient, lease: HeldLease): Promise<boolean> {
    const { rowCount } = await client.query('SELECT 1 FROM messaging_leases WHERE name = $1 AND holder = $2 AND token = $3 FOR SHARE', [
      lease.name,
      lease.holder,
      lease.token,
    ]);
    return rowCount === 1;
  }
}
