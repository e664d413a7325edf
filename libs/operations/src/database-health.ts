import { Inject, Injectable } from '@nestjs/common';
import { Database, DATABASE, DatabaseMode } from '@app/database';
import { withinDeadline } from './within-deadline';

export type DatabaseCheck =
  | { readonly status: 'up'; readonly mode: DatabaseMode }
  | { readonly status: 'down'; readonly mode: DatabaseMode; readonly reason: string };

/** How long readiness waits for `SELECT 1`; an overloaded or unreachable database counts as down. */
export const DATABASE_CHECK_TIMEOUT_MS = 2000;

@Injectable()
export class DatabaseHealth {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  async check(timeoutMs = DATABASE_CHECK_TIMEOUT_MS): Promise<DatabaseCheck> {
    const mode = this.database.mode;
    try {
      await withinDeadline(this.database.pool.query('SELECT 1'), timeoutMs, `no answer to SELECT 1 within ${timeoutMs} ms`);
      return { status: 'up', mode };
    } catch (error) {
      return { status: 'down', mode, reason: error instanceof Error ? error.message : String(error) };
    }
  }
}
