import { Command } from '@nestjs/cqrs';
import { AccountRole } from '@app/supervision';
import { CommandMetadata } from '@app/workflow-runtime';
import type { AccountCommandOutcome } from '../account-commands';

export interface NewAccount {
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly AccountRole[];
  readonly orgUnitId?: string | null;
  /** The first password, set by whoever opens the account; its owner changes it at first sign-in. */
  readonly password: string;
}

/** 开通账号: an admin (or `system`: the first admin, from configuration or the CLI) opens an account. */
export class OpenAccountCommand extends Command<AccountCommandOutcome> {
  constructor(
    readonly account: NewAccount,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
