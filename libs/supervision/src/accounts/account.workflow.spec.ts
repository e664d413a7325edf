import { deciderSpecification } from '@app/testing';
import { Actor, loadChinaCalendar, RoleNotAllowedError, SYSTEM_ACTOR } from '@app/workflow';
import { CreateAccount } from './account.commands';
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
import { AccountCreated, AccountDisabled, AccountEvent } from './account.events';
import { evolveAccount, initialAccountState } from './account.state';
import { accountWorkflow } from './account.workflow';
import { passwordWeaknesses, WeakPassword, assertPasswordAcceptable } from './password-policy';

const NOW = new Date('2026-12-07T01:00:00.000Z');
const AT = NOW.toISOString();
const admin: Actor = { userId: 'ops', roles: ['admin'] };
const owner: Actor = { userId: 'li.ming', roles: ['official'], orgUnitId: 'anji' };

const spec = deciderSpecification(accountWorkflow, { now: NOW, calendar: loadChinaCalendar(), settings: undefined });

const create = (overrides: Partial<CreateAccount> = {}): CreateAccount => ({
  type: 'CreateAccount',
  username: 'li.ming',
  displayName: '李明（安吉县督查联络员）',
  roles: ['official'],
  orgUnitId: 'anji',
  homeCountyId: 'anji',
  passwordMustChange: true,
  ...overrides,
});

const created: AccountCreated = {
  type: 'AccountCreated',
  data: {
    userId: 'li.ming',
    username: 'li.ming',
    displayName: '李明（安吉县督查联络员）',
    roles: ['official'],
    orgUnitId: 'anji',
    homeCountyId: 'anji',
    passwordMustChange: true,
    by: 'ops',
    at: '2026-12-01T01:00:00.000Z',
  },
};
const disabled: AccountDisabled = { type: 'AccountDisabled', data: { userId: 'li.ming', reason: '调离岗位', by: 'ops', at: '2026-12-02T01:00:00.000Z' } };
const opsCreated: AccountCreated = {
  type: 'AccountCreated',
  data: { ...created.data, userId: 'ops', username: 'ops', displayName: '运维管理员', roles: ['admin'], orgUnitId: null, homeCountyId: null, by: 'system' },
};

