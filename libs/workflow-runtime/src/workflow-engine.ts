import { Actor, Clock, Command, DomainError, Event, WorkflowDefinition, WorkingDayCalendar, decideByDefinition, timersOf } from '@app/workflow';
import { EventIdConflictError, EventStore, EventStoreError, EventToAppend, RecordedEvent, WrongExpectedVersionError } from '@app/event-store';
import type { PoolClient } from 'pg';
import { deterministicUuid } from './deterministic-id';
import { TimerStore } from './timer-store';

/** A workflow known to the engine: every version of its definition, and its settings. */
export interface WorkflowRegistration<State, C extends Command, E extends Event, Settings> {
  /** All versions still running somewhere; the highest starts new instances. */
  readonly definitions: readonly WorkflowDefinition<State, C, E, Settings>[];
  readonly settings: Settings;
  /**
   * Save a snapshot of an instance's state every this many events, so loading reads only the
   * events after it. The state must be plain JSON. Bump `snapshotSchemaVersion` when the state's
   * shape changes: older snapshots are then ignored and the stream is replayed.
   */
  readonly snapshotEvery?: number;
  readonly snapshotSchemaVersion?: number;
}

export interface CommandMetadata {
  readonly actor: Actor;
  /** Names this command for good: sending it again (a retry) appends nothing. */
  readonly commandId: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  /** The unit the command concerns, recorded on its events for the audit trail. */
  readonly orgUnitId?: string;
  /** The stream version the caller saw (HTTP `If-Match`); stale → WrongExpectedVersionError. */
  readonly expectedVersion?: number;
}

export interface CommandResult<State> {
  readonly streamId: string;
  /** The stream's version after the command. */
  readonly version: number;
  /** What the command appended (on a retry: what the first attempt appended). */
  readonly events: readonly RecordedEvent[];
  readonly state: State;
  /** True when this command id had been handled before and nothing was appended now. */
  readonly duplicate: boolean;
}

/** A new instance for {@link WorkflowEngine.startInstances}: its stream and the commands that start it, in order. */
export interface NewInstance {
  readonly streamId: string;
  readonly commands: ReadonlyArray<{ readonly command: Command; readonly metadata: CommandMetadata }>;
}

export interface StartedInstances {
  /** The streams appended now. */
  readonly started: readonly string[];
  /** The streams that were there already, left as they are. */
  readonly existing: readonly string[];
  readonly eventsAppended: number;
}

export interface LoadedInstance<State> {
  readonly state: State;
  readonly version: number;
  readonly definitionVersion: number;
}

/** An instance as one load read it: the events read (after the snapshot it started from, if any). */
interface LoadedStream<State> extends LoadedInstance<State> {
  readonly events: readonly RecordedEvent[];
}

export interface HandleOptions<State> {
  /**
   * Checked on the state the command is decided on, before anything else (the caller's scope, for
   * one): throws to refuse. The engine loads the instance once per attempt; the caller need not.
   */
  readonly authorize?: (state: State) => void;
  /** The durable timer whose firing sends this command. */
  readonly firing?: FiringTimer;
  /** The unit the events concern, for the audit trail, from the state loaded (over `metadata.orgUnitId`). */
  readonly orgUnitOf?: (state: State) => string | undefined;
  /**
   * The caller's own rows that must commit with the command's events or not at all (an account's
   * credentials and sign-in row), written on the append's connection with the state after the
   * command. Runs only when the command appends; a retry that finds its events stored does not.
   * It may run twice: a command's transaction shares its commit with others decided at the same
   * time, and runs again on its own when another of them fails; so it writes only on `client`.
   */
  readonly withinTransaction?: (client: PoolClient, state: State) => Promise<void>;
}

/**
 * One workflow, typed: what a use case holds instead of the engine and a workflow's name.
 * Registration may come after the handle is taken; the name is looked up at each call.
 */
export interface WorkflowHandle<State, C extends Command> {
  readonly name: string;
  load(streamId: string): Promise<LoadedInstance<State>>;
  handle(streamId: string, command: C, metadata: CommandMetadata, options?: HandleOptions<State>): Promise<CommandResult<State>>;
}

