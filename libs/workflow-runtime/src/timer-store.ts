import { createHash } from 'node:crypto';
import { TimerRequest } from '@app/workflow';
import { Pool, PoolClient } from 'pg';
import { canonicalJson } from '@app/event-store';

export interface DueTimer {
  readonly timerId: string;
  readonly workflow: string;
  readonly streamId: string;
  readonly name: string;
  readonly dueAt: Date;
  readonly command: { type: string };
  readonly attempts: number;
}

export function timerIdOf(streamId: string, name: string, dueAt: Date): string {
  return createHash('sha256').update(`${streamId}\u0000${name}\u0000${dueAt.toISOString()}`).digest('hex').slice(0, 40);
}

/** The `wf_timers` table: what each workflow instance wants to happen later. */
export class TimerStore {
  constructor(private readonly pool: Pool) {}

  /**
   * Makes the stream's scheduled timers exactly `wanted`: cancels the others, adds the missing.
   * A timer that fired already keeps its row, so asking for it again never fires it twice. One
   * statement, also when nothing is wanted: the cancelling runs in full whatever the insert does,
   * and the two touch different rows (those not wanted, and those wanted).
   */
  async reconcile(client: PoolClient, workflow: string, streamId: string, wanted: readonly TimerRequest<{ type: string }>[], now: Date): Promise<void> {
    const ids = wanted.map((timer) => timerIdOf(streamId, timer.name, timer.dueAt));
    await client.query(
      `WITH cancelled AS (
         UPDATE wf_timers SET status = 'cancelled', claimed_by = NULL, claimed_until = NULL
          WHERE stream_id = $2 AND status = 'scheduled' AND NOT (timer_id = ANY ($3::text[])))
       INSERT INTO wf_timers (timer_id, workflow, stream_id, name, due_at, command, status, scheduled_at)
       SELECT t.id, $1, $2, t.name, t.due_at, t.command, 'scheduled', $6
         FROM unnest($3::text[], $4::text[], $5::timestamptz[], $7::jsonb[]) AS t(id, name, due_at, command)
       ON CONFLICT (timer_id) DO UPDATE SET status = 'scheduled'
         WHERE wf_timers.status = 'cancelled'`,
      [
        workflow,
        streamId,
        ids,
        wanted.map((timer) => timer.name),
        wanted.map((timer) => timer.dueAt),
        now,
        wanted.map((timer) => canonicalJson(timer.command)),
      ],
    );
  }

  /** Timers due by `now` and not fired yet, whether claimed or not (a backlog to watch). */
  async countDue(now: Date): Promise<number> {
    const { rows } = await this.pool.query<{ due: string }>(`SELECT count(*) AS due FROM wf_timers WHERE status = 'scheduled' AND due_at <= $1`, [now]);
    return Number(rows[0]!.due);
  }

  /**
   * Claims up to `limit` due timers for `workerId` until `leaseUntil`. `SKIP LOCKED` lets
   * several workers claim at once without waiting on or taking each other's rows.
   */
  async claimDue(workerId: string, now: Date, leaseUntil: Date, limit: number): Promise<DueTimer[]> {
    const { rows } = await this.pool.query<{
      timer_id: string;
      workflow: string;
      stream_id: string;
      name: string;
      due_at: Date;
      command: { type: string };
      attempts: number;
    }>(
      `UPDATE wf_timers SET claimed_by = $1, claimed_until = $3, attempts = attempts + 1
        WHERE timer_id IN (
          SELECT timer_id FROM wf_timers
           WHERE status = 'scheduled' AND due_at <= $2 AND (claimed_until IS NULL OR claimed_until < $2)
           ORDER BY due_at
           LIMIT $4
           FOR UPDATE SKIP LOCKED)
        RETURNING timer_id, workflow, stream_id, name, due_at, command, attempts`,
      [workerId, now, leaseUntil, limit],
    );
    return rows.map((row) => ({
      timerId: row.timer_id,
      workflow: row.workflow,
      streamId: row.stream_id,
      name: row.name,
      dueAt: row.due_at,
      command: row.command,
      attempts: row.attempts,
    }));
  }

  /** Marks a fired timer: inside the transaction that appends its events, or on its own (`client` undefined). */
  async markFired(client: PoolClient | undefined, timerId: string, now: Date): Promise<void> {
    await (client ?? this.pool).query(
      `UPDATE wf_timers SET status = 'fired', fired_at = $2, claimed_by = NULL, claimed_until = NULL, last_error = NULL
        WHERE timer_id = $1`,
      [timerId, now],
    );
  }

  async markCancelled(timerId: string, reason: string): Promise<void> {
    await this.pool.query(
      `UPDATE wf_timers SET status = 'cancelled', claimed_by = NULL, claimed_until = NULL, last_error = $2 WHERE timer_id = $1`,
      [timerId, reason],
    );
  }

  /** Gives a claimed timer back after a failure, to be retried after the lease. */
  async release(timerId: string, error: string): Promise<void> {
    await this.pool.query(`UPDATE wf_timers SET last_error = $2 WHERE timer_id = $1`, [timerId, error]);
  }

  /**
   * The instances with timers, a page at a time in (workflow, stream) order: those with a timer
   * still scheduled, or (`everHad`) every instance that ever had one.
   */
  async instancesWithTimers(options: { everHad: boolean; after?: { workflow: string; streamId: string }; limit: number }): Promise<Array<{ workflow: string; streamId: string }>> {
    const { rows } = await this.pool.query<{ workflow: string; stream_id: string }>(
      `SELECT DISTINCT workflow, stream_id FROM wf_timers
        WHERE ($1 OR status = 'scheduled') AND (workflow, stream_id) > ($2, $3)
        ORDER BY workflow, stream_id LIMIT $4`,
      [options.everHad, options.after?.workflow ?? '', options.after?.streamId ?? '', options.limit],
    );
    return rows.map((row) => ({ workflow: row.workflow, streamId: row.stream_id }));
  }

  /** The fingerprint of the calendar every instance's timers were last reconciled against; undefined before the first time. */
  async reconciledCalendar(): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ fingerprint: string }>('SELECT fingerprint FROM wf_timer_calendar');
    return rows[0]?.fingerprint;
  }

  async markReconciledCalendar(fingerprint: string, now: Date): Promise<void> {
    await this.pool.query(
      `INSERT INTO wf_timer_calendar (singleton, fingerprint, reconciled_at) VALUES (true, $1, $2)
       ON CONFLICT (singleton) DO UPDATE SET fingerprint = excluded.fingerprint, reconciled_at = excluded.reconciled_at`,
      [fingerprint, now],
    );
  }

  async scheduledFor(streamId: string): Promise<Array<{ name: string; dueAt: Date }>> {
    const { rows } = await this.pool.query<{ name: string; due_at: Date }>(
      `SELECT name, due_at FROM wf_timers WHERE stream_id = $1 AND status = 'scheduled' ORDER BY due_at, name`,
      [streamId],
    );
    return rows.map((row) => ({ name: row.name, dueAt: row.due_at }));
  }
}
