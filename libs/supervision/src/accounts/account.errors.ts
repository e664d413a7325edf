import { DomainError, ForbiddenError, InvalidInputError, NotFoundError } from '@app/workflow';

export class AccountNotFound extends NotFoundError {
  readonly code = 'ACCOUNT_NOT_FOUND';
  constructor(userId?: string) {
    super('No such account', userId === undefined ? {} : { userId });
  }
}

export class AccountAlreadyExists extends DomainError {
  readonly code = 'ACCOUNT_ALREADY_EXISTS';
  constructor(username: string) {
    super('An account with this username exists', { username });
  }
}

export class InvalidUsername extends InvalidInputError {
  readonly code = 'INVALID_USERNAME';
  constructor(username: string) {
    super('A username is 2 to 64 lowercase letters, digits, ".", "_" or "-", starting with a letter or digit', { username });
  }
}

export class DisplayNameRequired extends InvalidInputError {
  readonly code = 'DISPLAY_NAME_REQUIRED';
  constructor() {
    super('An account needs a display name of at most 100 characters');
  }
}

export class InvalidAccountRoles extends InvalidInputError {
  readonly code = 'INVALID_ACCOUNT_ROLES';
  constructor(roles: readonly unknown[]) {
    super('An account holds one or more of the roles admin, inspector, official, auditor, viewer, each once', { roles });
  }
}

/** An official acts for a unit and an inspector belongs to one: their accounts need it. */
export class AccountUnitRequired extends InvalidInputError {
  readonly code = 'ACCOUNT_UNIT_REQUIRED';
  constructor(roles: readonly string[]) {
    super('An official or inspector account needs its unit', { roles });
  }
}

export class AccountDisabledError extends DomainError {
  readonly code = 'ACCOUNT_DISABLED';
  constructor(userId: string) {
    super('The account is disabled', { userId });
  }
}

export class AccountAlreadyEnabled extends DomainError {
  readonly code = 'ACCOUNT_ALREADY_ENABLED';
  constructor(userId: string) {
    super('The account is enabled already', { userId });
  }
}

export class DisableReasonRequired extends InvalidInputError {
  readonly code = 'DISABLE_REASON_REQUIRED';
  constructor() {
    super('Disabling an account needs a reason');
  }
}

/** An admin may not disable their own account or take away their own admin role: someone must be left to undo it. */
export class CannotLockOutSelf extends ForbiddenError {
  readonly code = 'CANNOT_LOCK_OUT_SELF';
  constructor() {
    super('An admin cannot disable their own account or remove their own admin role');
  }
}

/** Only the account's owner changes its password; an admin resets it. */
export class NotAccountOwner extends ForbiddenError {
  readonly code = 'NOT_ACCOUNT_OWNER';
  constructor() {
    super('Only its owner changes an account’s password');
  }
}
