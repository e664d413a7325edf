/**
 * A business rule that refused a command. `code` is stable (clients and tests match on it);
 * the message states the rule ("Task already closed"). The API's one exception filter maps
 * every DomainError to 409 unless the error says otherwise, so libraries never speak HTTP.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  /** Extra facts for the client (ids, versions); must be JSON. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

/** A referenced thing (task, case, unit, person) does not exist: mapped to 404. */
export abstract class NotFoundError extends DomainError {}

/** The actor may not do this (role or org scope): mapped to 403. */
export abstract class ForbiddenError extends DomainError {}

/** The caller is not signed in, or its credentials are bad: mapped to 401. */
export abstract class UnauthenticatedError extends DomainError {}

/**
 * The request names something in a form the API cannot read, past what validating its shape can
 * see (a list cursor that is not one the API handed out): mapped to 400.
 */
export abstract class InvalidInputError extends DomainError {}

/** Too many attempts; the caller may try again after `retryAfterSeconds`: mapped to 429 with `Retry-After`. */
export abstract class RateLimitedError extends DomainError {
  abstract readonly retryAfterSeconds: number;
}
