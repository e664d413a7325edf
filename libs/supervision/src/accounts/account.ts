import { streamNaming } from '../shared/stream-naming';

/** The roles an account may hold (`system` is automation's, never a person's). */
export const ACCOUNT_ROLES = ['admin', 'inspector', 'official', 'auditor', 'viewer'] as const;
export type AccountRole = (typeof ACCOUNT_ROLES)[number];

export function isAccountRole(value: unknown): value is AccountRole {
  return typeof value === 'string' && (ACCOUNT_ROLES as readonly string[]).includes(value);
}

/** Roles that act for a unit and so need one: an official's scope root, an inspector's home unit. */
export const ROLES_WITH_A_UNIT: readonly AccountRole[] = ['official', 'inspector'];

/** A user's stream: `user-<userId>`, the account's whole history (who granted what to whom, and when). */
export const accountStreams = streamNaming('user');
export const accountStreamId = accountStreams.streamIdOf;

/**
 * A username: lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit, 2 to
 * 64 characters. It is also the user id (what the log records as the actor), so it never changes.
 */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;