export class UnknownWorkflowError extends DomainError {
  readonly code = 'UNKNOWN_WORKFLOW';
  constructor(name: string) {
    super(`No workflow named ${name} is registered`, { workflow: name });
  }
}

export interface FiringTimer {
  readonly timerId: string;
  readonly name: string;
  readonly dueAt: Date;
}

/**
 * Told what the engine did, after the fact (metrics): what a command appended, a command refused
 * by a rule (a `DomainError`) or by a stale version, a durable timer fired. Observers must not throw.
 */
export interface EngineObserver {
  appended?(workflow: string, events: readonly RecordedEvent[]): void;
  refused?(workflow: string, code: string): void;
  timerFired?(workflow: string, timerName: string): void;
}

interface AnyRegistration {
  readonly definitions: readonly WorkflowDefinition<unknown, Command, Event, unknown>[];
  readonly settings: unknown;
  readonly snapshotEvery?: number;
  readonly snapshotSchemaVersion?: number;
}

interface SnapshotBody {
  readonly definitionVersion: number;
  readonly state: unknown;
}

/**
 * Command handling for workflow instances: load the stream, decide with the instance's
 * definition version, append with the version loaded (retrying on a concurrent change), and
 * bring the instance's durable timers in line with its new state, all in one transaction.
 */
export class WorkflowEngine {
  private readonly workflows = new Map<string, AnyRegistration>();
  private readonly observers: EngineObserver[] = [];

  constructor(
    private readonly store: EventStore,
    private readonly timers: TimerStore,
    private readonly clock: Clock,
    private readonly calendar: WorkingDayCalendar,
    private readonly options: { readonly maxConflictRetries?: number } = {},
  ) {}

  register<State, C extends Command, E extends Event, Settings>(registration: WorkflowRegistration<State, C, E, Settings>): void {
    const names = new Set(registration.definitions.map((definition) => definition.name));
    if (names.size !== 1) throw new Error('A registration holds the versions of exactly one workflow');
    this.workflows.set([...names][0]!, registration as unknown as AnyRegistration);
  }

  observe(observer: EngineObserver): void {
    this.observers.push(observer);
  }

  /** A typed handle on one registered workflow. */
  workflow<State, C extends Command>(name: string): WorkflowHandle<State, C> {
    return {
      name,
      load: (streamId) => this.load<State>(name, streamId),
      handle: (streamId, command, metadata, options) => this.handle<State, C>(name, streamId, command, metadata, options),
    };
  }

  async load<State>(workflow: string, streamId: string): Promise<LoadedInstance<State>> {
    const { state, version, definitionVersion } = await this.loadStream<State>(workflow, streamId);
    return { state, version, definitionVersion };
  }

  private async loadStream<State>(workflow: string, streamId: string): Promise<LoadedStream<State>> {
    const registration = this.registration(workflow);
    // A snapshot of another shape than the registration's counts as none (the stream is read whole).
    const { snapshot, events } =
      registration.snapshotEvery === undefined
        ? { snapshot: undefined, events: await this.store.readStream(streamId) }
        : await this.store.readStreamFromSnapshot(streamId, registration.snapshotSchemaVersion ?? 1);
    const body = snapshot?.state as SnapshotBody | undefined;
    const definitionVersion = body?.definitionVersion ?? versionRecordedIn(events) ?? newest(registration).version;
    const definition = this.definition(registration, definitionVersion);
    const start = body === undefined ? definition.initialState() : body.state;
    const state = events.reduce((folded, event) => definition.evolve(folded, toDomainEvent(event)), start);
    const version = events.length > 0 ? events[events.length - 1]!.version : (snapshot?.version ?? 0);
    return { state: state as State, version, definitionVersion, events };
  }

  async handle<State, C extends Command = Command>(
    workflow: string,
    streamId: string,
    command: C,
    metadata: CommandMetadata,
    options: HandleOptions<State> = {},
  ): Promise<CommandResult<State>> {
    try {
      return await this.decideAndAppend(workflow, streamId, command, metadata, options);
    } catch (error) {
      const code = error instanceof DomainError || error instanceof EventStoreError ? error.code : undefined;
      if (code !== undefined) for (const observer of this.observers) observer.refused?.(workflow, code);
      throw error;
    }
  }

