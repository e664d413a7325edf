import { randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { Pool } from 'pg';
import { NewUserAccount, UserAccount } from './user-account';

interface UserRow {
  user_id: string;
  username: string;
  display_name: string;
  password_hash: string;
  roles: string[];
  org_unit_id: string | null;
  home_county_id: string | null;
}

/** User accounts and their argon2id password hashes. */
export class UserDirectory {
  /** A hash of a random secret, checked against when the user is unknown (timing equaliser). */
  private readonly decoyHash: Promise<string>;

  constructor(private readonly pool: Pool) {
    this.decoyHash = hash(randomUUID());
  }

  /** Creates the account, or leaves an existing one with that username untouched. */
  async ensure(account: NewUserAccount): Promise<void> {
    await this.pool.query(
      `INSERT INTO auth_users (user_id, username, display_name, password_hash, roles, org_unit_id, home_county_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (username) DO NOTHING`,
      [
        account.userId,
        account.username,
        account.displayName,
        await hash(account.password),
        account.roles,
        account.orgUnitId,
        account.homeCountyId,
      ],
    );
  }

  /** The account when the password matches; undefined for an unknown user or a wrong password. */
  async authenticate(username: string, password: string): Promise<UserAccount | undefined> {
    const { rows } = await this.pool.query<UserRow>('SELECT * FROM auth_users WHERE username = $1', [username]);
    const row = rows[0];
    if (row === undefined) {
      // Spend the same effort as a real check so response time does not reveal which usernames exist.
      await verify(await this.decoyHash, password);
      return undefined;
    }
    return (await verify(row.password_hash, password)) ? toAccount(row) : undefined;
  }

  async findById(userId: string): Promise<UserAccount | undefined> {
    const { rows } = await this.pool.query<UserRow>('SELECT * FROM auth_users WHERE user_id = $1', [userId]);
    return rows[0] === undefined ? undefined : toAccount(rows[0]);
  }

  /** The display names of those of the users who are in the directory, by user id, in one query. */
  async displayNames(userIds: Iterable<string>): Promise<Map<string, string>> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return new Map();
    const { rows } = await this.pool.query<Pick<UserRow, 'user_id' | 'display_name'>>(
      'SELECT user_id, display_name FROM auth_users WHERE user_id = ANY($1::text[])',
      [ids],
    );
    return new Map(rows.map((row) => [row.user_id, row.display_name]));
  }

  async list(): Promise<UserAccount[]> {
    const { rows } = await this.pool.query<UserRow>('SELECT * FROM auth_users ORDER BY username');
    return rows.map(toAccount);
  }
}

function toAccount(row: UserRow): UserAccount {
  return {
    userId: row.user_id,
    username: row.username,
    displayName: row.display_name,
    roles: row.roles,
    orgUnitId: row.org_unit_id,
    homeCountyId: row.home_county_id,
  };
}
