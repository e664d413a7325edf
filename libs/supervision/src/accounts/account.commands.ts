import { AccountRole } from './account';

/**
 * Opens an account. The use case has looked the unit up: `homeCountyId` is the county the unit
 * lies in (null above county level), and `unitKnown` says the unit exists.
 */
export interface CreateAccount {
  readonly type: 'CreateAccount';
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly AccountRole[];
  readonly orgUnitId: string | null;
  readonly homeCountyId: string | null;
  /** Whoever sets the first password is not its owner: the owner changes it at first sign-in. */
  readonly passwordMustChange: boolean;
}

export interface ChangeAccountRoles {
  readonly type: 'ChangeAccountRoles';
  readonly roles: readonly AccountRole[];
}

/** Puts the account under another unit (or none); `homeCountyId` as for CreateAccount. */
export interface MoveAccount {
  readonly type: 'MoveAccount';
  readonly orgUnitId: string | null;
  readonly homeCountyId: string | null;
}

export interface RenameAccount {
  readonly type: 'RenameAccount';
  readonly displayName: string;
}

export interface DisableAccount {
  readonly type: 'DisableAccount';
  readonly reason: string;
}

export interface EnableAccount {
  readonly type: 'EnableAccount';
}

/** An admin sets a new password (kept beside the log, never in it); its owner must change it at next sign-in. */
export interface ResetPassword {
  readonly type: 'ResetPassword';
}

/** The owner sets their own password (checked against the policy by the use case, hashed beside the log). */
export interface ChangePassword {
  readonly type: 'ChangePassword';
}

/** An admin lifts the lock that repeated failed sign-ins put on the account. */
export interface UnlockAccount {
  readonly type: 'UnlockAccount';
}

export type AccountCommand =
  | CreateAccount
  | ChangeAccountRoles
  | MoveAccount
  | RenameAccount
  | DisableAccount
  | EnableAccount
  | ResetPassword
  | ChangePassword
  | UnlockAccount;
