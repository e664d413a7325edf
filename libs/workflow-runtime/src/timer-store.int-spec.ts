import { randomUUID } from 'node:crypto';
import { migrate } from '@app/database';
import { databaseTargets, TestDatabase } from '@app/testing';
import { TimerRequest } from '@app/workflow';
import { timerIdOf, TimerStore } from './timer-store';
import { WORKFLOW_MIGRATIONS } from './workflow.schema';

describe.each(databaseTargets())('timer store on $name', (target) => {
  let db: TestDatabase;
  let timers: TimerStore;
  const now = new Date('2026-03-02T02:00:00.000Z');
  const at = (day: number): Date => new Date(Date.UTC(2026, 2, day, 16));
  const timer = (name: string, day: number): TimerRequest<{ type: string }> => ({ name, dueAt: at(day), command: { type: `Fire${name}` } });

  beforeAll(async () => {
    db = await target.create();
    await migrate(db.database.pool, 'workflow', WORKFLOW_MIGRATIONS);
    timers = new TimerStore(db.database.pool);
  });
  afterAll(async () => db?.dispose());

  /** Runs one reconcile in a transaction of its own, as the engine does. */
  const reconcile = async (streamId: string, wanted: readonly TimerRequest<{ type: string }>[]): Promise<void> => {
    const client = await db.database.pool.connect();
    try {
      await client.query('BEGIN');
      await timers.reconcile(client, 'case', streamId, wanted, now);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  };
  const rows = async (streamId: string) =>
    (
      await db.database.pool.query<{ name: string; due_at: Date; status: string; command: unknown }>(
        'SELECT name, due_at, status, command FROM wf_timers WHERE stream_id = $1 ORDER BY name, due_at',
        [streamId],
      )
    ).rows.map((row) => [row.name, row.due_at.toISOString(), row.status]);

  it('given timers scheduled, when the wanted ones change, cancels those no longer wanted, adds the new, and schedules a cancelled one again when it is wanted again', async () => {
    const stream = `case-${randomUUID()}`;
    await reconcile(stream, [timer('blue', 5), timer('yellow', 8)]);
    expect(await rows(stream)).toEqual([
      ['blue', at(5).toISOString(), 'scheduled'],
      ['yellow', at(8).toISOString(), 'scheduled'],
    ]);
    // The yellow one moved (a new deadline): the old instant is cancelled, the new one scheduled.
    await reconcile(stream, [timer('blue', 5), timer('yellow', 9)]);
    expect(await rows(stream)).toEqual([
      ['blue', at(5).toISOString(), 'scheduled'],
      ['yellow', at(8).toISOString(), 'cancelled'],
      ['yellow', at(9).toISOString(), 'scheduled'],
    ]);
    // Wanted at the old instant again: the same row is scheduled again, the other cancelled.
    await reconcile(stream, [timer('blue', 5), timer('yellow', 8)]);
    expect(await rows(stream)).toEqual([
      ['blue', at(5).toISOString(), 'scheduled'],
      ['yellow', at(8).toISOString(), 'scheduled'],
      ['yellow', at(9).toISOString(), 'cancelled'],
    ]);
  });

  it('given a timer that fired, wanting it again leaves it fired, and wanting nothing cancels only the scheduled ones', async () => {
    const stream = `case-${randomUUID()}`;
    const other = `case-${randomUUID()}`;
    await reconcile(stream, [timer('blue', 5), timer('red', 12)]);
    await reconcile(other, [timer('blue', 5)]);
    await timers.markFired(undefined, timerIdOf(stream, 'blue', at(5)), now);
    await reconcile(stream, [timer('blue', 5), timer('red', 12)]);
    expect(await rows(stream)).toEqual([
      ['blue', at(5).toISOString(), 'fired'],
      ['red', at(12).toISOString(), 'scheduled'],
    ]);
    await reconcile(stream, []);
    expect(await rows(stream)).toEqual([
      ['blue', at(5).toISOString(), 'fired'],
      ['red', at(12).toISOString(), 'cancelled'],
    ]);
    // Another stream's timers are its own.
    expect(await rows(other)).toEqual([['blue', at(5).toISOString(), 'scheduled']]);
  });
});
