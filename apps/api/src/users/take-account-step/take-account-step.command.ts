import { Command } from '@nestjs/cqrs';
import { AccountRole } from '@app/supervision';
import { CommandMetadata } from '@app/workflow-runtime';
import type { AccountCommandOutcome } from '../account-commands';

/**
 * A change an admin makes to an account: its roles, its unit (the county for recusal follows from
 * it), its display name, disabling and enabling it, a new password (its owner changes it at next
 * sign-in), lifting the lock of failed sign-ins.
 */
export type AccountStep =
  | { readonly type: 'ChangeAccountRoles'; readonly roles: readonly AccountRole[] }
  | { readonly type: 'MoveAccount'; readonly orgUnitId: string | null }
  | { readonly type: 'RenameAccount'; readonly displayName: string }
  | { readonly type: 'DisableAccount'; readonly reason: string }
  | { readonly type: 'EnableAccount' }
  | { readonly type: 'ResetPassword'; readonly password: string }
  | { readonly type: 'UnlockAccount' };

export class TakeAccountStep extends Command<AccountCommandOutcome> {
  constructor(
    readonly userId: string,
    readonly step: AccountStep,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
