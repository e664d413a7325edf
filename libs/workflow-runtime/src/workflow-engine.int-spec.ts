import type { PoolClient } from 'pg';
import { randomUUID } from 'node:crypto';
import { createDatabase, Database, migrate } from '@app/database';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore, WrongExpectedVersionError } from '@app/event-store';
import { databaseTargets, serverTarget, TestDatabase } from '@app/testing';
import {
  Actor,
  Clock,
  DomainError,
  endOfShanghaiDay,
  loadChinaCalendar,
  RoleNotAllowedError,
  SettableClock,
  shanghaiDateOf,
  WorkflowDefinition,
} from '@app/workflow';
import { TimerService } from './timer-service';
import { TimerStore } from './timer-store';
import { WorkflowEngine } from './workflow-engine';
import { WORKFLOW_MIGRATIONS } from './workflow.schema';

// A small domain-agnostic workflow: a ticket that escalates when left open two working days.
type TicketCommand =
  | { type: 'OpenTicket'; title: string }
  | { type: 'CloseTicket' }
  | { type: 'Escalate'; dueAt: string };
type TicketEvent =
  | { type: 'TicketOpened'; data: { title: string; openedAt: string; definition: number } }
  | { type: 'TicketEscalated'; data: { escalatedAt: string } }
  | { type: 'TicketClosed'; data: { closedAt: string } };
type TicketState =
  | { status: 'none' }
  | { status: 'open' | 'escalated'; openedAt: string; definition: number }
  | { status: 'closed' };

class TicketClosed extends DomainError {
  readonly code = 'TICKET_CLOSED';
  constructor() {
    super('Ticket already closed');
  }
}

function ticketDefinition(version: number): WorkflowDefinition<TicketState, TicketCommand, TicketEvent, { escalateAfterWorkingDays: number }> {
  return {
    name: 'ticket',
    version,
    initialState: () => ({ status: 'none' }),
    statusOf: (state) => state.status,
    evolve: (state, event) => {
      switch (event.type) {
        case 'TicketOpened':
          return { status: 'open', openedAt: event.data.openedAt, definition: event.data.definition };
        case 'TicketEscalated':
          return state.status === 'open' ? { ...state, status: 'escalated' } : state;
        case 'TicketClosed':
          return { status: 'closed' };
      }
    },
    refuse: () => new TicketClosed(),
    states: {
      none: {
        on: {
          OpenTicket: {
            roles: ['admin'],
            decide: (_state, command, { now }) => [
              { type: 'TicketOpened', data: { title: command.title, openedAt: now.toISOString(), definition: version } },
            ],
          },
        },
      },
      open: {
        on: {
          CloseTicket: { roles: ['admin', 'official'], decide: (_s, _c, { now }) => [{ type: 'TicketClosed', data: { closedAt: now.toISOString() } }] },
          Escalate: { roles: ['system'], decide: (_s, _c, { now }) => [{ type: 'TicketEscalated', data: { escalatedAt: now.toISOString() } }] },
        },
        timers: (state, { calendar, settings }) => {
          if (state.status !== 'open') return [];
          const due = endOfShanghaiDay(calendar.addWorkingDays(shanghaiDateOf(new Date(state.openedAt)), settings.escalateAfterWorkingDays));
          return [{ name: 'escalate', dueAt: due, command: { type: 'Escalate', dueAt: due.toISOString() } }];
        },
      },
      escalated: {
        on: { CloseTicket: { roles: ['admin', 'official'], decide: (_s, _c, { now }) => [{ type: 'TicketClosed', data: { closedAt: now.toISOString() } }] } },
      },
      closed: { on: {} },
    },
  };
}

const admin: Actor = { userId: 'admin', roles: ['admin'] };
const viewer: Actor = { userId: 'viewer', roles: ['viewer'] };

