export * from './calendar';
export { isBlank, isOneOf, isPositiveInteger, isPositiveNumber, optionalText } from './input-guards';
export { DomainError, ForbiddenError, InvalidInputError, NotFoundError, RateLimitedError, UnauthenticatedError } from './domain-error';
export {
  Actor,
  assertNever,
  Command,
  decideByDefinition,
  DecisionContext,
  DomainEvent,
  Event,
  fold,
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
