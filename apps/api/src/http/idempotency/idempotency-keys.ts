import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';

/** A request sent with an `Idempotency-Key`: whose key, and what the request was. */
export interface KeyedRequest {
  readonly userId: string;
  readonly key: string;
  readonly method: string;
  readonly path: string;
  /** Method, path and body, hashed: the same key with another request is refused. */
  readonly fingerprint: string;
}

/** The answer given to the first request with a key, as sent. */
export interface StoredAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export type Claim =
  /** The key is this caller's to answer. */
  | { readonly kind: 'owner' }
  | { readonly kind: 'answered'; readonly answer: StoredAnswer }
  /** Another request with the key is being answered (here or in another process). */
  | { readonly kind: 'in-flight' }
  /** The key was used for another request. */
  | { readonly kind: 'mismatch'; readonly method: string; readonly path: string };

export interface IdempotencyKeysOptions {
  /** How long a key and its answer are kept after the first request. */
  readonly keepMs?: number;
  /** How long a request may take before another process may take its key over (the first died). */
  readonly lockMs?: number;
}

/** A key and its answer are kept this long after the first request (the OpenAPI says so). */
export const IDEMPOTENCY_KEY_KEEP_HOURS = 24;

/**
 * The answers to requests sent with an `Idempotency-Key` (IETF httpapi draft), shared by every
 * process on the database: the first request with a key claims it and records its answer; a
 * retry, even one sent while the first is running, gets that answer; the same key with another
 * request is refused. Keys are per user.
 */
export class IdempotencyKeys {
  /** Names this process as the owner of the keys it is answering. */
  readonly owner = randomUUID();
  private readonly keepMs: number;
  private readonly lockMs: number;

  constructor(
    private readonly pool: Pool,
    options: IdempotencyKeysOptions = {},
  ) {
    this.keepMs = options.keepMs ?? IDEMPOTENCY_KEY_KEEP_HOURS * 3_600_000;
    this.lockMs = options.lockMs ?? 30_000;
  }

  /**
   * Claims the key for this request when it is new, expired, or held by a request of the same
   * fingerprint whose process stopped answering; otherwise says what the key holds.
   */
  async claim(request: KeyedRequest): Promise<Claim> {
    const { rowCount } = await this.pool.query(
      `INSERT INTO http_idempotency_keys AS k (user_id, idempotency_key, fingerprint, method, path, owner, locked_until, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + $7 * interval '1 millisecond', now() + $8 * interval '1 millisecond')
       ON CONFLICT (user_id, idempotency_key) DO UPDATE
         SET fingerprint = EXCLUDED.fingerprint, method = EXCLUDED.method, path = EXCLUDED.path, owner = EXCLUDED.owner,
             locked_until = EXCLUDED.locked_until, status = NULL, headers = NULL, body = NULL, created_at = now(),
             expires_at = EXCLUDED.expires_at
         WHERE k.expires_at < now()
            OR (k.status IS NULL AND k.locked_until < now() AND k.fingerprint = EXCLUDED.fingerprint)`,
      [request.userId, request.key, request.fingerprint, request.method, request.path, this.owner, this.lockMs, this.keepMs],
    );
    if (rowCount === 1) return { kind: 'owner' };
    const { rows } = await this.pool.query<{
      fingerprint: string;
      method: string;
      path: string;
      status: number | null;
      headers: Record<string, string> | null;
      body: string | null;
    }>('SELECT fingerprint, method, path, status, headers, body FROM http_idempotency_keys WHERE user_id = $1 AND idempotency_key = $2', [
      request.userId,
      request.key,
    ]);
    const row = rows[0];
    // Gone between the two statements: its owner gave it up; the caller claims again.
    if (row === undefined) return { kind: 'in-flight' };
    if (row.fingerprint !== request.fingerprint) return { kind: 'mismatch', method: row.method, path: row.path };
    if (row.status === null) return { kind: 'in-flight' };
    return { kind: 'answered', answer: { status: row.status, headers: row.headers ?? {}, body: row.body ?? '' } };
  }

  /** Records the answer to a claimed key; retries from now on get it. */
  async answer(request: KeyedRequest, answer: StoredAnswer): Promise<void> {
    await this.pool.query(
      `UPDATE http_idempotency_keys SET status = $4, headers = $5, body = $6, owner = NULL, locked_until = NULL
        WHERE user_id = $1 AND idempotency_key = $2 AND owner = $3 AND status IS NULL`,
      [request.userId, request.key, this.owner, answer.status, JSON.stringify(answer.headers), answer.body],
    );
  }

  /** Gives a claimed key up unanswered (the request failed on our side): a retry runs it afresh. */
  async release(request: KeyedRequest): Promise<void> {
    await this.pool.query('DELETE FROM http_idempotency_keys WHERE user_id = $1 AND idempotency_key = $2 AND owner = $3 AND status IS NULL', [
      request.userId,
      request.key,
      this.owner,
    ]);
  }

  /** Forgets keys past their keeping time; returns how many. */
  async purgeExpired(): Promise<number> {
    const { rowCount } = await this.pool.query('DELETE FROM http_idempotency_keys WHERE expires_at < now()');
    return rowCount ?? 0;
  }
}
