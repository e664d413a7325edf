import { RateLimitedError, UnauthenticatedError } from '@app/workflow';

/** 401: no token, a bad token, an expired token, or wrong credentials. */
export abstract class AuthenticationError extends UnauthenticatedError {}

export class InvalidCredentialsError extends AuthenticationError {
  readonly code = 'INVALID_CREDENTIALS';
  constructor() {
    super('Username or password is wrong');
  }
}

export class MissingTokenError extends AuthenticationError {
  readonly code = 'UNAUTHENTICATED';
  constructor() {
    super('Sign in first: send Authorization: Bearer <token>');
  }
}

export class InvalidTokenError extends AuthenticationError {
  readonly code = 'INVALID_TOKEN';
  constructor(reason: string) {
    super(`The access token is not valid: ${reason}`);
  }
}

/** 429: too many failed sign-ins to one account, from wherever they came (see LoginAttempts). */
export class AccountRateLimitedError extends RateLimitedError {
  readonly code = 'ACCOUNT_RATE_LIMITED';
  constructor(readonly retryAfterSeconds: number) {
    super('Too many failed sign-ins to this account; try again after Retry-After seconds', { retryAfterSeconds });
  }
}
