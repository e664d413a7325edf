import { ForbiddenError, RateLimitedError, UnauthenticatedError } from '@app/workflow';

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

/** 401: the token was good, but its session has ended: the account was disabled, its roles or unit changed, or a password was set. */
export class SessionEndedError extends AuthenticationError {
  readonly code = 'SESSION_ENDED';
  constructor() {
    super('This sign-in has ended (the account was disabled or changed, or its password was set): sign in again');
  }
}

/** 403 at sign-in, with the right password: the account is disabled. */
export class SignInDisabledError extends ForbiddenError {
  readonly code = 'ACCOUNT_DISABLED';
  constructor() {
    super('The account is disabled; an administrator can enable it');
  }
}

/** 403 at sign-in, with the right password: someone else set it, so its owner sets their own first (POST /auth/password). */
export class PasswordChangeRequiredError extends ForbiddenError {
  readonly code = 'PASSWORD_CHANGE_REQUIRED';
  constructor() {
    super('Set your own password first: POST /auth/password with the one you were given and a new one');
  }
}
