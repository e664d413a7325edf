import { Inject, Injectable } from '@nestjs/common';
import { hashPassword, LoginAttempts, StoredAccount, UserDirectory } from '@app/auth';
import { AccountCommand, AccountNotFound, AccountState, accountStreamId, OpenAccount, OrgUnitNotFound } from '@app/supervision';
import { CommandMetadata, CommandResult, WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';
import { OrgDirectory } from '../org-units/org-directory';

/** An account as the API shows it: never its password, nor the session version tokens are checked against. */
export interface AccountView {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: string[];
  readonly orgUnitId: string | null;
  readonly homeCountyId: string | null;
  readonly disabled: boolean;
  readonly passwordMustChange: boolean;
}

/** What an account command answers: the account it concerns and the command's result, the account shown as its view. */
export interface AccountCommandOutcome {
  readonly userId: string;
  readonly result: CommandResult<AccountView>;
}

export function accountView(account: StoredAccount | OpenAccount): AccountView {
  return {
    userId: account.userId,
    username: account.username,
    displayName: account.displayName,
    roles: [...account.roles],
    orgUnitId: account.orgUnitId,
    homeCountyId: account.homeCountyId,
    disabled: 'disabled' in account ? account.disabled : account.status === 'disabled',
    passwordMustChange: account.passwordMustChange,
  };
}

/** The account, or ACCOUNT_NOT_FOUND when none was ever opened under its id. */
export function existingAccount(userId: string, state: AccountState): OpenAccount {
  if (state.status === 'none') throw new AccountNotFound(userId);
  return state;
}

/**
 * Sends a command to one account (stream `user-<id>`), and in the same transaction writes the
 * account's sign-in row as the command left it — with the new password's hash when the command
 * sets one, and the failed sign-ins forgotten when it unlocks. The log says who changed what; the
 * row is what sign-in and the token check read. The two commit together or not at all.
 */
@Injectable()
export class AccountCommands {
  private readonly accounts: WorkflowHandle<AccountState, AccountCommand>;

  constructor(
    @Inject(WorkflowEngine) engine: WorkflowEngine,
    @Inject(UserDirectory) private readonly users: UserDirectory,
    @Inject(LoginAttempts) private readonly attempts: LoginAttempts,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
  ) {
    this.accounts = engine.workflow<AccountState, AccountCommand>('account');
  }

  async send(userId: string, command: AccountCommand, metadata: CommandMetadata, password?: string): Promise<AccountCommandOutcome> {
    const passwordHash = password === undefined ? undefined : await hashPassword(password);
    const result = await this.accounts.handle(accountStreamId(userId), command, metadata, {
      orgUnitOf: (state) => (state.status === 'none' ? undefined : (state.orgUnitId ?? undefined)),
      withinTransaction: async (client, state) => {
        const account = existingAccount(userId, state);
        await this.users.save(client, { ...accountView(account), sessionVersion: account.sessionVersion }, passwordHash);
        if (command.type === 'UnlockAccount') await this.attempts.forget(client, account.username);
      },
    });
    return { userId, result: { ...result, state: accountView(existingAccount(userId, result.state)) } };
  }

  async load(userId: string): Promise<{ version: number; account: OpenAccount }> {
    const loaded = await this.accounts.load(accountStreamId(userId));
    return { version: loaded.version, account: existingAccount(userId, loaded.state) };
  }

  /** A unit an account is put under, with the county it lies in (an inspector's recusal); ORG_UNIT_NOT_FOUND for an unknown one. */
  async placement(orgUnitId: string | null | undefined): Promise<{ orgUnitId: string | null; homeCountyId: string | null }> {
    if (orgUnitId === null || orgUnitId === undefined) return { orgUnitId: null, homeCountyId: null };
    const directory = await this.directory.fresh();
    if (directory.unit(orgUnitId) === undefined) throw new OrgUnitNotFound(orgUnitId);
    return { orgUnitId, homeCountyId: directory.orgTree().countyOf(orgUnitId)?.id ?? null };
  }
}
