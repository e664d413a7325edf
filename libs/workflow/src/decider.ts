/**
 * A decider is the pure heart of one stream type: `decide` turns a command and the current state
 * into new events (or throws a DomainError), `evolve` folds one event into the state, and
 * `initialState` is the state of a stream with no events. No I/O, no clock, no random ids:
 * everything it needs arrives in the command.
 */
export interface Decider<State, Command, Event> {
  decide(command: Command, state: State): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}

/** Folds events from the initial state. */
export function fold<State, Event>(decider: Pick<Decider<State, unknown, Event>, 'evolve' | 'initialState'>, events: readonly Event[]): State {
  return events.reduce(decider.evolve, decider.initialState());
}

/** A domain event as deciders see it: a discriminated union member with its payload. */
export interface DomainEvent<Type extends string = string, Data extends object = object> {
  readonly type: Type;
  readonly data: Data;
}

/** Compile-time exhaustiveness check for `switch` over a union's `type`. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled variant: ${JSON.stringify(value)}`);
}