describe('user accounts (用户管理)', () => {
  describe('opening an account', () => {
    it('given nothing, when an admin opens an official’s account under 安吉县, then it is created with the password to be changed at first sign-in', () => {
      spec.given([]).when(create(), { actor: admin }).then([{ ...created, data: { ...created.data, at: AT } }]);
    });

    it('given nothing, when the system opens the first admin (configuration, CLI), then it is created without a unit', () => {
      spec
        .given([])
        .when(create({ username: 'ops', displayName: ' 运维管理员 ', roles: ['admin'], orgUnitId: null, homeCountyId: 'anji' }), { actor: SYSTEM_ACTOR })
        .then([{ ...opsCreated, data: { ...opsCreated.data, at: AT } }]);
    });

    it('given an account, when another with its username is opened, then ACCOUNT_ALREADY_EXISTS', () => {
      spec.given([created]).when(create(), { actor: admin }).thenThrows(AccountAlreadyExists, 'ACCOUNT_ALREADY_EXISTS');
    });

    it.each([['Li.Ming'], ['x'], ['-dash'], ['has space'], ['李明'], ['a'.repeat(65)]])('refuses the username %j (INVALID_USERNAME)', (username) => {
      spec.given([]).when(create({ username }), { actor: admin }).thenThrows(InvalidUsername);
    });

    it.each([[[]], [['official', 'official']], [['system']], [['superuser']]])('refuses the roles %j (INVALID_ACCOUNT_ROLES)', (roles) => {
      spec.given([]).when(create({ roles: roles as CreateAccount['roles'] }), { actor: admin }).thenThrows(InvalidAccountRoles);
    });

    it('refuses an official or inspector without a unit, and a blank or overlong display name', () => {
      spec.given([]).when(create({ roles: ['inspector'], orgUnitId: null }), { actor: admin }).thenThrows(AccountUnitRequired);
      spec.given([]).when(create({ displayName: '  ' }), { actor: admin }).thenThrows(DisplayNameRequired);
      spec.given([]).when(create({ displayName: '名'.repeat(101) }), { actor: admin }).thenThrows(DisplayNameRequired);
    });

    it('lets only admins and the system open accounts', () => {
      spec.given([]).when(create(), { actor: owner }).thenThrows(RoleNotAllowedError);
    });
  });

  describe('changing what an account may do', () => {
    it('given an account, when an admin gives it the inspector role too, then the roles change with the previous ones recorded', () => {
      spec
        .given([created])
        .when({ type: 'ChangeAccountRoles', roles: ['official', 'inspector'] }, { actor: admin })
        .then([{ type: 'AccountRolesChanged', data: { userId: 'li.ming', roles: ['official', 'inspector'], previousRoles: ['official'], by: 'ops', at: AT } }]);
    });

    it('given an account, when an admin moves it to 德清县, then it moves with its home county', () => {
      spec
        .given([created])
        .when({ type: 'MoveAccount', orgUnitId: 'deqing-wukang', homeCountyId: 'deqing' }, { actor: admin })
        .then([{ type: 'AccountMoved', data: { userId: 'li.ming', orgUnitId: 'deqing-wukang', homeCountyId: 'deqing', previousOrgUnitId: 'anji', by: 'ops', at: AT } }]);
    });

    it('refuses to leave an official without a unit, and an admin taking away their own admin role (CANNOT_LOCK_OUT_SELF)', () => {
      spec.given([created]).when({ type: 'MoveAccount', orgUnitId: null, homeCountyId: null }, { actor: admin }).thenThrows(AccountUnitRequired);
      spec.given([opsCreated]).when({ type: 'ChangeAccountRoles', roles: ['auditor'] }, { actor: admin }).thenThrows(CannotLockOutSelf, 'CANNOT_LOCK_OUT_SELF');
      spec
        .given([opsCreated])
        .when({ type: 'ChangeAccountRoles', roles: ['admin', 'auditor'] }, { actor: admin })
        .then([{ type: 'AccountRolesChanged', data: { userId: 'ops', roles: ['admin', 'auditor'], previousRoles: ['admin'], by: 'ops', at: AT } }]);
    });

    it('renames an account, keeping the previous name', () => {
      spec
        .given([created])
        .when({ type: 'RenameAccount', displayName: '李明' }, { actor: admin })
        .then([{ type: 'AccountRenamed', data: { userId: 'li.ming', displayName: '李明', previousDisplayName: '李明（安吉县督查联络员）', by: 'ops', at: AT } }]);
    });

    it('refuses every change to an account that does not exist (ACCOUNT_NOT_FOUND)', () => {
      spec.given([]).when({ type: 'RenameAccount', displayName: '李明' }, { actor: admin }).thenThrows(AccountNotFound);
      spec.given([]).when({ type: 'ResetPassword' }, { actor: admin }).thenThrows(AccountNotFound);
    });
  });

  describe('disabling and enabling', () => {
    it('given an account, when an admin disables it with a reason, then it is disabled; without a reason, DISABLE_REASON_REQUIRED', () => {
      spec.given([created]).when({ type: 'DisableAccount', reason: ' 调离岗位 ' }, { actor: admin }).then([{ ...disabled, data: { ...disabled.data, at: AT } }]);
      spec.given([created]).when({ type: 'DisableAccount', reason: ' ' }, { actor: admin }).thenThrows(DisableReasonRequired);
    });

    it('never lets an admin disable their own account', () => {
      spec.given([opsCreated]).when({ type: 'DisableAccount', reason: '测试' }, { actor: admin }).thenThrows(CannotLockOutSelf);
    });

    it('given a disabled account, when an admin enables it, then it is enabled; enabling an enabled one is ACCOUNT_ALREADY_ENABLED', () => {
      spec.given([created, disabled]).when({ type: 'EnableAccount' }, { actor: admin }).then([{ type: 'AccountEnabled', data: { userId: 'li.ming', by: 'ops', at: AT } }]);
      spec.given([created]).when({ type: 'EnableAccount' }, { actor: admin }).thenThrows(AccountAlreadyEnabled);
    });

    it('given a disabled account, its owner cannot change its password and it cannot be disabled again (ACCOUNT_DISABLED); an admin may still reset it', () => {
      spec.given([created, disabled]).when({ type: 'ChangePassword' }, { actor: owner }).thenThrows(AccountDisabledError, 'ACCOUNT_DISABLED');
      spec.given([created, disabled]).when({ type: 'DisableAccount', reason: '再次' }, { actor: admin }).thenThrows(AccountDisabledError);
      spec.given([created, disabled]).when({ type: 'ResetPassword' }, { actor: admin }).then([{ type: 'PasswordReset', data: { userId: 'li.ming', by: 'ops', at: AT } }]);
    });
  });

  describe('passwords', () => {
    it('lets the owner, and only the owner, change the password', () => {
      spec.given([created]).when({ type: 'ChangePassword' }, { actor: owner }).then([{ type: 'PasswordChanged', data: { userId: 'li.ming', by: 'li.ming', at: AT } }]);
      spec.given([created]).when({ type: 'ChangePassword' }, { actor: { userId: 'wang.fang', roles: ['official'] } }).thenThrows(NotAccountOwner);
    });

    it('lets an admin reset the password and unlock the account', () => {
      spec.given([created]).when({ type: 'ResetPassword' }, { actor: admin }).then([{ type: 'PasswordReset', data: { userId: 'li.ming', by: 'ops', at: AT } }]);
      spec.given([created]).when({ type: 'UnlockAccount' }, { actor: admin }).then([{ type: 'AccountUnlocked', data: { userId: 'li.ming', by: 'ops', at: AT } }]);
      spec.given([created]).when({ type: 'ResetPassword' }, { actor: owner }).thenThrows(RoleNotAllowedError);
    });

    it('refuses short, username-bearing, monotonous and common passwords, saying why', () => {
      expect(passwordWeaknesses('Anji-2026-river', 'li.ming')).toEqual([]);
      expect(passwordWeaknesses('short', 'li.ming')).toEqual(['too-short']);
      expect(passwordWeaknesses('li.ming-2026!', 'li.ming')).toEqual(['contains-username']);
      expect(passwordWeaknesses('aaaaaaaaaaaa', 'li.ming')).toEqual(['too-few-distinct-characters']);
      expect(passwordWeaknesses('Password123', 'li.ming')).toEqual(['common']);
      expect(passwordWeaknesses('huzhou-demo', 'admin')).toEqual(['common']);
      expect(passwordWeaknesses('Huzhou-ops-2026', 'ops')).toEqual([]); // a short username is no weakness inside a password
      expect(() => assertPasswordAcceptable('short', 'x')).toThrow(WeakPassword);
    });
  });

  describe('the state a token is checked against', () => {
    const fold = (events: readonly AccountEvent[]) => events.reduce(evolveAccount, initialAccountState());

    it('moves the session version on every change that must end sessions (roles, unit, disabling, a password set), not on a rename or an enabling', () => {
      const at = (type: string) => ({ userId: 'li.ming', by: 'ops', at: AT, type });
      expect(fold([created])).toMatchObject({ status: 'active', sessionVersion: 1, passwordMustChange: true });
      expect(fold([created, { type: 'AccountRolesChanged', data: { ...at('x'), roles: ['viewer'], previousRoles: ['official'] } }])).toMatchObject({ sessionVersion: 2, roles: ['viewer'] });
      expect(fold([created, { type: 'AccountRenamed', data: { ...at('x'), displayName: '李明', previousDisplayName: '' } }])).toMatchObject({ sessionVersion: 1, displayName: '李明' });
      expect(fold([created, disabled, { type: 'AccountEnabled', data: at('x') }])).toMatchObject({ status: 'active', sessionVersion: 2 });
      expect(fold([created, { type: 'PasswordChanged', data: at('x') }])).toMatchObject({ sessionVersion: 2, passwordMustChange: false });
      expect(fold([created, { type: 'PasswordChanged', data: at('x') }, { type: 'PasswordReset', data: at('x') }])).toMatchObject({ sessionVersion: 3, passwordMustChange: true });
    });
  });
});