  /**
   * Starts many new instances at once (seeding): each stream's commands are decided in order from
   * the initial state of the newest definition, exactly as `handle` would decide them one after
   * another, and every stream is appended as a new stream with its timers, all in one
   * transaction. Streams that exist already are left as they are (the caller sends their commands
   * through `handle` if it must). The event ids come from the command ids as in `handle`, so
   * sending the same commands again later answers them as duplicates. A command refused by its
   * decider refuses the whole batch; a stream created meanwhile by someone else is found on a
   * retry and left alone.
   */
  async startInstances(workflow: string, instances: readonly NewInstance[]): Promise<StartedInstances> {
    const registration = this.registration(workflow);
    const definition = newest(registration);
    const timerContext = { calendar: this.calendar, settings: registration.settings };
    const retries = this.options.maxConflictRetries ?? 5;
    for (let attempt = 0; ; attempt += 1) {
      const versions = await this.store.streamVersions(instances.map((instance) => instance.streamId));
      const fresh = instances.filter((instance) => (versions.get(instance.streamId) ?? 0) === 0);
      const existing = instances.filter((instance) => (versions.get(instance.streamId) ?? 0) > 0).map((instance) => instance.streamId);
      if (fresh.length === 0) return { started: [], existing, eventsAppended: 0 };
      const now = this.clock.now();
      const decided = fresh.map((instance) => this.decideNew(workflow, definition, instance, now)).filter((instance) => instance.events.length > 0);
      if (decided.length === 0) return { started: [], existing, eventsAppended: 0 };
      let positions: { first: number; last: number };
      try {
        positions = await this.store.transaction(async (transaction) => {
          const appended = await transaction.appendNewStreams(decided.map(({ streamId, events }) => ({ streamId, events })));
          for (const { streamId, state } of decided) {
            const timers = timersOf(definition, state, timerContext);
            if (timers.length > 0) await this.timers.reconcile(transaction.client, definition.name, streamId, timers, now);
          }
          return { first: Math.min(...appended.map((result) => result.firstPosition)), last: Math.max(...appended.map((result) => result.lastPosition)) };
        });
      } catch (error) {
        // A stream created, or these events stored, by a racing run: the next attempt leaves those streams alone.
        if (!isUniqueViolation(error) || attempt >= retries) throw error;
        continue;
      }
      for (const { streamId, events, state } of decided) {
        await this.snapshotIfDue(registration, streamId, 0, events.length, definition.version, state);
      }
      if (this.observers.length > 0) {
        const streams = new Set(decided.map((instance) => instance.streamId));
        const read = await this.store.readAll({ after: positions.first - 1, limit: positions.last - positions.first + 1 });
        const recorded = read.filter((event) => streams.has(event.streamId));
        for (const observer of this.observers) observer.appended?.(workflow, recorded);
      }
      const eventsAppended = decided.reduce((sum, instance) => sum + instance.events.length, 0);
      return { started: decided.map((instance) => instance.streamId), existing, eventsAppended };
    }
  }

  /** A new instance's commands decided in order on its initial state: the events to append and the state after them. */
  private decideNew(
    workflow: string,
    definition: WorkflowDefinition<unknown, Command, Event, unknown>,
    instance: NewInstance,
    now: Date,
  ): { streamId: string; events: EventToAppend[]; state: unknown } {
    let state = definition.initialState();
    const events: EventToAppend[] = [];
    for (const { command, metadata } of instance.commands) {
      let decided: Event[];
      try {
        decided = decideByDefinition(definition, state, command, { actor: metadata.actor, now, calendar: this.calendar, settings: this.registration(workflow).settings });
      } catch (error) {
        if (error instanceof DomainError) for (const observer of this.observers) observer.refused?.(workflow, error.code);
        throw error;
      }
      events.push(...eventsToAppend(definition, command, metadata, decided, metadata.orgUnitId));
      state = decided.reduce(definition.evolve, state);
    }
    return { streamId: instance.streamId, events, state };
  }