describe.each(databaseTargets())('workflow engine on $name', (target) => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let clock: SettableClock;
  let engine: WorkflowEngine;
  let timers: TimerStore;
  const calendar = loadChinaCalendar();

  const makeEngine = (definitions = [ticketDefinition(1)]): WorkflowEngine => {
    const made = new WorkflowEngine(store, timers, clock, calendar);
    made.register({ definitions, settings: { escalateAfterWorkingDays: 2 } });
    return made;
  };

  beforeAll(async () => {
    db = await target.create();
    await migrate(db.database.pool, 'event-store', EVENT_STORE_MIGRATIONS);
    await migrate(db.database.pool, 'workflow', WORKFLOW_MIGRATIONS);
    store = new PostgresEventStore(db.database.pool);
    timers = new TimerStore(db.database.pool);
  });
  beforeEach(() => {
    clock = new SettableClock('2026-02-12T02:00:00Z'); // Thursday before the 2026 Spring Festival
    engine = makeEngine();
  });
  afterAll(async () => db?.dispose());

  const open = (stream: string, commandId = randomUUID()) =>
    engine.handle<TicketState, TicketCommand>('ticket', stream, { type: 'OpenTicket', title: '路灯不亮' }, { actor: admin, commandId, orgUnitId: 'anji' });

  it('appends the decided events with who, which command and which definition version', async () => {
    const stream = `ticket-${randomUUID()}`;
    const commandId = randomUUID();
    const result = await open(stream, commandId);
    expect(result.version).toBe(1);
    expect(result.state.status).toBe('open');
    expect(result.events[0]!.metadata).toMatchObject({
      actorId: 'admin',
      commandId,
      correlationId: commandId,
      orgUnitId: 'anji',
      workflow: 'ticket',
      workflowVersion: 1,
    });
  });

  it('a retried command id appends nothing and returns what the first attempt appended', async () => {
    const stream = `ticket-${randomUUID()}`;
    const commandId = randomUUID();
    const first = await open(stream, commandId);
    const again = await open(stream, commandId);
    expect(again.duplicate).toBe(true);
    expect(again.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
    expect(await store.streamVersion(stream)).toBe(1);
  });

  it('a command id met again with another command or on another stream is refused, not answered with the first result', async () => {
    const stream = `ticket-${randomUUID()}`;
    const commandId = randomUUID();
    await open(stream, commandId);
    const close = engine.handle<TicketState, TicketCommand>('ticket', stream, { type: 'CloseTicket' }, { actor: admin, commandId });
    await expect(close).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    await expect(open(`ticket-${randomUUID()}`, commandId)).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await store.streamVersion(stream)).toBe(1);
  });

  describe('starting many instances at once', () => {
    const opening = (stream: string, title: string) => ({
      streamId: stream,
      commands: [
        { command: { type: 'OpenTicket', title }, metadata: { actor: admin, commandId: `${stream}:open`, orgUnitId: 'anji' } },
        { command: { type: 'CloseTicket' }, metadata: { actor: admin, commandId: `${stream}:close` } },
      ],
    });

    it('appends what handle would have appended, one command after another, with the timers the instances want', async () => {
      const [closed, open] = [`ticket-${randomUUID()}`, `ticket-${randomUUID()}`];
      const appended: number[] = [];
      engine.observe({ appended: (_workflow, events) => appended.push(events.length) });
      const result = await engine.startInstances('ticket', [opening(closed, '路灯不亮'), { streamId: open, commands: opening(open, '井盖缺失').commands.slice(0, 1) }]);
      expect(result).toEqual({ started: [closed, open], existing: [], eventsAppended: 3 });
      expect(appended).toEqual([3]);
      const events = await store.readStream(closed);
      expect(events.map((event) => [event.type, event.metadata.commandId, event.metadata.orgUnitId])).toEqual([
        ['TicketOpened', `${closed}:open`, 'anji'],
        ['TicketClosed', `${closed}:close`, undefined],
      ]);
      expect((await engine.load<TicketState>('ticket', open)).state.status).toBe('open');
      expect(await engine.wantedTimers('ticket', open)).toHaveLength(1);
      const { rows } = await db.database.pool.query('SELECT count(*)::int AS n FROM wf_timers WHERE stream_id = ANY ($1)', [[closed, open]]);
      expect(rows[0].n).toBe(1);
      // The same command sent through handle later is a duplicate.
      const again = await engine.handle('ticket', closed, { type: 'OpenTicket', title: '路灯不亮' }, { actor: admin, commandId: `${closed}:open` });
      expect(again.duplicate).toBe(true);
    });

    it('leaves a stream that exists as it is, and a second start appends nothing', async () => {
      const [there, fresh] = [`ticket-${randomUUID()}`, `ticket-${randomUUID()}`];
      await open(there);
      const first = await engine.startInstances('ticket', [opening(there, '路灯不亮'), opening(fresh, '井盖缺失')]);
      expect(first).toEqual({ started: [fresh], existing: [there], eventsAppended: 2 });
      expect(await store.streamVersion(there)).toBe(1);
      const second = await engine.startInstances('ticket', [opening(there, '路灯不亮'), opening(fresh, '井盖缺失')]);
      expect(second).toEqual({ started: [], existing: [there, fresh], eventsAppended: 0 });
      expect(await store.streamVersion(fresh)).toBe(2);
    });

    it('refuses the whole batch when a decider refuses one command', async () => {
      const [good, bad] = [`ticket-${randomUUID()}`, `ticket-${randomUUID()}`];
      const refused = { streamId: bad, commands: [{ command: { type: 'OpenTicket', title: 'x' }, metadata: { actor: viewer, commandId: `${bad}:open` } }] };
      await expect(engine.startInstances('ticket', [opening(good, '路灯不亮'), refused])).rejects.toBeInstanceOf(RoleNotAllowedError);
      expect(await store.streamVersions([good, bad])).toEqual(new Map());
    });

    it('two starters racing each start every stream once', async () => {
      const streams = Array.from({ length: 20 }, () => `ticket-${randomUUID()}`);
      const batch = streams.map((stream) => opening(stream, '路灯不亮'));
      const [a, b] = await Promise.all([engine.startInstances('ticket', batch), makeEngine().startInstances('ticket', batch)]);
      expect([...a.started, ...b.started].sort()).toEqual([...streams].sort());
      expect([...(await store.streamVersions(streams)).values()]).toEqual(streams.map(() => 2));
    });
  });

  describe('reading the stream', () => {
    /** Counts the store's stream reads and event lookups while `work` runs. */
    const counted = async (work: () => Promise<unknown>): Promise<{ streamReads: number; eventLookups: number }> => {
      const readStream = jest.spyOn(store, 'readStream');
      const findEvent = jest.spyOn(store, 'findEvent');
      try {
        await work();
        return { streamReads: readStream.mock.calls.length, eventLookups: findEvent.mock.calls.length };
      } finally {
        readStream.mockRestore();
        findEvent.mockRestore();
      }
    };

    it('a new command loads its stream once, reads back only what it appended, and looks up no event id (its ids would make the append fail)', async () => {
      const stream = `ticket-${randomUUID()}`;
      await open(stream);
      const tickets = engine.workflow<TicketState, TicketCommand>('ticket');
      const reads = await counted(() => tickets.handle(stream, { type: 'CloseTicket' }, { actor: admin, commandId: randomUUID() }));
      expect(reads).toEqual({ streamReads: 2, eventLookups: 0 });
    });

    it('a command refused on the state it loaded looks for its own events first, and a new one is refused as before', async () => {
      const stream = `ticket-${randomUUID()}`;
      await open(stream);
      await engine.handle<TicketState, TicketCommand>('ticket', stream, { type: 'CloseTicket' }, { actor: admin, commandId: randomUUID() });
      const tickets = engine.workflow<TicketState, TicketCommand>('ticket');
      let refusal: unknown;
      const reads = await counted(() => tickets.handle(stream, { type: 'CloseTicket' }, { actor: admin, commandId: randomUUID() }).catch((error: unknown) => (refusal = error)));
      expect(refusal).toBeInstanceOf(TicketClosed);
      expect(reads.eventLookups).toBe(1);
    });

    it('a retried command is answered from the events its one load read', async () => {
      const stream = `ticket-${randomUUID()}`;
      const commandId = randomUUID();
      const first = await open(stream, commandId);
      const tickets = engine.workflow<TicketState, TicketCommand>('ticket');
      let again: Awaited<ReturnType<typeof tickets.handle>> | undefined;
      const reads = await counted(async () => (again = await tickets.handle(stream, { type: 'OpenTicket', title: '路灯不亮' }, { actor: admin, commandId })));
      expect(reads).toEqual({ streamReads: 1, eventLookups: 0 });
      expect(again).toMatchObject({ duplicate: true, version: 1, events: [expect.objectContaining({ id: first.events[0]!.id })] });
    });

    it('authorises on the state it loaded, before deciding, and appends nothing when refused', async () => {
      const stream = `ticket-${randomUUID()}`;
      await open(stream);
      const seen: string[] = [];
      const refusal = new TicketClosed();
      await expect(
        engine.handle<TicketState, TicketCommand>(
          'ticket',
          stream,
          { type: 'CloseTicket' },
          { actor: admin, commandId: randomUUID() },
          {
            authorize: (state) => {
              seen.push(state.status);
              throw refusal;
            },
          },
        ),
      ).rejects.toBe(refusal);
      expect(seen).toEqual(['open']);
      expect(await store.streamVersion(stream)).toBe(1);
    });
  });

  it('writes the caller’s own rows in the append’s transaction with the state after the command: both commit, or neither; a retry does not write them again', async () => {
    await db.database.pool.query('CREATE TABLE IF NOT EXISTS engine_side_rows (stream_id text PRIMARY KEY, status text NOT NULL, writes integer NOT NULL)');
    const stream = `ticket-${randomUUID()}`;
    const commandId = randomUUID();
    const sideRow = {
      withinTransaction: async (client: PoolClient, state: TicketState) => {
        await client.query(
          `INSERT INTO engine_side_rows VALUES ($1, $2, 1) ON CONFLICT (stream_id) DO UPDATE SET status = EXCLUDED.status, writes = engine_side_rows.writes + 1`,
          [stream, state.status],
        );
      },
    };
    const send = () => engine.handle<TicketState, TicketCommand>('ticket', stream, { type: 'OpenTicket', title: '路灯不亮' }, { actor: admin, commandId }, sideRow);
    await send();
    await send(); // a retry: its events are found, nothing is written again
    expect((await db.database.pool.query('SELECT status, writes FROM engine_side_rows WHERE stream_id = $1', [stream])).rows).toEqual([{ status: 'open', writes: 1 }]);

    const failing = {
      withinTransaction: async () => {
        throw new Error('the side row cannot be written');
      },
    };
    await expect(engine.handle<TicketState, TicketCommand>('ticket', stream, { type: 'CloseTicket' }, { actor: admin, commandId: randomUUID() }, failing)).rejects.toThrow('cannot be written');
    expect(await store.streamVersion(stream)).toBe(1); // the close rolled back with its side row
  });

  describe('one command id handled by racing handlers, each deciding at its own instant', () => {
    /** Every decision reads a later instant, as two processes or two requests would. */
    const tickingClock = (): Clock => {
      let tick = 0;
      return { now: () => new Date(Date.parse('2026-02-12T02:00:00Z') + 1000 * (tick += 1)) };
    };
    const racers = (count: number): WorkflowEngine[] => {
      const clock = tickingClock();
      return Array.from({ length: count }, () => {
        const racer = new WorkflowEngine(store, timers, clock, calendar);
        racer.register({ definitions: [ticketDefinition(1)], settings: { escalateAfterWorkingDays: 2 } });
        return racer;
      });
    };

    it('opening a new stream ends with one set of events, and every loser answers with the winner’s as a duplicate', async () => {
      const stream = `ticket-${randomUUID()}`;
      const commandId = randomUUID();
      const results = await Promise.all(
        racers(8).map((racer) => racer.handle<TicketState, TicketCommand>('ticket', stream, { type: 'OpenTicket', title: '路灯不亮' }, { actor: admin, commandId })),
      );
      expect(await store.streamVersion(stream)).toBe(1);
      const stored = await store.readStream(stream);
      expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
      for (const result of results) {
        expect(result.version).toBe(1);
        expect(result.events.map((event) => [event.id, event.data])).toEqual(stored.map((event) => [event.id, event.data]));
      }
    });

    it('a command on an existing stream, with the version the caller saw, ends with one set of events and no conflict', async () => {
      const stream = `ticket-${randomUUID()}`;
      await open(stream);
      const commandId = randomUUID();
      const results = await Promise.all(
        racers(8).map((racer) => racer.handle('ticket', stream, { type: 'CloseTicket' }, { actor: admin, commandId, expectedVersion: 1 })),
      );
      expect(await store.streamVersion(stream)).toBe(2);
      const closed = (await store.readStream(stream, { from: 2 }))[0]!;
      expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
      for (const result of results) expect(result.events.map((event) => event.id)).toEqual([closed.id]);
    });

    it('another command that moved the stream meanwhile still makes a stale If-Match fail', async () => {
      const stream = `ticket-${randomUUID()}`;
      await open(stream);
      const [first, second] = racers(2);
      const outcomes = await Promise.allSettled([
        first!.handle('ticket', stream, { type: 'CloseTicket' }, { actor: admin, commandId: randomUUID(), expectedVersion: 1 }),
        second!.handle('ticket', stream, { type: 'CloseTicket' }, { actor: admin, commandId: randomUUID(), expectedVersion: 1 }),
      ]);
      const refused = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect(refused[0]!.reason).toBeInstanceOf(WrongExpectedVersionError);
      expect(await store.streamVersion(stream)).toBe(2);
    });
  });

  it('refuses by role and by state with the definition’s errors, appending nothing', async () => {
    const stream = `ticket-${randomUUID()}`;
    await expect(engine.handle('ticket', stream, { type: 'OpenTicket', title: 'x' }, { actor: viewer, commandId: randomUUID() })).rejects.toThrow(
      RoleNotAllowedError,
    );
    await open(stream);
    await engine.handle('ticket', stream, { type: 'CloseTicket' }, { actor: admin, commandId: randomUUID() });
    await expect(engine.handle('ticket', stream, { type: 'CloseTicket' }, { actor: admin, commandId: randomUUID() })).rejects.toMatchObject({
      code: 'TICKET_CLOSED',
    });
    expect(await store.streamVersion(stream)).toBe(2);
  });

  it('a stale If-Match version is refused; without one a concurrent change is retried', async () => {
    const stream = `ticket-${randomUUID()}`;
    await open(stream);
    await expect(
      engine.handle('ticket', stream, { type: 'CloseTicket' }, { actor: admin, commandId: randomUUID(), expectedVersion: 0 }),
    ).rejects.toThrow(WrongExpectedVersionError);
    const results = await Promise.allSettled([
      engine.handle('ticket', stream, { type: 'CloseTicket' }, { actor: admin, commandId: randomUUID() }),
      engine.handle('ticket', stream, { type: 'CloseTicket' }, { actor: admin, commandId: randomUUID() }),
    ]);
    // One closes it; the other, retried on the new version, meets the closed ticket's rule.
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(['TICKET_CLOSED']);
  });

  it('an instance keeps the definition version it started on', async () => {
    const oldStream = `ticket-${randomUUID()}`;
    await open(oldStream);
    engine = makeEngine([ticketDefinition(1), ticketDefinition(2)]);
    const newStream = `ticket-${randomUUID()}`;
    await open(newStream);
    const closed = await engine.handle('ticket', oldStream, { type: 'CloseTicket' }, { actor: admin, commandId: randomUUID() });
    expect(closed.events[0]!.metadata['workflowVersion']).toBe(1);
    expect((await engine.load<TicketState>('ticket', newStream)).definitionVersion).toBe(2);
  });

  it('loads from the latest snapshot when the workflow asks for snapshots', async () => {
    const snapshotting = new WorkflowEngine(store, timers, clock, calendar);
    snapshotting.register({ definitions: [ticketDefinition(1)], settings: { escalateAfterWorkingDays: 2 }, snapshotEvery: 2 });
    const stream = `ticket-${randomUUID()}`;
    await snapshotting.handle('ticket', stream, { type: 'OpenTicket', title: 'x' }, { actor: admin, commandId: randomUUID() });
    expect(await store.loadSnapshot(stream)).toBeUndefined();
    await snapshotting.handle('ticket', stream, { type: 'CloseTicket' }, { actor: admin, commandId: randomUUID() });
    expect(await store.loadSnapshot(stream)).toEqual({ version: 2, schemaVersion: 1, state: { definitionVersion: 1, state: { status: 'closed' } } });
    // Mark the snapshot: a load that starts from it shows the mark, a full replay does not.
    await db.database.pool.query(`UPDATE es_snapshots SET state = jsonb_set(state, '{state,fromSnapshot}', 'true') WHERE stream_id = $1`, [stream]);
    expect(await snapshotting.load('ticket', stream)).toEqual({ state: { status: 'closed', fromSnapshot: true }, version: 2, definitionVersion: 1 });
    const replayed = await engine.load('ticket', stream);
    expect(replayed).toEqual({ state: { status: 'closed' }, version: 2, definitionVersion: 1 });
  });

  describe('a command sent again when a snapshot keeps its events out of the load', () => {
    const snapshotEveryCommand = (definitions: readonly WorkflowDefinition<never, never, never, never>[], settings: unknown, maxConflictRetries?: number): WorkflowEngine => {
      const made = new WorkflowEngine(store, timers, clock, calendar, maxConflictRetries === undefined ? {} : { maxConflictRetries });
      made.register({ definitions: definitions as never, settings: settings as never, snapshotEvery: 1 });
      return made;
    };

    it('refused on the state it brought about, it is answered with the events it appended', async () => {
      const snapshotting = snapshotEveryCommand([ticketDefinition(1) as never], { escalateAfterWorkingDays: 2 });
      const stream = `ticket-${randomUUID()}`;
      const [openId, closeId] = [randomUUID(), randomUUID()];
      const opened = await snapshotting.handle('ticket', stream, { type: 'OpenTicket', title: '路灯不亮' }, { actor: admin, commandId: openId });
      const closed = await snapshotting.handle('ticket', stream, { type: 'CloseTicket' }, { actor: admin, commandId: closeId });
      expect((await store.loadSnapshot(stream))?.version).toBe(2);
      clock.set(new Date('2026-02-12T03:00:00Z'));
      const closeAgain = await snapshotting.handle('ticket', stream, { type: 'CloseTicket' }, { actor: admin, commandId: closeId });
      expect(closeAgain).toMatchObject({ duplicate: true, version: 2, state: { status: 'closed' } });
      expect(closeAgain.events.map((e) => e.id)).toEqual(closed.events.map((e) => e.id));
      const openAgain = await snapshotting.handle('ticket', stream, { type: 'OpenTicket', title: '路灯不亮' }, { actor: admin, commandId: openId });
      expect(openAgain).toMatchObject({ duplicate: true, version: 2 });
      expect(openAgain.events.map((e) => e.id)).toEqual(opened.events.map((e) => e.id));
      expect(await store.streamVersion(stream)).toBe(2);
    });

    it('decided again, it appends nothing, writes none of its own rows, and is answered with the events it appended', async () => {
      type Tally = { status: 'counting'; bumps: number };
      const tally: WorkflowDefinition<Tally, { type: 'Bump' }, { type: 'Bumped'; data: { at: string } }, undefined> = {
        name: 'tally',
        version: 1,
        initialState: () => ({ status: 'counting', bumps: 0 }),
        statusOf: (state) => state.status,
        evolve: (state) => ({ ...state, bumps: state.bumps + 1 }),
        refuse: () => new TicketClosed(),
        states: { counting: { on: { Bump: { roles: ['admin'], decide: (_state, _command, { now }) => [{ type: 'Bumped', data: { at: now.toISOString() } }] } } } },
      };
      const snapshotting = snapshotEveryCommand([tally as never], undefined);
      await db.database.pool.query('CREATE TABLE IF NOT EXISTS engine_tally_rows (stream_id text PRIMARY KEY, writes integer NOT NULL)');
      const stream = `tally-${randomUUID()}`;
      const commandId = randomUUID();
      const sideRow = {
        withinTransaction: async (client: PoolClient) => {
          await client.query('INSERT INTO engine_tally_rows VALUES ($1, 1) ON CONFLICT (stream_id) DO UPDATE SET writes = engine_tally_rows.writes + 1', [stream]);
        },
      };
      const bump = () => snapshotting.handle<Tally, { type: 'Bump' }>('tally', stream, { type: 'Bump' }, { actor: admin, commandId }, sideRow);
      const first = await bump();
      expect((await store.loadSnapshot(stream))?.version).toBe(1);
      // At the same instant the decision is the very same events (the store finds them stored);
      // later it differs (their ids are taken by other content). Either way: the first answer.
      const sameInstant = await bump();
      clock.set(new Date('2026-02-12T05:00:00Z'));
      const later = await bump();
      // Even an engine that retries nothing answers it (the look-up after the rolled-back append is not a retry).
      const noRetries = snapshotEveryCommand([tally as never], undefined, 0);
      const unretried = await noRetries.handle<Tally, { type: 'Bump' }>('tally', stream, { type: 'Bump' }, { actor: admin, commandId }, sideRow);
      for (const again of [sameInstant, later, unretried]) {
        expect(again).toMatchObject({ duplicate: true, version: 1, state: { bumps: 1 } });
        expect(again.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
      }
      expect(await store.streamVersion(stream)).toBe(1);
      expect((await db.database.pool.query('SELECT writes FROM engine_tally_rows WHERE stream_id = $1', [stream])).rows).toEqual([{ writes: 1 }]);
    });
  });

  it('a timer started on entering a state fires once when its working-day deadline passes, across the holiday', async () => {
    const stream = `ticket-${randomUUID()}`;
    await open(stream);
    // Opened Thu 12 Feb; working days after: Fri 13, Sat 14 (make-up day) → due end of 14 Feb.
    expect(await timers.scheduledFor(stream)).toEqual([{ name: 'escalate', dueAt: new Date('2026-02-14T15:59:59.999Z') }]);
    const service = new TimerService(timers, engine, clock);
    clock.set('2026-02-14T15:59:59.000Z');
    await service.fireDue();
    expect(await store.streamVersion(stream)).toBe(1);
    clock.set('2026-02-16T00:00:00.000Z');
    await service.fireDue();
    await service.fireDue();
    const events = await store.readStream(stream);
    expect(events.map((e) => e.type)).toEqual(['TicketOpened', 'TicketEscalated']);
    expect(events[1]!.metadata.actorId).toBe('system');
    expect(await timers.scheduledFor(stream)).toEqual([]);
  });

  it('a timer whose state was left before it fired does nothing, and timers survive a restart', async () => {
    const left = `ticket-${randomUUID()}`;
    const kept = `ticket-${randomUUID()}`;
    await open(left);
    await open(kept);
    await engine.handle('ticket', left, { type: 'CloseTicket' }, { actor: admin, commandId: randomUUID() });
    // A new engine and timer service over the same database: nothing is held in memory.
    const restarted = makeEngine();
    clock.set('2026-03-01T00:00:00.000Z');
    await new TimerService(new TimerStore(db.database.pool), restarted, clock).fireDue();
    expect((await store.readStream(left)).map((e) => e.type)).toEqual(['TicketOpened', 'TicketClosed']);
    expect((await store.readStream(kept)).map((e) => e.type)).toEqual(['TicketOpened', 'TicketEscalated']);
  });
});

