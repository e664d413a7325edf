import { DomainEvent } from '@app/workflow';
import { AccountRole } from './account';

/*
 * An account's history. Each event names who did it (`by`, a user id or `system`) and when (`at`,
 * an ISO instant). Passwords and their hashes are never in the log: the events say that a
 * password was set, not what it is.
 */

export type AccountCreated = DomainEvent<
  'AccountCreated',
  {
    userId: string;
    username: string;
    displayName: string;
    roles: AccountRole[];
    orgUnitId: string | null;
    homeCountyId: string | null;
    passwordMustChange: boolean;
    by: string;
    at: string;
  }
>;

export type AccountRolesChanged = DomainEvent<'AccountRolesChanged', { userId: string; roles: AccountRole[]; previousRoles: AccountRole[]; by: string; at: string }>;

export type AccountMoved = DomainEvent<
  'AccountMoved',
  { userId: string; orgUnitId: string | null; homeCountyId: string | null; previousOrgUnitId: string | null; by: string; at: string }
>;

export type AccountRenamed = DomainEvent<'AccountRenamed', { userId: string; displayName: string; previousDisplayName: string; by: string; at: string }>;

export type AccountDisabled = DomainEvent<'AccountDisabled', { userId: string; reason: string; by: string; at: string }>;

export type AccountEnabled = DomainEvent<'AccountEnabled', { userId: string; by: string; at: string }>;

/** An admin set a new password; its owner must change it at next sign-in. */
export type PasswordReset = DomainEvent<'PasswordReset', { userId: string; by: string; at: string }>;

/** The owner set their own password. */
export type PasswordChanged = DomainEvent<'PasswordChanged', { userId: string; by: string; at: string }>;

export type AccountUnlocked = DomainEvent<'AccountUnlocked', { userId: string; by: string; at: string }>;

export type AccountEvent =
  | AccountCreated
  | AccountRolesChanged
  | AccountMoved
  | AccountRenamed
  | AccountDisabled
  | AccountEnabled
  | PasswordReset
  | PasswordChanged
  | AccountUnlocked;

/** Every account event type, for the read models' subscriptions and the audit screens. */
export const ACCOUNT_EVENT_TYPES: readonly AccountEvent['type'][] = [
  'AccountCreated',
  'AccountRolesChanged',
  'AccountMoved',
  'AccountRenamed',
  'AccountDisabled',
  'AccountEnabled',
  'PasswordReset',
  'PasswordChanged',
  'AccountUnlocked',
];
