import { DecisionContext, isBlank, Transition, WorkflowDefinition } from '@app/workflow';
import { AccountRole, isAccountRole, ROLES_WITH_A_UNIT, USERNAME_PATTERN } from './account';
import { AccountCommand, ChangeAccountRoles, MoveAccount, RenameAccount, ResetPassword } from './account.commands';
import {
  AccountAlreadyEnabled,
  AccountAlreadyExists,
  AccountDisabledError,
  AccountNotFound,
  AccountUnitRequired,
  CannotLockOutSelf,
  DisableReasonRequired,
  DisplayNameRequired,
  InvalidAccountRoles,
  InvalidUsername,
  NotAccountOwner,
} from './account.errors';
import { AccountEvent } from './account.events';
import { AccountState, evolveAccount, initialAccountState, OpenAccount } from './account.state';

/*
 * 用户管理: admins open accounts and change what they may do; `system` opens the first admin (from
 * configuration or the CLI) and the demo's accounts; each person changes their own password. An
 * account is never deleted, only disabled: its history stays, and so does every event it caused.
 */

type Context = DecisionContext<unknown>;

const ADMINS = ['admin'] as const;
const EVERYONE = ['admin', 'inspector', 'official', 'auditor', 'viewer'] as const;

const stamp = ({ actor, now }: Context) => ({ by: actor.userId, at: now.toISOString() });

function checkRoles(roles: readonly unknown[]): AccountRole[] {
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isAccountRole) || new Set(roles).size !== roles.length) throw new InvalidAccountRoles(roles);
  return [...roles];
}

function checkUnit(roles: readonly AccountRole[], orgUnitId: string | null): void {
  if (orgUnitId === null && roles.some((role) => ROLES_WITH_A_UNIT.includes(role))) throw new AccountUnitRequired(roles);
}

function checkDisplayName(displayName: string): string {
  const trimmed = typeof displayName === 'string' ? displayName.trim() : '';
  if (trimmed === '' || trimmed.length > 100) throw new DisplayNameRequired();
  return trimmed;
}

function open(state: AccountState): OpenAccount {
  if (state.status === 'none') throw new AccountNotFound();
  return state;
}

/** An admin acting on their own account may not end their own power to act. */
function notLockingOutSelf(state: OpenAccount, actorId: string, losesAdmin: boolean): void {
  if (state.userId === actorId && losesAdmin) throw new CannotLockOutSelf();
}

type AccountTransition<C extends AccountCommand> = Transition<AccountState, C, AccountEvent, unknown>;

const changeRoles: AccountTransition<ChangeAccountRoles> = {
  roles: ADMINS,
  decide: (state, command, context) => {
    const account = open(state);
    const roles = checkRoles(command.roles);
    checkUnit(roles, account.orgUnitId);
    notLockingOutSelf(account, context.actor.userId, account.roles.includes('admin') && !roles.includes('admin'));
    return [{ type: 'AccountRolesChanged', data: { userId: account.userId, roles, previousRoles: [...account.roles], ...stamp(context) } }];
  },
};

const move: AccountTransition<MoveAccount> = {
  roles: ADMINS,
  decide: (state, command, context) => {
    const account = open(state);
    checkUnit(account.roles, command.orgUnitId);
    const homeCountyId = command.orgUnitId === null ? null : command.homeCountyId;
    return [{ type: 'AccountMoved', data: { userId: account.userId, orgUnitId: command.orgUnitId, homeCountyId, previousOrgUnitId: account.orgUnitId, ...stamp(context) } }];
  },
};

const rename: AccountTransition<RenameAccount> = {
  roles: ADMINS,
  decide: (state, command, context) => {
    const account = open(state);
    const displayName = checkDisplayName(command.displayName);
    return [{ type: 'AccountRenamed', data: { userId: account.userId, displayName, previousDisplayName: account.displayName, ...stamp(context) } }];
  },
};

const resetPassword: AccountTransition<ResetPassword> = {
  roles: ADMINS,
  decide: (state, _command, context) => [{ type: 'PasswordReset', data: { userId: open(state).userId, ...stamp(context) } }],
};

export const accountWorkflow: WorkflowDefinition<AccountState, AccountCommand, AccountEvent, unknown> = {
  name: 'account',
  version: 1,
  initialState: initialAccountState,
  evolve: evolveAccount,
  statusOf: (state) => state.status,
  refuse: (state, command) => {
    if (state.status === 'none') return new AccountNotFound();
    if (command.type === 'CreateAccount') return new AccountAlreadyExists(state.username);
    if (command.type === 'EnableAccount') return new AccountAlreadyEnabled(state.userId);
    return new AccountDisabledError(state.userId);
  },
  states: {
    none: {
      on: {
        CreateAccount: {
          roles: ['admin', 'system'],
          decide: (_state, command, context) => {
            if (typeof command.username !== 'string' || !USERNAME_PATTERN.test(command.username)) throw new InvalidUsername(String(command.username));
            const roles = checkRoles(command.roles);
            checkUnit(roles, command.orgUnitId);
            return [
              {
                type: 'AccountCreated',
                data: {
                  userId: command.username,
                  username: command.username,
                  displayName: checkDisplayName(command.displayName),
                  roles,
                  orgUnitId: command.orgUnitId,
                  homeCountyId: command.orgUnitId === null ? null : command.homeCountyId,
                  passwordMustChange: command.passwordMustChange,
                  ...stamp(context),
                },
              },
            ];
          },
        },
      },
    },
    active: {
      on: {
        ChangeAccountRoles: changeRoles,
        MoveAccount: move,
        RenameAccount: rename,
        DisableAccount: {
          roles: ADMINS,
          decide: (state, command, context) => {
            const account = open(state);
            if (typeof command.reason !== 'string' || isBlank(command.reason)) throw new DisableReasonRequired();
            notLockingOutSelf(account, context.actor.userId, true);
            return [{ type: 'AccountDisabled', data: { userId: account.userId, reason: command.reason.trim(), ...stamp(context) } }];
          },
        },
        ResetPassword: resetPassword,
        ChangePassword: {
          roles: EVERYONE,
          decide: (state, _command, context) => {
            const account = open(state);
            if (context.actor.userId !== account.userId) throw new NotAccountOwner();
            return [{ type: 'PasswordChanged', data: { userId: account.userId, ...stamp(context) } }];
          },
        },
        UnlockAccount: {
          roles: ADMINS,
          decide: (state, _command, context) => [{ type: 'AccountUnlocked', data: { userId: open(state).userId, ...stamp(context) } }],
        },
      },
    },
    disabled: {
      on: {
        EnableAccount: {
          roles: ADMINS,
          decide: (state, _command, context) => [{ type: 'AccountEnabled', data: { userId: open(state).userId, ...stamp(context) } }],
        },
        ChangeAccountRoles: changeRoles,
        MoveAccount: move,
        RenameAccount: rename,
        ResetPassword: resetPassword,
      },
    },
  },
};
