import { Inject, Injectable, Logger } from '@nestjs/common';
import { UserDirectory } from '@app/auth';
import { APP_CONFIG, AppConfig } from '@app/config';
import { AccountCommand, AccountRole, assertPasswordAcceptable } from '@app/supervision';
import { DomainError, SYSTEM_ACTOR } from '@app/workflow';
import { AccountCommands } from './account-commands';

/** The system's metadata for an account opened at start; the fixed command id makes a second start append nothing. */
const systemCommand = (commandId: string, orgUnitId: string | null) => ({ actor: SYSTEM_ACTOR, commandId, ...(orgUnitId === null ? {} : { orgUnitId }) });

/**
 * The accounts a start opens, as the system: the history of accounts kept before accounts were
 * events (their rows adopted as they are, passwords untouched), an account the demo needs, and
 * the first admin from configuration when the database has no admin.
 */
@Injectable()
export class AccountBootstrap {
  private readonly logger = new Logger(AccountBootstrap.name);

  constructor(
    @Inject(AccountCommands) private readonly accounts: AccountCommands,
    @Inject(UserDirectory) private readonly users: UserDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Gives each account kept without history its opening event, recording it as it stands. */
  async adoptAccountsWithoutHistory(): Promise<void> {
    for (const row of await this.users.withoutHistory()) {
      const command: AccountCommand = {
        type: 'CreateAccount',
        username: row.username,
        displayName: row.displayName,
        roles: row.roles as AccountRole[],
        orgUnitId: row.orgUnitId,
        homeCountyId: row.homeCountyId,
        passwordMustChange: row.passwordMustChange,
      };
      try {
        await this.accounts.send(row.userId, command, systemCommand(`account-adopted:${row.userId}`, row.orgUnitId));
        this.logger.log({ message: 'account given its history', userId: row.userId });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.logger.warn({ message: 'account kept without history: its row breaks an account rule', userId: row.userId, code: error.code });
      }
    }
  }

  /**
   * Opens an account the system needs (the demo's), unless one with its username exists; the
   * password is set as given (the demo's is public and passes no policy), and need not change.
   */
  async ensure(account: { username: string; displayName: string; roles: readonly AccountRole[]; orgUnitId: string | null; password: string }): Promise<void> {
    if ((await this.users.findById(account.username)) !== undefined) return;
    const placement = await this.accounts.placement(account.orgUnitId);
    await this.accounts.send(
      account.username,
      { type: 'CreateAccount', username: account.username, displayName: account.displayName, roles: account.roles, ...placement, passwordMustChange: false },
      systemCommand(`account-opened:${account.username}`, placement.orgUnitId),
      account.password,
    );
  }

  /** The first admin from BOOTSTRAP_ADMIN_*, when set and no admin account exists; its password must change at first sign-in. */
  async openFirstAdmin(): Promise<void> {
    const wanted = this.config.bootstrapAdmin;
    if (wanted === undefined) return;
    if ((await this.users.list()).some((account) => account.roles.includes('admin'))) return;
    assertPasswordAcceptable(wanted.password, wanted.username);
    await this.accounts.send(
      wanted.username,
      { type: 'CreateAccount', username: wanted.username, displayName: wanted.displayName, roles: ['admin'], orgUnitId: null, homeCountyId: null, passwordMustChange: true },
      systemCommand(`account-bootstrap:${wanted.username}`, null),
      wanted.password,
    );
    this.logger.log({ message: 'first admin opened from configuration; its password must be changed at first sign-in', username: wanted.username });
  }
}