  private async decideAndAppend<State, C extends Command>(
    workflow: string,
    streamId: string,
    command: C,
    metadata: CommandMetadata,
    options: HandleOptions<State>,
  ): Promise<CommandResult<State>> {
    const { firing, authorize, orgUnitOf, withinTransaction } = options;
    const registration = this.registration(workflow);
    const firstEventId = deterministicUuid(`${metadata.commandId}#0`);
    let retries = this.options.maxConflictRetries ?? 5;
    // Whether to look for this command's events in the whole log, beyond those the load read. A
    // command that appends need not look first: its events' ids come from its id, so an earlier
    // run's events make the append fail (or come back as a duplicate), and the next attempt looks.
    // Any other answer (a refusal, nothing to do, a stale timer) looks before it is given.
    let lookUp = false;
    for (let attempt = 0; ; attempt += 1) {
      const loaded = await this.loadStream<State>(workflow, streamId);
      authorize?.(loaded.state);
      const duplicateOf = async (search: boolean): Promise<CommandResult<State> | undefined> => {
        const stored = await this.eventsOfCommand(loaded, streamId, metadata.commandId, command.type, search ? firstEventId : undefined);
        if (stored === undefined) return undefined;
        // Fired by a racing run, which told the observers.
        if (firing !== undefined) await this.timers.markFired(undefined, firing.timerId, this.clock.now());
        // Stored by a racing run after the load: answer with the stream as it is now.
        const current = stored[stored.length - 1]!.version > loaded.version ? await this.load<State>(workflow, streamId) : loaded;
        return { streamId, version: current.version, events: stored, state: current.state, duplicate: true };
      };
      /** The answer when an earlier run stored this command, looked for before any answer but appending. */
      const storedEarlier = () => duplicateOf(!lookUp);
      const found = await duplicateOf(lookUp);
      if (found !== undefined) return found;
      if (metadata.expectedVersion !== undefined && metadata.expectedVersion !== loaded.version) {
        const earlier = await storedEarlier();
        if (earlier !== undefined) return earlier;
        throw new WrongExpectedVersionError(streamId, metadata.expectedVersion, loaded.version);
      }
      const definition = this.definition(registration, loaded.definitionVersion);
      const timerContext = { calendar: this.calendar, settings: registration.settings };
      if (firing !== undefined && !stillWanted(timersOf(definition, loaded.state, timerContext), firing)) {
        const earlier = await storedEarlier();
        if (earlier !== undefined) return earlier;
        await this.replaceStaleTimer(workflow, streamId, firing);
        return { streamId, version: loaded.version, events: [], state: loaded.state, duplicate: false };
      }
      const now = this.clock.now();
      let decided: Event[];
      try {
        decided = decideByDefinition(definition, loaded.state, command, {
          actor: metadata.actor,
          now,
          calendar: this.calendar,
          settings: registration.settings,
        });
      } catch (error) {
        // Refused on a state that may already hold this very command (stored before a snapshot).
        const earlier = error instanceof DomainError ? await storedEarlier() : undefined;
        if (earlier !== undefined) return earlier;
        throw error;
      }
      if (decided.length === 0) {
        const earlier = await storedEarlier();
        if (earlier !== undefined) return earlier;
        if (firing !== undefined) await this.markFired(workflow, firing, now);
        return { streamId, version: loaded.version, events: [], state: loaded.state, duplicate: false };
      }
      const next = decided.reduce(definition.evolve, loaded.state) as State;
      const toAppend = eventsToAppend(definition, command, metadata, decided, orgUnitOf?.(loaded.state) ?? metadata.orgUnitId);
      try {
        // Commands decided at the same time share one commit (combine): this work only writes
        // through the transaction and may run again, on its own, if another in its group fails.
        const result = await this.store.transaction(
          async (transaction) => {
            const appended = await transaction.append(streamId, toAppend, { expectedVersion: loaded.version });
            // Every event was stored already, by an earlier run of this command: nothing of this
            // run's may commit (its timers and rows rest on a state that counts the command twice).
            if (appended.duplicate) throw new CommandStoredBefore();
            if (firing !== undefined) await this.timers.markFired(transaction.client, firing.timerId, now);
            await this.timers.reconcile(transaction.client, definition.name, streamId, timersOf(definition, next, timerContext), now);
            await withinTransaction?.(transaction.client, next);
            return appended;
          },
          { combine: true },
        );
        // The append read its events back for the inline read models; only without those is the stream read again.
        const events = result.recorded !== undefined ? [...result.recorded] : await this.store.readStream(streamId, { from: loaded.version + 1, to: result.nextVersion });
        for (const observer of this.observers) {
          observer.appended?.(workflow, events);
          if (firing !== undefined) observer.timerFired?.(workflow, firing.name);
        }
        await this.snapshotIfDue(registration, streamId, loaded.version, result.nextVersion, definition.version, next);
        return { streamId, version: result.nextVersion, events, state: next, duplicate: false };
      } catch (error) {
        // Someone moved the stream first, or stored events under this command's ids: another run
        // of this very command (a retry racing its original, a dispatch racing a subscription, a
        // run before the snapshot the load started from) or another command. The next attempt
        // tells them apart: it looks for this command's events and answers as a duplicate, or
        // decides again on the new state (a stale If-Match then fails).
        const idsTaken = error instanceof EventIdConflictError || error instanceof CommandStoredBefore;
        const raced = error instanceof WrongExpectedVersionError || idsTaken;
        // The first time the ids are found taken, the attempt that looks is the look-up this one
        // skipped, not a retry: it does not count.
        if (idsTaken && !lookUp) retries += 1;
        if (!raced || attempt >= retries) {
          // Out of retries with every event of this command stored: they are the answer.
          const earlier = error instanceof CommandStoredBefore ? await duplicateOf(true) : undefined;
          if (earlier !== undefined) return earlier;
          throw error;
        }
        lookUp = true;
      }
    }
  }

