import { randomUUID } from 'node:crypto';
import { migrate } from '@app/database';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore, RecordedEvent } from '@app/event-store';
import { databaseTargets, eventually, TestDatabase } from '@app/testing';
import { Actor, DomainError, loadChinaCalendar, SettableClock, WorkflowDefinition } from '@app/workflow';
import { ProcessManager, ProcessManagerRunner, Reaction } from './process-manager';
import { TimerStore } from './timer-store';
import { WorkflowEngine } from './workflow-engine';
import { WORKFLOW_MIGRATIONS } from './workflow.schema';

// Two tiny workflows: a `bell` is rung, and a `ledger` records every ring it is told of. A
// ledger refuses the number 13, so a reaction can be refused by a rule.
type BellCommand = { type: 'Ring'; ring: number; ledger: string };
type BellEvent = { type: 'Rung'; data: { ring: number; ledger: string } };
type LedgerCommand = { type: 'Record'; ring: number };
type LedgerEvent = { type: 'Recorded'; data: { ring: number } };

class UnluckyRing extends DomainError {
  readonly code = 'UNLUCKY_RING';
  constructor() {
    super('Ledgers do not record ring 13');
  }
}

const bellWorkflow: WorkflowDefinition<{ rings: number }, BellCommand, BellEvent> = {
  name: 'bell',
  version: 1,
  initialState: () => ({ rings: 0 }),
  statusOf: () => 'ringing',
  evolve: (state) => ({ rings: state.rings + 1 }),
  refuse: () => new UnluckyRing(),
  states: {
    ringing: { on: { Ring: { roles: ['admin'], decide: (_state, command) => [{ type: 'Rung', data: { ring: command.ring, ledger: command.ledger } }] } } },
  },
};

const ledgerWorkflow: WorkflowDefinition<{ rings: number[] }, LedgerCommand, LedgerEvent> = {
  name: 'ledger',
  version: 1,
  initialState: () => ({ rings: [] }),
  statusOf: () => 'open',
  evolve: (state, event) => ({ rings: [...state.rings, event.data.ring] }),
  refuse: () => new UnluckyRing(),
  states: {
    open: {
      on: {
        Record: {
          roles: ['system'],
          guards: [
            (_state, command) => {
              if (command.ring === 13) throw new UnluckyRing();
            },
          ],
          decide: (_state, command) => [{ type: 'Recorded', data: { ring: command.ring } }],
        },
      },
    },
  },
};

const bookkeeper: ProcessManager = {
  name: 'bookkeeper',
  categories: ['bell'],
  types: ['Rung'],
  react(event: RecordedEvent): Reaction[] {
    const { ring, ledger } = event.data as { ring: number; ledger: string };
    return [{ workflow: 'ledger', streamId: `ledger-${ledger}`, command: { type: 'Record', ring } as LedgerCommand, key: 'record' }];
  },
};

const admin: Actor = { userId: 'admin', roles: ['admin'] };

