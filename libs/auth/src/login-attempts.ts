import { Pool, PoolClient } from 'pg';
import { Clock } from '@app/workflow';
import { AccountRateLimitedError } from './auth.errors';

export interface LoginAttemptLimits {
  /** Failed sign-ins to one username within a window, after which it is refused until the window ends. */
  readonly failuresPerAccount: number;
  readonly windowSeconds: number;
}

/**
 * The per-account side of the login limit (the per-address side is the throttler): failed
 * sign-ins are counted per username, whatever address they come from, in a window that opens
 * with the first failure. Kept in the database, so every API process counts against one number.
 *
 * An attempt is counted before its password is checked, in one atomic statement, so guesses sent
 * all at once cannot slip past the limit between a check and a count; a successful sign-in then
 * clears the count. Unknown usernames are counted like known ones, so the limit says nothing about
 * which accounts exist. A refused attempt spends no password hashing.
 */
export class LoginAttempts {
  constructor(
    private readonly pool: Pool,
    private readonly clock: Clock,
    private readonly limits: LoginAttemptLimits,
  ) {}

  /** Counts an attempt at `username`; throws {@link AccountRateLimitedError} when it is one too many. */
  async admit(username: string): Promise<void> {
    const now = this.clock.now();
    const windowOpenedAfter = new Date(now.getTime() - this.limits.windowSeconds * 1000);
    const { rows } = await this.pool.query<{ attempts: number; window_started_at: Date }>(
      `WITH expired AS (DELETE FROM auth_login_failures WHERE window_started_at <= $3 AND username <> $1)
       INSERT INTO auth_login_failures AS f (username, attempts, window_started_at) VALUES ($1, 1, $2)
       ON CONFLICT (username) DO UPDATE SET
         attempts = CASE WHEN f.window_started_at <= $3 THEN 1 ELSE f.attempts + 1 END,
         window_started_at = CASE WHEN f.window_started_at <= $3 THEN $2 ELSE f.window_started_at END
       RETURNING attempts, window_started_at`,
      [username, now, windowOpenedAfter],
    );
    const { attempts, window_started_at: windowStartedAt } = rows[0]!;
    if (attempts <= this.limits.failuresPerAccount) return;
    const windowEndsAt = windowStartedAt.getTime() + this.limits.windowSeconds * 1000;
    throw new AccountRateLimitedError(Math.max(1, Math.ceil((windowEndsAt - now.getTime()) / 1000)));
  }

  /** An admin unlocked the account: its failed attempts are forgotten, within the unlocking's transaction. */
  async forget(client: PoolClient, username: string): Promise<void> {
    await client.query('DELETE FROM auth_login_failures WHERE username = $1', [username]);
  }

  /** The attempt succeeded: the account's count starts afresh. */
  async succeeded(username: string): Promise<void> {
    await this.pool.query('DELETE FROM auth_login_failures WHERE username = $1', [username]);
  }
}
