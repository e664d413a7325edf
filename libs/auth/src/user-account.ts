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

export interface NewUserAccount extends UserAccount {
  readonly password: string;
}
