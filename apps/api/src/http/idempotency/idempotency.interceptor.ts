import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  BadRequestException,
  CallHandler,
  ConflictException,
  ExecutionContext,
  Inject,
  Injectable,
  Logger,
  NestInterceptor,
  OnModuleDestroy,
  OnModuleInit,
  UnprocessableEntityException,
} from '@nestjs/common';
import { from, lastValueFrom, Observable } from 'rxjs';
import { RequestActor } from '@app/auth';
import { answeredProblem, PROBLEM_CONTENT_TYPE } from '../problem-details';
import { problemResponse } from '../problem-details.filter';
import { IdempotencyKeys, KeyedRequest } from './idempotency-keys';
import { ReplayedAnswer } from './replayed-answer';

const MUTATIONS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Response headers that are part of an answer, replayed with it. */
const ANSWER_HEADERS = ['ETag', 'Location'] as const;
/** How often a retry looks again while another process answers the first request. */
const POLL_MS = 25;
const PURGE_EVERY_MS = 15 * 60_000;

/** The `Idempotency-Key` header, checked: absent, or 1 to 200 characters. */
export function idempotencyKeyOf(headers: Readonly<Record<string, string | string[] | undefined>>): string | undefined {
  const key = headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || key.length === 0 || key.length > 200) {
    throw new BadRequestException({ code: 'INVALID_IDEMPOTENCY_KEY', message: 'Idempotency-Key must be one header of 1 to 200 characters' });
  }
  return key;
}

interface HttpRequest {
  readonly method: string;
  readonly originalUrl: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: unknown;
  readonly actor?: RequestActor;
  /** The request id (see logging/request-id.ts): a refusal is kept as answered, its `instance` included. */
  readonly id?: unknown;
}

interface HttpResponse {
  readonly statusCode: number;
  getHeader(name: string): number | string | string[] | undefined;
  setHeader(name: string, value: string): unknown;
}