  private async markFired(workflow: string, firing: FiringTimer, now: Date): Promise<void> {
    await this.timers.markFired(undefined, firing.timerId, now);
    for (const observer of this.observers) observer.timerFired?.(workflow, firing.name);
  }

  /** The timers an instance wants now (for inspection and tests). */
  async wantedTimers(workflow: string, streamId: string): Promise<Array<{ name: string; dueAt: Date }>> {
    const registration = this.registration(workflow);
    const loaded = await this.load(workflow, streamId);
    const definition = this.definition(registration, loaded.definitionVersion);
    return timersOf(definition, loaded.state, { calendar: this.calendar, settings: registration.settings }).map((timer) => ({
      name: timer.name,
      dueAt: timer.dueAt,
    }));
  }

  /**
   * Brings the instance's scheduled timers in line with what its state wants on the calendar as it
   * is now (after the calendar changed, or when a timer fired at an instant no longer wanted).
   * The stream's row is locked while the timers are written, so a command appending meanwhile
   * waits and then writes its own timers; if one appended since the load, the instance is loaded
   * again. Returns the timers wanted.
   */
  async reconcileTimers(workflow: string, streamId: string): Promise<Array<{ name: string; dueAt: Date }>> {
    const registration = this.registration(workflow);
    for (;;) {
      const loaded = await this.load(workflow, streamId);
      const definition = this.definition(registration, loaded.definitionVersion);
      const wanted = timersOf(definition, loaded.state, { calendar: this.calendar, settings: registration.settings });
      const settled = await this.store.transaction(async (transaction) => {
        if ((await transaction.lockStreamVersion(streamId)) !== loaded.version) return false;
        await this.timers.reconcile(transaction.client, definition.name, streamId, wanted, this.clock.now());
        return true;
      });
      if (settled) return wanted.map((timer) => ({ name: timer.name, dueAt: timer.dueAt }));
    }
  }

  /** A timer fired at an instant the instance no longer wants: its replacement is scheduled, it is cancelled. */
  private async replaceStaleTimer(workflow: string, streamId: string, firing: FiringTimer): Promise<void> {
    const wanted = await this.reconcileTimers(workflow, streamId);
    if (!stillWanted(wanted, firing)) await this.timers.markCancelled(firing.timerId, 'the instance no longer wants this timer');
  }

