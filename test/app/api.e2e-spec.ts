import { ConsoleLogger, Controller, Get, HttpCode, Inject, Post, Body, Headers } from '@nestjs/common';
import { METHOD_METADATA, RESPONSE_PASSTHROUGH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { setTimeout as delay } from 'node:timers/promises';
import { Pool } from 'pg';
import request from 'supertest';
import { Public } from '@app/auth';
import { EVENT_STORE, PostgresEventStore } from '@app/event-store';
import { primaryTarget, serverTarget, TestDatabase } from '@app/testing';
import { DomainError, NotFoundError } from '@app/workflow';
import { operationIdOf } from '../../apps/api/src/openapi/openapi.setup';
import { createApiTestApp, testConfig } from './api-test-app';

class ProbeRequest {
  @IsString() @Length(1, 20) name!: string;
  @IsOptional() @IsInt() @Min(0) count?: number;
}

class ProbeRuleBroken extends DomainError {
  readonly code = 'PROBE_RULE_BROKEN';
  constructor() {
    super('Probes may not be closed twice', { probeId: 'p-1' });
  }
}

class ProbeNotFound extends NotFoundError {
  readonly code = 'PROBE_NOT_FOUND';
  constructor() {
    super('No probe has this id', { probeId: 'p-404' });
  }
}

/** Routes that exist only in this suite, to provoke each kind of failure through the real app. */
@Public()
@Controller('probe')
class ProbeController {
  constructor(@Inject(EVENT_STORE) private readonly store: PostgresEventStore) {}

  @Post('echo')
  echo(@Body() body: ProbeRequest): ProbeRequest {
    return body;
  }

  @Post('rule')
  rule(): never {
    throw new ProbeRuleBroken();
  }

  @Get('missing')
  missing(): never {
    throw new ProbeNotFound();
  }

  /** Appends to `probe-<stream>` at the version named by If-Match, else by the body, else at any version. */
  @Post('append')
  @HttpCode(200)
  async append(
    @Body() body: { stream: string; note: string; expectedVersion?: number },
    @Headers('if-match') ifMatch?: string,
  ): Promise<{ version: number }> {
    const expectedVersion = ifMatch === undefined ? (body.expectedVersion ?? 'any') : Number(ifMatch.replace(/"/g, ''));
    const result = await this.store.append(`probe-${body.stream}`, [{ type: 'ProbeNoted', data: { note: body.note } }], { expectedVersion });
    return { version: result.nextVersion };
  }

  @Get('fault')
  fault(): never {
    throw new Error('connection string postgres://admin:hunter2@db/prod leaked');
  }

  @Get('slow')
  async slow(): Promise<{ done: true }> {
    await delay(400);
    return { done: true };
  }
}

class CapturingLogger extends ConsoleLogger {
  readonly errors: { message: unknown; stack: unknown }[] = [];
  override error(message: unknown, stack?: unknown): void {
    this.errors.push({ message, stack });
  }
}

const PROBLEM_JSON = /^application\/problem\+json/;

interface DocumentedOperation {
  operationId: string;
  requestBody?: unknown;
  parameters?: Array<{ name: string; in: string }>;
  'x-public'?: boolean;
  responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, { schema?: { $ref?: string } }> }>;
}

/** The routes whose handler takes the response to set a header on it (`@Res({ passthrough: true })`), by operation id. */
function routesSettingHeaders(app: NestExpressApplication): Set<string> {
  const found = new Set<string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const { metatype } of module.controllers.values()) {
      if (typeof metatype !== 'function') continue;
      for (const name of Object.getOwnPropertyNames(metatype.prototype)) {
        const handler = (metatype.prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        if (Reflect.getMetadata(RESPONSE_PASSTHROUGH_METADATA, metatype, name) === true) found.add(operationIdOf(metatype.name, name));
      }
    }
  }
  return found;
}

/**
 * What the OpenAPI document leaves out, operation by operation: a success answer with a schema for
 * each media type (or a 204 without a body); 500 and 503 (an ops route 500 only), 401 unless public,
 * 400, 413 and 415 for a body, 422 for a mutation, 412 with If-Match where the route reads it, each
 * as a problem+json body; and ETag on the success of every JSON route that sets a header on its
 * response (the only header such a route sets is the stream version), never on another.
 */
function incompleteOperations(document: { paths: Record<string, Record<string, DocumentedOperation>> }, app: NestExpressApplication): string[] {
  const settingHeaders = routesSettingHeaders(app);
  const gaps: string[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    if (path.startsWith('/probe/')) continue; // this suite's own routes
    for (const [method, operation] of Object.entries(methods)) {
      const route = `${method.toUpperCase()} ${path}`;
      const successes = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
      if (successes.length === 0) gaps.push(`${route}: no success answer`);
      for (const [status, response] of successes) {
        if (response.content === undefined && status !== '204') gaps.push(`${route}: ${status} without a body schema (and not 204)`);
        for (const [media, { schema }] of Object.entries(response.content ?? {})) if (schema === undefined) gaps.push(`${route}: ${status} ${media} without a schema`);
        const json = response.content?.['application/json'] !== undefined;
        const etag = response.headers?.['ETag'] !== undefined;
        if (json && settingHeaders.has(operation.operationId) && !etag) gaps.push(`${route}: sets ETag, ${status} does not document it`);
        if (etag && !settingHeaders.has(operation.operationId)) gaps.push(`${route}: ${status} documents an ETag the route never sets`);
      }
      const ops = path.startsWith('/health') || path === '/metrics';
      const expected = ['500', ...(ops ? [] : ['503'])];
      if (operation['x-public'] !== true) expected.push('401');
      if (operation.requestBody !== undefined) expected.push('400', '413', '415');
      if (method !== 'get' && operation['x-public'] !== true) expected.push('422');
      if ((operation.parameters ?? []).some((parameter) => parameter.in === 'header' && parameter.name === 'If-Match')) expected.push('400', '412');
      for (const status of expected) if (operation.responses[status] === undefined) gaps.push(`${route}: no ${status}`);
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) < 400) continue;
        const schema = response.content?.['application/problem+json']?.schema?.$ref;
        if (schema !== '#/components/schemas/ProblemDetails' || Object.keys(response.content ?? {}).length !== 1) gaps.push(`${route}: ${status} is not a problem+json ProblemDetails`);
      }
    }
  }
  return gaps;
}

