export * from './calendar';
export { assertNever, Decider, DomainEvent, fold } from './decider';
export { DomainError, ForbiddenError, NotFoundError } from './domain-error';
