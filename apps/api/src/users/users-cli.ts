import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { AccountRole, isAccountRole } from '@app/supervision';
import { CommandMetadata } from '@app/workflow-runtime';
import { AccountView } from './account-commands';
import { ListUsersQuery } from './list-users/list-users.query';
import { OpenAccountCommand } from './open-account/open-account.command';
import { AccountStep, TakeAccountStep } from './take-account-step/take-account-step.command';

export const USERS_USAGE = [
  'usage: users <subcommand> [options]',
  '  users list [--role <role>]',
  '  users add --username <name> --role <role> [--role <role>…] [--display-name <name>] [--org-unit <unit id>] --password-stdin',
  '  users roles --username <name> --role <role> [--role <role>…]',
  '  users unit --username <name> (--org-unit <unit id> | --no-unit)',
  '  users disable --username <name> --reason <reason>',
  '  users enable --username <name>',
  '  users reset-password --username <name> --password-stdin',
  '  users unlock --username <name>',
  'The password is read from standard input (one line), never from the command line. A password set here',
  'must be changed by its owner at first sign-in. Each change is recorded as done by cli:<operating-system user>.',
].join('\n');

/** A mistake in the command line: exit 2 with the usage. */
export class UsageError extends Error {}

export interface UsersCliDeps {
  readonly commands: CommandBus;
  readonly queries: QueryBus;
  /** The password line from standard input. */
  readonly readPassword: () => Promise<string>;
  readonly print: (line: string) => void;
}

/** `main.js users …`: account administration from a shell, through the same use cases as the API. */
export async function runUsersCli(args: readonly string[], deps: UsersCliDeps): Promise<void> {
  const [subcommand, ...rest] = args;
  const { values } = parseCli(rest);
  const username = (): string => {
    if (values.username === undefined) throw new UsageError('--username is required');
    return values.username;
  };
  const roles = (): AccountRole[] => {
    const given = values.role ?? [];
    if (given.length === 0 || !given.every(isAccountRole)) throw new UsageError('give one or more --role of admin, inspector, official, auditor, viewer');
    return given as AccountRole[];
  };
  const metadata = (): CommandMetadata => ({ actor: { userId: `cli:${userInfo().username}`, roles: ['admin', 'system'] }, commandId: randomUUID() });
  const step = async (change: AccountStep): Promise<void> => {
    const outcome = await deps.commands.execute(new TakeAccountStep(username(), change, metadata()));
    deps.print(describe(outcome.result.state));
  };
  switch (subcommand) {
    case 'list': {
      const accounts = await deps.queries.execute(new ListUsersQuery(values.role?.[0]));
      for (const account of accounts) deps.print(describe(account));
      return;
    }
    case 'add': {
      if (values['password-stdin'] !== true) throw new UsageError('add needs --password-stdin');
      const name = username();
      const account = { username: name, displayName: values['display-name'] ?? name, roles: roles(), orgUnitId: values['org-unit'] ?? null, password: await deps.readPassword() };
      const outcome = await deps.commands.execute(new OpenAccountCommand(account, metadata()));
      deps.print(describe(outcome.result.state));
      return;
    }
    case 'roles':
      return step({ type: 'ChangeAccountRoles', roles: roles() });
    case 'unit':
      if ((values['org-unit'] === undefined) === (values['no-unit'] !== true)) throw new UsageError('unit needs --org-unit <unit id> or --no-unit');
      return step({ type: 'MoveAccount', orgUnitId: values['org-unit'] ?? null });
    case 'disable':
      if (values.reason === undefined) throw new UsageError('disable needs --reason');
      return step({ type: 'DisableAccount', reason: values.reason });
    case 'enable':
      return step({ type: 'EnableAccount' });
    case 'reset-password':
      if (values['password-stdin'] !== true) throw new UsageError('reset-password needs --password-stdin');
      return step({ type: 'ResetPassword', password: await deps.readPassword() });
    case 'unlock':
      return step({ type: 'UnlockAccount' });
    default:
      throw new UsageError(subcommand === undefined ? 'name a subcommand' : `unknown subcommand "${subcommand}"`);
  }
}

function parseCli(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        username: { type: 'string' },
        role: { type: 'string', multiple: true },
        'display-name': { type: 'string' },
        'org-unit': { type: 'string' },
        'no-unit': { type: 'boolean' },
        reason: { type: 'string' },
        'password-stdin': { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function describe(account: AccountView): string {
  const standing = [account.disabled ? '已停用' : '启用', account.passwordMustChange ? '须改密码' : ''].filter((word) => word !== '').join('，');
  return `${account.username}\t${account.displayName}\t${account.roles.join(',')}\t${account.orgUnitId ?? '-'}\t${standing}`;
}