  private async snapshotIfDue(
    registration: AnyRegistration,
    streamId: string,
    before: number,
    after: number,
    definitionVersion: number,
    state: unknown,
  ): Promise<void> {
    const every = registration.snapshotEvery;
    if (every === undefined || Math.floor(after / every) === Math.floor(before / every)) return;
    const body: SnapshotBody = { definitionVersion, state };
    await this.store.saveSnapshot(streamId, { version: after, schemaVersion: registration.snapshotSchemaVersion ?? 1, state: body });
  }

  /**
   * The events an earlier run of this command appended, if any: among the events the load read,
   * or, when `firstEventId` is given, anywhere (stored before the snapshot the load started from,
   * or since the load) found by the id of its first event. A command id names one command: met
   * again on another stream or with another command type, it is a client reusing a key, and
   * answering with the first command's result would silently drop the second.
   */
  private async eventsOfCommand(
    loaded: LoadedStream<unknown>,
    streamId: string,
    commandId: string,
    commandType: string,
    firstEventId: string | undefined,
  ): Promise<RecordedEvent[] | undefined> {
    const read = loaded.events.filter((event) => event.metadata.commandId === commandId);
    const first = read[0] ?? (firstEventId === undefined ? undefined : await this.store.findEvent(firstEventId));
    if (first === undefined) return undefined;
    const storedType = first.metadata.commandType;
    if (first.streamId !== streamId || (typeof storedType === 'string' && storedType !== commandType)) {
      throw new CommandIdReusedError(commandId, first.streamId);
    }
    if (read.length > 0) return read;
    const events = await this.store.readStream(streamId, { from: first.version });
    return events.filter((event) => event.metadata.commandId === commandId);
  }

  private registration(workflow: string): AnyRegistration {
    const registration = this.workflows.get(workflow);
    if (registration === undefined) throw new UnknownWorkflowError(workflow);
    return registration;
  }

  private definition(registration: AnyRegistration, version: number): WorkflowDefinition<unknown, Command, Event, unknown> {
    const definition = registration.definitions.find((candidate) => candidate.version === version);
    if (definition === undefined) throw new Error(`Workflow ${newest(registration).name} has no definition version ${version}`);
    return definition;
  }
}

/** Thrown inside a command's transaction to roll it back: its events were all stored already. */
class CommandStoredBefore extends Error {
  constructor() {
    super('the command was stored before');
  }
}

/** The same command id sent for a different stream: a client bug, refused rather than guessed at. */
export class CommandIdReusedError extends DomainError {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';
  constructor(commandId: string, streamId: string) {
    super('This idempotency key was already used for another command', { commandId, streamId });
  }
}

/** A command's decided events as the store takes them: ids from the command id, so a retry appends nothing. */
function eventsToAppend(
  definition: WorkflowDefinition<unknown, Command, Event, unknown>,
  command: Command,
  metadata: CommandMetadata,
  decided: readonly Event[],
  orgUnitId: string | undefined,
): EventToAppend[] {
  return decided.map((event, index) => ({
    id: deterministicUuid(`${metadata.commandId}#${index}`),
    type: event.type,
    data: (event as unknown as { data?: object }).data ?? {},
    metadata: {
      actorId: metadata.actor.userId,
      commandId: metadata.commandId,
      commandType: command.type,
      correlationId: metadata.correlationId ?? metadata.commandId,
      causationId: metadata.causationId ?? metadata.commandId,
      ...(orgUnitId === undefined ? {} : { orgUnitId }),
      workflow: definition.name,
      workflowVersion: definition.version,
    },
  }));
}

function newest(registration: AnyRegistration): WorkflowDefinition<unknown, Command, Event, unknown> {
  return registration.definitions.reduce((a, b) => (b.version > a.version ? b : a));
}

function versionRecordedIn(events: readonly RecordedEvent[]): number | undefined {
  const version = events[0]?.metadata['workflowVersion'];
  return typeof version === 'number' ? version : undefined;
}

function toDomainEvent(event: RecordedEvent): Event {
  return { type: event.type, data: event.data } as Event;
}

/** PostgreSQL's unique violation: a row another transaction wrote first. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

function stillWanted(wanted: ReadonlyArray<{ name: string; dueAt: Date }>, firing: FiringTimer): boolean {
  return wanted.some((timer) => timer.name === firing.name && timer.dueAt.getTime() === firing.dueAt.getTime());
}
