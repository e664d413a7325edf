import { Decider, fold } from '@app/workflow';

/**
 * Given/When/Then for deciders:
 *
 *   spec.given([TaskAssigned]).when(OpenTask).then([TaskOpened]);
 *   spec.given([TaskClosed]).when(OpenTask).thenThrows(TaskAlreadyClosed);
 */
export function deciderSpecification<State, Command, Event>(decider: Decider<State, Command, Event>) {
  return {
    given(events: readonly Event[]) {
      return {
        when(command: Command) {
          const run = (): Event[] => decider.decide(command, fold(decider, events));
          return {
            then(expected: readonly Event[]): void {
              expect(run()).toEqual(expected);
            },
            thenThrows(errorType: abstract new (...args: never[]) => Error, code?: string): void {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(errorType);
              if (code !== undefined) expect((thrown as { code?: string }).code).toBe(code);
            },
            /** For assertions on a subset of the events (e.g. ignore ids made by the caller). */
            events(): Event[] {
              return run();
            },
          };
        },
        state(): State {
          return fold(decider, events);
        },
      };
    },
  };
}
