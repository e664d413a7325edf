import { WorkingDayCalendar } from './calendar';
import { DomainError, ForbiddenError } from './domain-error';

/** Who sends a command. `system` is the timer service and other automation. */
export interface Actor {
  readonly userId: string;
  readonly roles: readonly string[];
  /** The unit the person belongs to (an official's scope root; an inspector's home unit). */
  readonly orgUnitId?: string;
  /** The county the person belongs to, for recusal (an inspector never scores their own county). */
  readonly homeCountyId?: string;
}

export const SYSTEM_ACTOR: Actor = Object.freeze({ userId: 'system', roles: ['system'] });

/** Everything a decision may depend on besides state and command. All of it is passed in. */
export interface DecisionContext<Settings = unknown> {
  readonly actor: Actor;
  readonly now: Date;
  readonly calendar: WorkingDayCalendar;
  readonly settings: Settings;
}

export interface Command<Type extends string = string> {
  readonly type: Type;
}

export interface Event<Type extends string = string> {
  readonly type: Type;
}

/** A domain event as the workflows write it: a discriminated union member with its payload. */
export interface DomainEvent<Type extends string = string, Data extends object = object> extends Event<Type> {
  readonly data: Data;
}

/** Compile-time exhaustiveness check for a `switch` over a union's `type`. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled variant: ${JSON.stringify(value)}`);
}

/** What one command may do in one state. */
export interface Transition<State, C, E, Settings = unknown> {
  /** Roles allowed to send the command in this state; the actor needs one of them. */
  readonly roles: readonly string[];
  /** Business rules; each throws its own DomainError when broken. */
  readonly guards?: ReadonlyArray<(state: State, command: C, context: DecisionContext<Settings>) => void>;
  readonly decide: (state: State, command: C, context: DecisionContext<Settings>) => E[];
}

/**
 * A durable timer a state wants running. Its identity is (name, dueAt): after every change the
 * runtime asks the new state for its timers and starts, keeps or cancels timers to match. When a
 * timer fires, the runtime asks again; a timer the state no longer wants does nothing.
 */
export interface TimerRequest<C> {
  readonly name: string;
  readonly dueAt: Date;
  /** Sent as the `system` actor when the timer fires. */
  readonly command: C;
}

export type TransitionsOf<State, C extends Command, E, Settings> = {
  readonly [K in C['type']]?: Transition<State, Extract<C, { type: K }>, E, Settings>;
};

export interface StateDefinition<State, C extends Command, E, Settings = unknown> {
  readonly on: TransitionsOf<State, C, E, Settings>;
  /** Timers started on entering the state (recomputed after each change while in it). */
  readonly timers?: (state: State, context: Omit<DecisionContext<Settings>, 'actor' | 'now'>) => TimerRequest<C>[];
}

/**
 * A stream type's lifecycle written as data: its states, the commands each state accepts and
 * from which roles, the guards, and the timers a state starts. Versioned: the runtime records the
 * definition version in the metadata of an instance's events and keeps deciding that instance
 * with the version it started on.
 *
 * The definition is the stream type's decider, the one both the engine and the Given/When/Then
 * specs run: {@link decideByDefinition} turns the state and a command into events (or throws a
 * DomainError), `evolve` folds one event into the state ({@link fold} folds a history), and
 * {@link timersOf} names the timers a state wants. No I/O, no clock, no random ids: everything a
 * decision needs arrives in the command and the {@link DecisionContext}.
 */
export interface WorkflowDefinition<State, C extends Command, E extends Event, Settings = unknown> {
  readonly name: string;
  readonly version: number;
  readonly initialState: () => State;
  readonly evolve: (state: State, event: E) => State;
  /** The state's name in `states`. */
  readonly statusOf: (state: State) => string;
  readonly states: { readonly [status: string]: StateDefinition<State, C, E, Settings> };
  /** The error for a command the current state does not accept (e.g. TaskAlreadyClosed). */
  readonly refuse: (state: State, command: C) => DomainError;
}

export class RoleNotAllowedError extends ForbiddenError {
  readonly code = 'ROLE_NOT_ALLOWED';
  constructor(commandType: string, allowed: readonly string[]) {
    super(`Only ${allowed.join(', ')} may ${commandType} here`, { command: commandType, allowedRoles: allowed });
  }
}

/** Decides a command by the definition: state accepts it, actor's role fits, guards pass. */
export function decideByDefinition<State, C extends Command, E extends Event, Settings>(
  definition: WorkflowDefinition<State, C, E, Settings>,
  state: State,
  command: C,
  context: DecisionContext<Settings>,
): E[] {
  const stateDefinition = definition.states[definition.statusOf(state)];
  const transition = stateDefinition?.on[command.type as C['type']] as Transition<State, C, E, Settings> | undefined;
  if (transition === undefined) throw definition.refuse(state, command);
  if (!context.actor.roles.some((role) => transition.roles.includes(role))) {
    throw new RoleNotAllowedError(command.type, transition.roles);
  }
  for (const guard of transition.guards ?? []) guard(state, command, context);
  return transition.decide(state, command, context);
}

/** The state after `events`, folded from the definition's initial state. */
export function fold<State, E extends Event>(
  definition: Pick<WorkflowDefinition<State, Command, E, unknown>, 'evolve' | 'initialState'>,
  events: readonly E[],
): State {
  return events.reduce(definition.evolve, definition.initialState());
}

/** The timers the state wants running now. */
export function timersOf<State, C extends Command, E extends Event, Settings>(
  definition: WorkflowDefinition<State, C, E, Settings>,
  state: State,
  context: Omit<DecisionContext<Settings>, 'actor' | 'now'>,
): TimerRequest<C>[] {
  return definition.states[definition.statusOf(state)]?.timers?.(state, context) ?? [];
}