describe('API app (in-process, real database)', () => {
  let testDatabase: TestDatabase;
  let app: NestExpressApplication;
  const logger = new CapturingLogger({ logLevels: ['error', 'fatal'] });

  beforeAll(async () => {
    testDatabase = await primaryTarget().create();
    app = await createApiTestApp(testDatabase.database, {
      config: testConfig({ MAX_EVENT_BYTES: '1024' }),
      controllers: [ProbeController],
      logger,
    });
  });

  afterAll(async () => {
    await app?.close();
    await testDatabase?.dispose();
  });

  const http = () => request(app.getHttpServer());

  it('GET /health answers 200 with the database up and its mode, and every reader of the log up within its bound', async () => {
    const response = await http().get('/health').expect(200);
    expect(response.body).toEqual({
      status: 'ok',
      info: {
        database: { status: 'up', mode: testDatabase.database.mode },
        calendar: expect.objectContaining({ status: expect.stringMatching(/^(up|warn)$/) }),
        readers: {
          status: 'up',
          boundSeconds: 30,
          readers: [
            expect.objectContaining({ name: 'county-ranking', kind: 'projector', state: 'running', status: 'up', lagEvents: 0 }),
            expect.objectContaining({ name: 'case-lineage', kind: 'process-manager', state: 'stopped', status: 'up', lagEvents: 0 }),
            expect.objectContaining({ name: 'cadre-adjustment', kind: 'process-manager', state: 'stopped', status: 'up', lagEvents: 0 }),
            expect.objectContaining({ name: 'duty-review-follow-up', kind: 'process-manager', state: 'stopped', status: 'up', lagEvents: 0 }),
          ],
        },
      },
    });
  });

  it('GET /health/live answers 200 without asking the database', async () => {
    const response = await http().get('/health/live').expect(200);
    expect(response.body).toMatchObject({ status: 'ok' });
  });

  it('GET /docs-json is an OpenAPI 3 document with bearer auth and the ops routes; /docs serves the UI', async () => {
    const { body } = await http().get('/docs-json').expect(200);
    expect(body.openapi).toMatch(/^3\./);
    expect(body.info.title).toBe('Supervision engine API');
    expect(body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/health', '/health/live', '/metrics', '/auth/login']));
    expect(body.components.schemas.ProblemDetails).toBeDefined();
    const operations = Object.entries(body.paths as Record<string, Record<string, Record<string, any>>>).flatMap(([path, methods]) => // eslint-disable-line @typescript-eslint/no-explicit-any
      Object.entries(methods).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, method, operation })),
    );
    expect(operations.map((entry) => entry.route)).toEqual(expect.arrayContaining(['POST /cases/{id}/split', 'GET /cases/{id}/chain', 'GET /audit/events']));
    for (const { route, method, operation } of operations) {
      expect([route, operation.description]).toEqual([route, expect.stringMatching(/^(Anyone, no token needed\.|Any signed-in user\.|Roles: [a-z, ]+\.)/)]);
      if (operation['x-public'] === true) continue;
      expect([route, Object.keys(operation.responses)]).toEqual([route, expect.arrayContaining(['401'])]);
      if (operation['x-roles'] !== undefined) expect([route, operation.responses['403']?.description]).toEqual([route, expect.stringContaining('ROLE_FORBIDDEN')]);
      if (method !== 'get') expect([route, operation.parameters.map((parameter: { name: string }) => parameter.name)]).toEqual([route, expect.arrayContaining(['Idempotency-Key'])]);
    }
    expect(incompleteOperations(body, app)).toEqual([]);
    // Readable operation ids, one per operation (what generated clients name their calls by).
    const ids = operations.map(({ operation }) => operation.operationId as string);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^[a-z][A-Za-z]+$/.test(id))).toEqual([]);
    expect([body.paths['/cases'].get.operationId, body.paths['/users'].post.operationId, body.paths['/auth/login'].post.operationId]).toEqual(['casesBoard', 'usersOpen', 'authLogin']);
    expect(body.paths['/cases/{id}/approve-extension'].post.description).toMatch(/^Roles: admin\./);
    expect(body.paths['/audit/verify'].get.description).toMatch(/^Roles: auditor, admin\./);
    const ui = await http().get('/docs').expect(200);
    expect(ui.headers['content-type']).toMatch(/text\/html/);
  });

  it('an unknown route answers 404 problem+json with code NOT_FOUND', async () => {
    const response = await http().get('/no/such/route').set('X-Request-Id', 'route-lookup-1').expect(404);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body).toEqual({
      type: 'https://supervision.example/problems/not-found',
      title: 'Not Found',
      status: 404,
      detail: 'Cannot GET /no/such/route',
      code: 'NOT_FOUND',
      instance: 'urn:request:route-lookup-1',
    });
  });

  it('a malformed JSON body answers 400 problem+json with code MALFORMED_JSON', async () => {
    const response = await http().post('/probe/echo').set('Content-Type', 'application/json').send('{"name": "x",').expect(400);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body).toMatchObject({ status: 400, code: 'MALFORMED_JSON', title: 'Bad Request' });
  });

  it('a body over the limit answers 413 problem+json with code PAYLOAD_TOO_LARGE', async () => {
    const response = await http().post('/probe/echo').send({ name: 'x'.repeat(300 * 1024) }).expect(413);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('a body that fails validation answers 400 VALIDATION_FAILED listing every field problem, unknown fields included', async () => {
    const response = await http().post('/probe/echo').send({ name: '', count: -1, admin: true }).expect(400);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    const fields = (response.body.errors as { field: string }[]).map((error) => error.field).sort();
    expect([...new Set(fields)]).toEqual(['admin', 'count', 'name']);
  });

  it('a valid body reaches the route as its DTO', async () => {
    await http().post('/probe/echo').send({ name: 'ok', count: 2 }).expect(201, { name: 'ok', count: 2 });
  });

  it('a DomainError answers 409 with its code, rule and details; a NotFoundError 404', async () => {
    const conflict = await http().post('/probe/rule').expect(409);
    expect(conflict.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(conflict.body).toEqual({
      type: 'https://supervision.example/problems/probe-rule-broken',
      title: 'Conflict',
      status: 409,
      detail: 'Probes may not be closed twice',
      code: 'PROBE_RULE_BROKEN',
      details: { probeId: 'p-1' },
      instance: `urn:request:${conflict.headers['x-request-id']}`,
    });
    const missing = await http().get('/probe/missing').expect(404);
    expect(missing.body).toMatchObject({ code: 'PROBE_NOT_FOUND', details: { probeId: 'p-404' } });
  });

  it('a stale If-Match against the real store answers 412 WRONG_EXPECTED_VERSION; without If-Match a conflict is 409', async () => {
    await http().post('/probe/append').set('If-Match', '"0"').send({ stream: 'a', note: 'first' }).expect(200, { version: 1 });
    const stale = await http().post('/probe/append').set('If-Match', '"0"').send({ stream: 'a', note: 'late' }).expect(412);
    expect(stale.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(stale.body).toMatchObject({
      status: 412,
      code: 'WRONG_EXPECTED_VERSION',
      details: { streamId: 'probe-a', expectedVersion: 0, actualVersion: 1 },
    });
    const conflict = await http().post('/probe/append').send({ stream: 'a', note: 'racing', expectedVersion: 0 }).expect(409);
    expect(conflict.body).toMatchObject({ status: 409, code: 'WRONG_EXPECTED_VERSION', title: 'Conflict' });
  });

  it('bad input to the store answers 400 with its code, an oversized event 413 EVENT_TOO_LARGE', async () => {
    const badStream = await http().post('/probe/append').send({ stream: 'x'.repeat(1000), note: 'x' });
    expect(badStream.status).toBe(400);
    expect(badStream.body.code).toBe('INVALID_STREAM_ID');
    const tooLarge = await http().post('/probe/append').send({ stream: 'big', note: 'x'.repeat(2000) }).expect(413);
    expect(tooLarge.body).toMatchObject({ code: 'EVENT_TOO_LARGE', details: { limit: 1024 } });
  });

  it('an unexpected error answers a generic 500 INTERNAL_ERROR and is logged with its stack, never shown', async () => {
    const response = await http().get('/probe/fault').expect(500);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.body).toMatchObject({ status: 500, code: 'INTERNAL_ERROR' });
    expect(JSON.stringify(response.body)).not.toMatch(/hunter2|at .*\.ts/);
    const logged = logger.errors.find((entry) => JSON.stringify(entry.message).includes('hunter2'));
    expect(logged?.stack).toEqual(expect.stringContaining('ProbeController.fault'));
  });

  it('a protected route without a token answers 401 problem+json with WWW-Authenticate', async () => {
    const response = await http().get('/rounds').expect(401);
    expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(response.body.code).toBe('UNAUTHENTICATED');
  });

  it('GET /metrics exposes process metrics and HTTP requests by method, route and status', async () => {
    await http().get('/health/live').expect(200);
    const response = await http().get('/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(response.text).toMatch(/^http_requests_total\{method="GET",route="\/health\/live",status="200"\} [1-9]/m);
    expect(response.text).toMatch(/^http_requests_total\{method="GET",route="\(unmatched\)",status="404"\} [1-9]/m);
    expect(response.text).toMatch(/^http_requests_total\{method="POST",route="\(unmatched\)",status="413"\} [1-9]/m);
    expect(response.text).toMatch(/^http_request_duration_seconds_bucket\{le="0.005",method="GET",route="\/health",status="200"\} \d/m);
  });

  it('GET /metrics reports each process manager’s checkpoint and lag as it reports the projectors’', async () => {
    const response = await http().get('/metrics').expect(200);
    expect(response.text).toMatch(/^projection_lag_events\{projection="county-ranking",kind="async"\} 0$/m);
    expect(response.text).toMatch(/^process_manager_checkpoint_position\{process_manager="case-lineage"\} \d+$/m);
    expect(response.text).toMatch(/^process_manager_lag_events\{process_manager="case-lineage"\} 0$/m);
    expect(response.text).toMatch(/^process_manager_lag_seconds\{process_manager="case-lineage"\} 0$/m);
    expect(response.text).toMatch(/^process_manager_running\{process_manager="case-lineage"\} 0$/m);
  });
});

describe('API app shutdown', () => {
  let testDatabase: TestDatabase;

  beforeAll(async () => {
    testDatabase = await primaryTarget().create();
  });

  afterAll(async () => {
    await testDatabase?.dispose();
  });

  it('closing the app lets an in-flight request finish, then stops the server without waiting on idle keep-alive connections', async () => {
    const app = await createApiTestApp(testDatabase.database, { controllers: [ProbeController] });
    await app.listen(0);
    const port = (app.getHttpServer().address() as { port: number }).port;
    const inFlight = fetch(`http://127.0.0.1:${port}/probe/slow`);
    await delay(100);
    let closed = false;
    const closing = app.close().then(() => (closed = true));
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ done: true });
    const drainedAt = Date.now();
    await closing;
    expect(closed).toBe(true);
    expect(Date.now() - drainedAt).toBeLessThan(1000);
    await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
  });

  const onServer = serverTarget() === undefined ? it.skip : it;

  onServer('GET /health answers 503 problem+json NOT_READY when the database does not answer', async () => {
    // Its own pool on the suite's database, so ending it takes the database away from this app only.
    const pool = new Pool({ connectionString: testDatabase.url, max: 2 });
    const app = await createApiTestApp({ pool, mode: 'server', close: async () => undefined }, { logger: false });
    try {
      await request(app.getHttpServer()).get('/health').expect(200);
      await pool.end();
      const response = await request(app.getHttpServer()).get('/health').expect(503);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body).toMatchObject({
        status: 503,
        code: 'NOT_READY',
        details: { database: { status: 'down', mode: 'server' } },
      });
      await request(app.getHttpServer()).get('/health/live').expect(200);
    } finally {
      await app.close();
    }
  });
});
