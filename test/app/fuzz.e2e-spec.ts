import { NestExpressApplication } from '@nestjs/platform-express';
import fc from 'fast-check';
import request from 'supertest';
import { loadTestEnvironment } from '@app/config';
import { primaryTarget, TestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { createApiTestApp, testConfig } from './api-test-app';
import { countEvents, PROBLEM_JSON, signIn } from './demo-session';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** One route of the OpenAPI document. */
interface Operation {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The OpenAPI path, e.g. `/cases/{id}/assign`. */
  readonly path: string;
  readonly bodySchema: Json | undefined;
  readonly queryParameters: readonly Json[];
  /** Whether the OpenAPI document describes it. */
  readonly documented: boolean;
  /** The roles it is for (`x-roles`); undefined for any signed-in user or anyone. */
  readonly roles: readonly string[] | undefined;
}

/** A request the fuzzer sends. */
interface FuzzRequest {
  readonly url: string;
  readonly token: string;
  readonly body: { readonly kind: 'json'; readonly value: unknown } | { readonly kind: 'raw'; readonly contentType: string; readonly text: string } | { readonly kind: 'none' };
  readonly headers: Readonly<Record<string, string>>;
}

/** Percent-encoded for a URL; a lone surrogate (which cannot be encoded) becomes U+FFFD. */
const urlEncoded = (text: string): string => encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '\ufffd'));

const MUTATIONS = new Set(['post', 'put', 'patch', 'delete']);
/** Demo users, one or two of each role. */
const USERS = ['admin', 'inspector.wuxing', 'inspector.anji', 'official.anji', 'official.yucun', 'auditor', 'viewer'] as const;
const roleOf = (user: string): string => user.split('.')[0]!;
const DEFAULT_RUNS_PER_MUTATION = 100;
const RUNS_PER_READ = 12;

interface RouterLayer {
  readonly route?: { readonly path: string; readonly methods: Record<string, boolean> };
}

/**
 * Every route the app serves, read from its Express router (so a route added later is fuzzed
 * without a word here), with its body schema and query parameters from the OpenAPI document. The
 * Swagger UI's own routes are left out.
 */
function operationsOf(app: NestExpressApplication, document: Json): Operation[] {
  const router = (app.getHttpAdapter().getInstance() as { router: { stack: RouterLayer[] } }).router;
  const operations: Operation[] = [];
  for (const layer of router.stack) {
    if (layer.route === undefined || /^\/docs\b|^\/docs-/.test(layer.route.path)) continue;
    const path = layer.route.path.replace(/:(\w+)/g, '{$1}');
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      if (layer.route.methods[method] !== true) continue;
      const operation = (document.paths as Json)[path]?.[method] as Json | undefined;
      const bodySchema = operation?.requestBody?.content?.['application/json']?.schema as Json | undefined;
      const queryParameters = ((operation?.parameters ?? []) as Json[]).filter((parameter) => parameter.in === 'query');
      const roles = operation?.['x-roles'] as string[] | undefined;
      operations.push({ method, path, bodySchema, queryParameters, documented: operation !== undefined, roles });
    }
  }
  return operations;
}

/**
 * Property-based fuzzing of the whole HTTP API, over the routes of its own OpenAPI document:
 * every mutation with bodies built from its schema and then broken (fields dropped, nulled,
 * retyped, arrays for objects, deep nesting, huge and hostile strings), random JSON and malformed
 * text; path ids that exist, that do not and that are malformed; query strings; the
 * Idempotency-Key and If-Match headers; no token, a bad one and a token of every role. Reads get
 * their query parameters fuzzed the same way. Whatever is sent: no 5xx, every 4xx is
 * problem+json with a code, and a refused request appends nothing to the log.
 *
 * On a failure the report names the endpoint, the seed and the smallest request found; replay
 * with FUZZ_SEED=<seed> (and FUZZ_RUNS=<runs per endpoint> for a longer run).
 */
