import { Command, decideByDefinition, DecisionContext, Event, fold, TimerRequest, timersOf, WorkflowDefinition } from '@app/workflow';

/** What every decision of a spec shares: the calendar, the settings and the usual `now`. */
export type SpecificationContext<Settings> = Omit<DecisionContext<Settings>, 'actor'>;

/** Who sends the command, and whatever differs for it from the spec's context (another `now`, other settings). */
export type WhenContext<Settings> = Pick<DecisionContext<Settings>, 'actor'> & Partial<SpecificationContext<Settings>>;

/**
 * Given/When/Then over a workflow definition, deciding exactly as the engine does
 * (`decideByDefinition`: the state takes the command, the actor's role fits, the guards pass):
 *
 *   const spec = deciderSpecification(taskWorkflow, { now, calendar, settings: undefined });
 *   spec.given([TaskAssigned]).when(OpenTask, { actor: inspector }).then([TaskOpened]);
 *   spec.given([TaskClosed]).when(OpenTask, { actor: inspector }).thenThrows(TaskAlreadyClosed);
 */
export function deciderSpecification<State, C extends Command, E extends Event, Settings>(
  definition: WorkflowDefinition<State, C, E, Settings>,
  context: SpecificationContext<Settings>,
) {
  const contextWith = (overrides: Partial<SpecificationContext<Settings>>): SpecificationContext<Settings> => ({
    now: overrides.now ?? context.now,
    calendar: overrides.calendar ?? context.calendar,
    settings: overrides.settings ?? context.settings,
  });
  return {
    given(events: readonly E[]) {
      return {
        when(command: C, { actor, ...overrides }: WhenContext<Settings>) {
          const run = (): E[] => decideByDefinition(definition, fold(definition, events), command, { actor, ...contextWith(overrides) });
          return {
            then(expected: readonly E[]): void {
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
            events(): E[] {
              return run();
            },
          };
        },
        state(): State {
          return fold(definition, events);
        },
        /** The timers the state after `events` wants, as the engine asks for them after an append. */
        timers(overrides: Partial<Pick<SpecificationContext<Settings>, 'calendar' | 'settings'>> = {}): TimerRequest<C>[] {
          const { calendar, settings } = contextWith(overrides);
          return timersOf(definition, fold(definition, events), { calendar, settings });
        },
      };
    },
  };
}