const server = serverTarget();
if (server !== undefined) {
  describe('durable timers with several workers on a real server', () => {
    it('two workers, each with its own connections, never fire the same timer twice', async () => {
      const db = await server.create();
      const workers: Database[] = [];
      try {
        await migrate(db.database.pool, 'event-store', EVENT_STORE_MIGRATIONS);
        await migrate(db.database.pool, 'workflow', WORKFLOW_MIGRATIONS);
        const clock = new SettableClock('2026-03-02T02:00:00Z');
        const calendar = loadChinaCalendar();
        const worker = async () => {
          const own = await createDatabase({ url: db.url!, poolSize: 4 });
          workers.push(own);
          const timers = new TimerStore(own.pool);
          const engine = new WorkflowEngine(new PostgresEventStore(own.pool, { notifyOtherProcesses: true }), timers, clock, calendar);
          engine.register({ definitions: [ticketDefinition(1)], settings: { escalateAfterWorkingDays: 1 } });
          return new TimerService(timers, engine, clock, { batchSize: 3 });
        };
        const [a, b] = await Promise.all([worker(), worker()]);
        const opener = new WorkflowEngine(new PostgresEventStore(db.database.pool), new TimerStore(db.database.pool), clock, calendar);
        opener.register({ definitions: [ticketDefinition(1)], settings: { escalateAfterWorkingDays: 1 } });
        for (let i = 0; i < 60; i += 1) {
          await opener.handle('ticket', `ticket-${randomUUID()}`, { type: 'OpenTicket', title: 't' }, { actor: admin, commandId: randomUUID() });
        }
        clock.set('2026-03-10T00:00:00Z');
        const fired = await Promise.all([a.fireDue(), b.fireDue()]);
        expect(fired[0] + fired[1]).toBe(60);
        expect(fired[0]).toBeGreaterThan(0);
        expect(fired[1]).toBeGreaterThan(0);
        const { rows } = await db.database.pool.query<{ n: string }>(
          `SELECT count(*) AS n FROM es_events WHERE event_type = 'TicketEscalated'`,
        );
        expect(Number(rows[0]!.n)).toBe(60);
      } finally {
        await Promise.all(workers.map((worker) => worker.close()));
        await db.dispose();
      }
    });
  });
}