describe('fuzzing every endpoint', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  const tokens: Record<string, string> = {};
  const ids: string[] = [];
  const clock = new SettableClock('2026-03-02T01:00:00.000Z');
  const fuzz = loadTestEnvironment().fuzz;

  beforeAll(async () => {
    db = await primaryTarget().create();
    const config = testConfig({
      DEMO: 'true',
      LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
      LOGIN_FAILURES_PER_ACCOUNT: '10000',
    });
    app = await createApiTestApp(db.database, { config, clock });
    for (const user of USERS) tokens[user] = (await signIn(app, user)).authorization;
    const admin = (path: string, body: object = {}) => request(app.getHttpServer()).post(path).set('Authorization', tokens['admin']!).send(body);
    // Resources for the fuzzed ids to hit: a planned and a started round, tasks, a case at each early step.
    const plan = async (quarter: string) =>
      (
        await admin('/rounds', {
          kind: 'walk-see-compete',
          title: `2026年${quarter}走看赛`,
          period: `2026-${quarter}`,
          rubric: { items: [{ code: 'org', title: '组织建设', weight: 1, maxScore: 10 }] },
          scoringPolicy: { method: 'mean' },
          window: { opensOn: '2026-03-01', closesOn: '2026-12-31' },
        }).expect(201)
      ).body.id as string;
    const planned = await plan('Q2');
    const started = await plan('Q1');
    await admin(`/rounds/${started}/start`).expect(200);
    const task = (await admin(`/rounds/${started}/tasks`, { targetUnitId: 'anji', inspectorIds: ['inspector.wuxing'], dueWorkingDays: 5 }).expect(201)).body.id;
    const openCase = async (unit: string) =>
      (await admin('/cases', { title: '整改', description: '限期整改', severity: 'medium', responsibleUnitId: unit, dueWorkingDays: 10 }).expect(201)).body.id as string;
    const registered = await openCase('anji-tianhuangping');
    const assigned = await openCase('anji-tianhuangping-yucun');
    await admin(`/cases/${assigned}/assign`).expect(200);
    ids.push(planned, started, task, registered, assigned, 'anji', 'anji-tianhuangping-yucun', 'huzhou', 'inspector.wuxing', 'case-board');
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  /** Text that has broken servers: control characters, NUL, surrogates, RTL marks, format strings, huge numbers as text. */
  const hostileText = fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\ud800',
    '\u202e',
    '%s%n',
    '../../etc/passwd',
    "'; DROP TABLE es_events; --",
    '99999999999999999999',
    '-1',
    '1e309',
    'NaN',
    '2026-02-30',
    '0000-01-01T00:00:00Z',
    '+275760-09-13T00:00:00Z',
    '__proto__',
    'constructor',
    '湖州市安吉县天荒坪镇余村'.repeat(50),
    'x'.repeat(6000),
  );
  const anyText = fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 40 }) }, { weight: 2, arbitrary: hostileText }, { weight: 2, arbitrary: fc.constantFrom(...['anji', 'nanxun', 'huzhou', 'inspector.wuxing']) });
  const hostileNumber = fc.constantFrom(0, -1, 1.5, -0, 1e20, 2 ** 53, Number.MAX_VALUE, -Number.MAX_VALUE, 250, 251, 1e-300);
  const anyJson = fc.jsonValue({ maxDepth: 3 });
  /** JSON text nested past the limit, as text: the value itself would overflow whatever printed it. */
  const deepJson = fc
    .integer({ min: 30, max: 5000 })
    .map((depth) => ({ kind: 'raw' as const, contentType: 'application/json', text: `${'[{"a":'.repeat(depth / 2)}1${'}]'.repeat(depth / 2)}` }));

  /** A value of the schema (usually valid), with some fields broken. */
  function valueOf(schema: Json | undefined, document: Json, depth = 0): fc.Arbitrary<unknown> {
    if (schema === undefined || depth > 5) return anyJson;
    if (typeof schema.$ref === 'string') return valueOf(document.components.schemas[schema.$ref.split('/').pop()!], document, depth + 1);
    if (Array.isArray(schema.allOf) && schema.allOf.length > 0) return valueOf(schema.allOf[0], document, depth + 1);
    let valid: fc.Arbitrary<unknown>;
    if (Array.isArray(schema.enum)) valid = fc.constantFrom(...(schema.enum as unknown[]));
    else if (schema.type === 'string') {
      const samples = [schema.example, schema.format === 'date-time' ? '2026-03-03T01:00:00.000Z' : undefined].filter((sample) => typeof sample === 'string');
      valid = fc.oneof(anyText, fc.constantFrom('2026-03-03T01:00:00.000Z', '2026-04-01', ...ids, ...samples));
    } else if (schema.type === 'integer' || schema.type === 'number') {
      valid = fc.oneof(fc.integer({ min: 1, max: 30 }), fc.integer({ min: schema.minimum ?? -100, max: schema.maximum ?? 1000 }), hostileNumber);
    } else if (schema.type === 'boolean') valid = fc.boolean();
    else if (schema.type === 'array') valid = fc.array(valueOf(schema.items, document, depth + 1), { maxLength: 4 });
    else if (schema.type === 'object' || schema.properties !== undefined) {
      const properties = (schema.properties ?? {}) as Json;
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, property] of Object.entries(properties)) record[name] = valueOf(property as Json, document, depth + 1);
      const requiredKeys = ((schema.required ?? []) as string[]).filter((name) => name in record);
      valid = fc.record(record, { requiredKeys });
    } else valid = anyJson;
    // Now and then the value itself is broken: null, another type, an array of it, or nested far too deep.
    return fc.oneof(
      { weight: 40, arbitrary: valid },
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: anyJson },
      { weight: 1, arbitrary: valid.map((value) => [value]) },
      { weight: 1, arbitrary: fc.oneof(anyText, hostileNumber) },
    );
  }

  function bodyOf(operation: Operation, document: Json): fc.Arbitrary<FuzzRequest['body']> {
    const raw = fc.record({
      kind: fc.constant('raw' as const),
      contentType: fc.constantFrom('application/json', 'application/json; charset=utf-16', 'application/merge-patch+json', 'text/plain', 'application/x-www-form-urlencoded'),
      text: fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('{', '{"a":', '[1,]', 'null', '"text"', '{"a":1}{"b":2}', 'a[b][c][d][e][f][g]=1&a=2', '\u0000')),
    });
    return fc.oneof(
      { weight: 10, arbitrary: valueOf(operation.bodySchema, document).map((value) => ({ kind: 'json' as const, value })) },
      { weight: 2, arbitrary: anyJson.map((value) => ({ kind: 'json' as const, value })) },
      { weight: 1, arbitrary: deepJson },
      { weight: 2, arbitrary: raw },
      { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
    );
  }

  /** A path id: mostly one that exists (made in beforeAll), else unknown, hostile or malformed. */
  const pathId = (): fc.Arbitrary<string> => fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...ids).map(urlEncoded) },
    { weight: 2, arbitrary: fc.uuid().map(urlEncoded) },
    { weight: 2, arbitrary: anyText.filter((text) => text !== '').map(urlEncoded) },
    { weight: 1, arbitrary: fc.constantFrom('%E0%A4%A', '%', '%00', '..', '%2e%2e', '%2F', 'a%2Fb', '%ff%fe', 'x'.repeat(3000)) },
  );

  function queryOf(operation: Operation): fc.Arbitrary<string> {
    const names = operation.queryParameters.map((parameter) => parameter.name as string);
    const value = fc.oneof(anyText, hostileNumber.map(String), fc.integer({ min: -5, max: 600 }).map(String), fc.constantFrom('true', '2026-03-02T01:00:00Z', 'bm90LWEtY3Vyc29y', ...ids));
    const pair = fc.tuple(names.length > 0 ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: anyText }) : anyText, value);
    return fc.oneof(
      { weight: 4, arbitrary: fc.array(pair, { maxLength: 4 }).map((pairs) => pairs.map(([key, text]) => `${urlEncoded(key)}=${urlEncoded(text)}`).join('&')) },
      { weight: 1, arbitrary: fc.constantFrom('%', 'a=%E0%A4%A', 'limit=1&limit=2', 'a[b][c][d][e][f][g][h]=1', 'cursor[]=x', 'from[$gt]=1') },
    );
  }

  function requestOf(operation: Operation, document: Json): fc.Arbitrary<FuzzRequest> {
    const url = fc.tuple(fc.array(pathId(), { minLength: 4, maxLength: 4 }), queryOf(operation)).map(([segments, query]) => {
      let index = 0;
      const path = operation.path.replace(/\{[^}]+\}/g, () => segments[index++]!);
      return query === '' ? path : `${path}?${query}`;
    });
    // Mostly a user the route is for, so requests get past the role check into the handler.
    const allowed = USERS.filter((user) => operation.roles === undefined || operation.roles.includes(roleOf(user)));
    const token = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...allowed).map((user) => tokens[user]!) },
      { weight: 2, arbitrary: fc.constantFrom(...USERS).map((user) => tokens[user]!) },
      { weight: 1, arbitrary: fc.constantFrom('', 'Bearer', 'Bearer not-a-token', 'Basic YWRtaW46aHV6aG91LWRlbW8=', `Bearer ${'a'.repeat(5000)}`) },
    );
    const someHeaders = fc.record(
      {
        'Idempotency-Key': fc.oneof(fc.uuid(), fc.constantFrom('', ' ', 'k', 'x'.repeat(201), 'same-key'), fc.string({ maxLength: 20 })),
        'If-Match': fc.oneof(fc.nat({ max: 6 }).map((version) => `"${version}"`), fc.constantFrom('*', 'W/"1"', '"-1"', '"99999999999999999999"', '"1", "2"', 'garbage', '""', '"9007199254740993"')),
        'X-Correlation-Id': anyText,
      },
      { requiredKeys: [] },
    );
    const headers = fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 2, arbitrary: someHeaders });
    const body = operation.method === 'get' ? fc.constant({ kind: 'none' as const }) : bodyOf(operation, document);
    return fc.record({ url, token, body, headers });
  }

  async function send(operation: Operation, fuzzed: FuzzRequest): Promise<request.Response> {
    let call = request(app.getHttpServer())[operation.method](fuzzed.url);
    if (fuzzed.token !== '') call = call.set('Authorization', fuzzed.token);
    for (const [name, value] of Object.entries(fuzzed.headers)) {
      // Header values must be Latin-1 without control characters to be sent at all.
      if (/^[\u0020-\u007e\u00a0-\u00ff]*$/.test(value)) call = call.set(name, value);
    }
    if (fuzzed.body.kind === 'json') return call.set('Content-Type', 'application/json').send(JSON.stringify(fuzzed.body.value));
    if (fuzzed.body.kind === 'raw') return call.set('Content-Type', fuzzed.body.contentType).send(fuzzed.body.text);
    return call;
  }

  /** The property every answer holds; returns what is wrong with it, or undefined. */
  function wrongWith(response: request.Response, eventsBefore: number, eventsAfter: number): string | undefined {
    if (response.status >= 500) return `answered ${response.status}: ${JSON.stringify(response.body)}`;
    if (response.status < 400) return undefined;
    if (!PROBLEM_JSON.test(String(response.headers['content-type']))) return `answered ${response.status} as ${response.headers['content-type']}, not problem+json`;
    if (typeof response.body.code !== 'string' || response.body.status !== response.status) return `answered ${response.status} without a code: ${JSON.stringify(response.body)}`;
    if (eventsAfter !== eventsBefore) return `answered ${response.status} ${response.body.code} but the log grew from ${eventsBefore} to ${eventsAfter} events`;
    return undefined;
  }

  it('no request to any endpoint answers 5xx, every refusal is problem+json with a code, and a refused request appends nothing', async () => {
    const document = (await request(app.getHttpServer()).get('/docs-json').expect(200)).body as Json;
    const operations = operationsOf(app, document);
    // Every route the app serves is in its OpenAPI document, which gives the bodies their shape.
    expect(operations.filter((operation) => !operation.documented).map((operation) => `${operation.method} ${operation.path}`)).toEqual([]);
    expect(operations.map((operation) => `${operation.method} ${operation.path}`)).toEqual(
      expect.arrayContaining(['post /auth/login', 'post /cases', 'post /cases/{id}/split', 'post /rounds', 'post /tasks/{id}/scores', 'get /audit/verify']),
    );
    const seed = fuzz.seed ?? Date.now() % 2 ** 31;
    const failures: string[] = [];
    let sent = 0;
    for (const operation of operations) {
      const runs = MUTATIONS.has(operation.method) ? (fuzz.runsPerEndpoint ?? DEFAULT_RUNS_PER_MUTATION) : RUNS_PER_READ;
      const property = fc.asyncProperty(requestOf(operation, document), async (fuzzed) => {
        const before = await countEvents(db.database.pool);
        const response = await send(operation, fuzzed);
        sent += 1;
        const wrong = wrongWith(response, before, await countEvents(db.database.pool));
        if (wrong !== undefined) throw new Error(wrong);
      });
      const report = await fc.check(property, { seed, numRuns: runs, endOnFailure: false, maxSkipsPerRun: 100 });
      if (report.failed) {
        failures.push(
          `${operation.method.toUpperCase()} ${operation.path} (seed ${report.seed}, path "${report.counterexamplePath}"): ` +
            `${report.errorInstance instanceof Error ? report.errorInstance.message : String(report.errorInstance)}\n` +
            `  request: ${JSON.stringify(report.counterexample?.[0]).slice(0, 2000)}`,
        );
      }
    }
    if (failures.length > 0) process.stderr.write(`fuzz seed ${seed}; replay with FUZZ_SEED=${seed}\n${failures.join('\n')}\n`);
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(operations.length);
  }, 900_000);
});
