export * from './calendar';
export { assertNever, Decider, DomainEvent, fold } from './decider';
export { DomainError, ForbiddenError, InvalidInputError, NotFoundError, RateLimitedError, UnauthenticatedError } from './domain-error';
export {
  Actor,
  Command,
  decideByDefinition,
  DecisionContext,
  Event,
  RoleNotAllowedError,
  StateDefinition,
  SYSTEM_ACTOR,
  TimerRequest,
  timersOf,
  Transition,
  TransitionsOf,
  WorkflowDefinition,
} from './workflow-definition';
export { Clock, CLOCK, SettableClock, systemClock } from './clock';
export { LoggedEvent, ProcessManager, Reaction } from './process-manager-definition';
