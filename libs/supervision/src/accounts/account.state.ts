import { assertNever } from '@app/workflow';
import { AccountRole } from './account';
import { AccountEvent } from './account.events';

export interface OpenAccount {
  readonly status: 'active' | 'disabled';
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly AccountRole[];
  readonly orgUnitId: string | null;
  readonly homeCountyId: string | null;
  /** Set by whoever set a password that is not its owner's (creation, reset); cleared when the owner changes it. */
  readonly passwordMustChange: boolean;
  /**
   * Counts the changes that end every session the account has: roles, unit, disabling, a password
   * set. A token carries the number it was issued at and stops working once it moves on.
   */
  readonly sessionVersion: number;
}

export type AccountState = { readonly status: 'none' } | OpenAccount;

export const initialAccountState = (): AccountState => ({ status: 'none' });

export function evolveAccount(state: AccountState, event: AccountEvent): AccountState {
  if (event.type === 'AccountCreated') {
    const { userId, username, displayName, roles, orgUnitId, homeCountyId, passwordMustChange } = event.data;
    return { status: 'active', userId, username, displayName, roles, orgUnitId, homeCountyId, passwordMustChange, sessionVersion: 1 };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'AccountRolesChanged':
      return { ...state, roles: event.data.roles, sessionVersion: state.sessionVersion + 1 };
    case 'AccountMoved':
      return { ...state, orgUnitId: event.data.orgUnitId, homeCountyId: event.data.homeCountyId, sessionVersion: state.sessionVersion + 1 };
    case 'AccountRenamed':
      return { ...state, displayName: event.data.displayName };
    case 'AccountDisabled':
      return { ...state, status: 'disabled', sessionVersion: state.sessionVersion + 1 };
    case 'AccountEnabled':
      return { ...state, status: 'active' };
    case 'PasswordReset':
      return { ...state, passwordMustChange: true, sessionVersion: state.sessionVersion + 1 };
    case 'PasswordChanged':
      return { ...state, passwordMustChange: false, sessionVersion: state.sessionVersion + 1 };
    case 'AccountUnlocked':
      return state;
    default:
      return assertNever(event);
  }
}