/**
 * `Idempotency-Key` on every mutation of a signed-in user: one effect and one answer per key.
 * The first request claims the key; retries — sent later, or at the same time to this process or
 * another — wait for its answer and get the same status, headers and body. The same key with
 * another method, path or body is refused (422 IDEMPOTENCY_KEY_MISMATCH). A request that fails on
 * our side (5xx) or is rate limited leaves the key free, so its retry runs afresh; the engine's
 * command ids still keep that retry from appending twice.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(IdempotencyInterceptor.name);
  /** Keys a request of this process is claiming or answering: retries here wait on these. */
  private readonly local = new Map<string, Promise<void>>();
  private purging: NodeJS.Timeout | undefined;

  constructor(@Inject(IdempotencyKeys) private readonly keys: IdempotencyKeys) {}

  onModuleInit(): void {
    this.purging = setInterval(() => {
      this.keys.purgeExpired().catch((error: unknown) => this.logger.warn({ message: 'purging expired idempotency keys failed', error: String(error) }));
    }, PURGE_EVERY_MS).unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.purging);
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<HttpRequest>();
    if (!MUTATIONS.has(request.method)) return next.handle();
    const key = idempotencyKeyOf(request.headers);
    if (key === undefined || request.actor === undefined) return next.handle();
    // A body the API streams rather than parses (an evidence file) is not in the fingerprint, so a
    // key could not tell two of them apart; such uploads are idempotent by their content anyway.
    if (streamedBody(request.headers)) return next.handle();
    const keyed: KeyedRequest = {
      userId: request.actor.userId,
      key,
      method: request.method,
      path: request.originalUrl,
      fingerprint: fingerprintOf(request.method, request.originalUrl, request.body),
    };
    const response = context.switchToHttp().getResponse<HttpResponse>();
    return from(this.respond(keyed, request, response, () => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }

  private async respond(keyed: KeyedRequest, request: HttpRequest, response: HttpResponse, handle: () => Promise<unknown>): Promise<unknown> {
    const id = `${keyed.userId}\u0000${keyed.key}`;
    const deadline = Date.now() + 35_000;
    for (;;) {
      const local = this.local.get(id);
      if (local !== undefined) {
        await local;
        continue;
      }
      let settled!: () => void;
      this.local.set(id, new Promise<void>((resolve) => (settled = resolve)));
      try {
        const claim = await this.keys.claim(keyed);
        switch (claim.kind) {
          case 'owner':
            return await this.answerAsOwner(keyed, request, response, handle);
          case 'answered':
            throw new ReplayedAnswer(claim.answer);
          case 'mismatch':
            throw new UnprocessableEntityException({
              code: 'IDEMPOTENCY_KEY_MISMATCH',
              message: 'This Idempotency-Key was used for another request (method, path or body); send a new request with a new key',
              details: { firstRequest: `${claim.method} ${claim.path}` },
            });
          case 'in-flight':
            break;
        }
      } finally {
        this.local.delete(id);
        settled();
      }
      // Another process is answering the first request with this key.
      if (Date.now() > deadline) {
        response.setHeader('Retry-After', '1');
        throw new ConflictException({ code: 'IDEMPOTENCY_KEY_IN_FLIGHT', message: 'A request with this Idempotency-Key is still being answered; retry shortly' });
      }
      await sleep(POLL_MS);
    }
  }

  private async answerAsOwner(keyed: KeyedRequest, request: HttpRequest, response: HttpResponse, handle: () => Promise<unknown>): Promise<unknown> {
    let body: unknown;
    try {
      body = await handle();
    } catch (error) {
      const refusal = problemResponse(error, { ifMatch: request.headers['if-match'] !== undefined });
      const status = refusal.problem.status;
      if (status >= 500 || status === 429) {
        await this.keys.release(keyed).catch((failure: unknown) => this.keptInFlight(keyed, failure));
      } else {
        const headers = { ...refusal.headers, 'Content-Type': `${PROBLEM_CONTENT_TYPE}; charset=utf-8` };
        await this.keys.answer(keyed, { status, headers, body: JSON.stringify(answeredProblem(refusal.problem, request.id)) }).catch((failure: unknown) => this.keptInFlight(keyed, failure));
      }
      throw error;
    }
    const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8' };
    for (const name of ANSWER_HEADERS) {
      const value = response.getHeader(name);
      if (typeof value === 'string') headers[name] = value;
    }
    await this.keys
      .answer(keyed, { status: response.statusCode, headers, body: JSON.stringify(body) ?? '' })
      .catch((failure: unknown) => this.keptInFlight(keyed, failure));
    return body;
  }

  /** The answer could not be recorded: the key stays claimed until its lock runs out, then a retry takes it over. */
  private keptInFlight(keyed: KeyedRequest, error: unknown): void {
    this.logger.warn({ message: 'could not record the answer to an idempotent request', method: keyed.method, path: keyed.path, error: String(error) });
  }
}

/** Whether the request's body is one the body parsers leave alone (not JSON, not a form). */
function streamedBody(headers: HttpRequest['headers']): boolean {
  const type = headers['content-type'];
  if (typeof type !== 'string' || type === '') return false;
  return !/^application\/(json|[\w.+-]+\+json|x-www-form-urlencoded)\b/i.test(type.trim());
}

/**
 * The request a key belongs to: method, path with query, and the body in canonical JSON, hashed.
 * Passwords are left out (any field whose name says password): the fingerprint is a fast, unsalted
 * hash kept beside the key for a day, and a password in it could be guessed from it offline. So the
 * same key sent again with another password counts as the same request.
 */
export function fingerprintOf(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n`)
    .update(stableJson(body ?? null))
    .digest('hex');
}

/**
 * JSON with object keys in sorted order, so the same fields in another order are the same body.
 * Unlike the event store's canonical JSON it takes any text a client can send (NUL, lone
 * surrogates): refusing those is the validation's job, which runs after this.
 */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const object = value as Record<string, unknown>;
    return `{${Object.keys(object)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${/password/i.test(key) ? '"(withheld)"' : stableJson(object[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
