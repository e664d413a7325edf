import { Actor } from '@app/workflow';

/** A person who can sign in, with what they may do and where. */
export interface UserAccount {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly string[];
  /** An official's scope root; an inspector's home unit. */
  readonly orgUnitId: string | null;
  /** For recusal: an inspector never scores a unit in this county. */
  readonly homeCountyId: string | null;
}

/** What sign-in and the token check need beside the account: may it sign in, and which sessions are still good. */
export interface AccountStanding {
  readonly disabled: boolean;
  /** The password was set by someone else (creation, reset): its owner changes it before signing in. */
  readonly passwordMustChange: boolean;
  /** A token issued at another version speaks for a session that has ended. */
  readonly sessionVersion: number;
}

export type StoredAccount = UserAccount & AccountStanding;

export interface NewUserAccount extends UserAccount {
  readonly password: string;
}

/** The actor an account acts as: its id, roles, and its unit and county where it has them. */
export function actorOfAccount(account: UserAccount): Actor & { readonly username: string } {
  return {
    userId: account.userId,
    username: account.username,
    roles: account.roles,
    ...(account.orgUnitId === null ? {} : { orgUnitId: account.orgUnitId }),
    ...(account.homeCountyId === null ? {} : { homeCountyId: account.homeCountyId }),
  };
}