describe.each(databaseTargets())('process managers on $name', (target) => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let engine: WorkflowEngine;
  const runners: ProcessManagerRunner[] = [];

  const newRunner = (): ProcessManagerRunner => {
    const runner = new ProcessManagerRunner(store, engine, db.database.pool, { pollIntervalMs: 50, retryDelayMs: 50 });
    runner.register(bookkeeper);
    runners.push(runner);
    return runner;
  };
  const ring = (ring: number, ledger: string) =>
    engine.handle('bell', `bell-${ledger}`, { type: 'Ring', ring, ledger }, { actor: admin, commandId: randomUUID() });
  const recorded = async (ledger: string): Promise<number[]> => (await engine.load<{ rings: number[] }>('ledger', `ledger-${ledger}`)).state.rings;

  beforeAll(async () => {
    db = await target.create();
    await migrate(db.database.pool, 'event-store', EVENT_STORE_MIGRATIONS);
    await migrate(db.database.pool, 'workflow', WORKFLOW_MIGRATIONS);
    store = new PostgresEventStore(db.database.pool);
    engine = new WorkflowEngine(store, new TimerStore(db.database.pool), new SettableClock(), loadChinaCalendar());
    engine.register({ definitions: [bellWorkflow], settings: undefined });
    engine.register({ definitions: [ledgerWorkflow], settings: undefined });
  });
  afterEach(async () => {
    await Promise.all(runners.splice(0).map((runner) => runner.stop()));
    await db.database.pool.query('DELETE FROM wf_process_checkpoints');
  });
  afterAll(async () => db?.dispose());

  it('sends a reaction for every event, past and live, once each', async () => {
    const ledger = randomUUID();
    for (const n of [1, 2, 3]) await ring(n, ledger);
    const runner = newRunner();
    await runner.start();
    for (const n of [4, 5]) await ring(n, ledger);

    await eventually(async () => expect(await recorded(ledger)).toEqual([1, 2, 3, 4, 5]));
    await runner.caughtUp();
    expect(await recorded(ledger)).toEqual([1, 2, 3, 4, 5]);
  });

  it('a reaction sent at once by dispatch is not sent again by the subscription', async () => {
    const ledger = randomUUID();
    const runner = newRunner();
    const { events } = await ring(1, ledger);
    await runner.dispatch(events);
    expect(await recorded(ledger)).toEqual([1]);

    await runner.start();
    await ring(2, ledger);
    await eventually(async () => expect(await recorded(ledger)).toEqual([1, 2]));
  });

  it('passes over a reaction a rule refuses, reports it, and goes on with the next events', async () => {
    const ledger = randomUUID();
    const refusals: string[] = [];
    const runner = new ProcessManagerRunner(store, engine, db.database.pool, {
      pollIntervalMs: 50,
      onError: (error, context) => refusals.push(`${(error as DomainError).code}:${context.skipped}`),
    });
    runner.register(bookkeeper);
    runners.push(runner);
    for (const n of [12, 13, 14]) await ring(n, ledger);
    await runner.start();

    await eventually(async () => expect(await recorded(ledger)).toEqual([12, 14]));
    expect(refusals).toEqual(['UNLUCKY_RING:true']);
    const [status] = await runner.status();
    expect(status!.lastError).toMatch(/^UNLUCKY_RING at position \d+/);
  });

  it('a rule refusing a dispatched reaction is the caller’s error', async () => {
    const runner = newRunner();
    const { events } = await ring(13, randomUUID());
    await expect(runner.dispatch(events)).rejects.toBeInstanceOf(UnluckyRing);
  });

  it('resumes from its stored checkpoint after a restart, and a replay from the start appends nothing', async () => {
    const ledger = randomUUID();
    const first = newRunner();
    await first.start();
    for (const n of [1, 2]) await ring(n, ledger);
    await eventually(async () => expect(await recorded(ledger)).toEqual([1, 2]));
    await first.caughtUp();
    await first.stop();
    const [stopped] = await first.status();
    expect(stopped!.checkpoint.position).toBeGreaterThan(0);

    await ring(3, ledger);
    const second = newRunner();
    await second.start();
    await eventually(async () => expect(await recorded(ledger)).toEqual([1, 2, 3]));
    await second.stop();

    // Lose the checkpoint: every event is delivered again, and every command is known already.
    await db.database.pool.query('DELETE FROM wf_process_checkpoints');
    const replay = newRunner();
    await replay.start();
    await replay.caughtUp();
    await ring(4, ledger);
    await eventually(async () => expect(await recorded(ledger)).toEqual([1, 2, 3, 4]));
  });

  it('reports as lag the followed events committed after what it has handled, aged by the oldest, and none once it has caught up', async () => {
    const ledger = randomUUID();
    let now = new Date();
    const runner = new ProcessManagerRunner(store, engine, db.database.pool, { pollIntervalMs: 50, now: () => now });
    runner.register(bookkeeper);
    runners.push(runner);
    await runner.start();
    await runner.caughtUp();
    expect((await runner.status())[0]).toMatchObject({ running: true, lagEvents: 0, lagSeconds: 0 });

    await runner.stop();
    const first = await ring(1, ledger);
    for (const n of [2, 3]) await ring(n, ledger);
    now = new Date(first.events[0]!.recordedAt.getTime() + 42_000);
    expect((await runner.status())[0]).toMatchObject({ running: false, lagEvents: 3, lagSeconds: 42 });

    await runner.start();
    await eventually(async () => expect((await runner.status())[0]).toMatchObject({ running: true, lagEvents: 0, lagSeconds: 0 }));
    expect(await recorded(ledger)).toEqual([1, 2, 3]);
  });

  it('two runners following the same log send each reaction once', async () => {
    const ledger = randomUUID();
    const [one, two] = [newRunner(), newRunner()];
    await Promise.all([one.start(), two.start()]);
    for (let n = 1; n <= 20; n += 1) await ring(n === 13 ? 99 : n, ledger);

    const expected = Array.from({ length: 20 }, (_, index) => (index + 1 === 13 ? 99 : index + 1));
    await eventually(async () => expect(await recorded(ledger)).toEqual(expected));
    await Promise.all([one.caughtUp(), two.caughtUp()]);
    expect(await recorded(ledger)).toEqual(expected);
  });
});
