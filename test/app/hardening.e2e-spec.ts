import { once } from 'node:events';
import type { Server } from 'node:http';
import { AddressInfo, connect } from 'node:net';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { primaryTarget, TestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { createApiTestApp, testConfig } from './api-test-app';
import { countEvents, PROBLEM_JSON, signIn } from './demo-session';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** JSON text of arrays and objects nested `depth` levels deep. */
function nestedJson(depth: number): string {
  return `${'{"a":['.repeat(depth / 2)}1${']}'.repeat(depth / 2)}`;
}

/** Sends `raw` bytes to the listening `server` and reads the whole answer until the server closes the connection. */
async function rawExchange(server: Server, raw: string): Promise<{ status: number; headers: string; body: string }> {
  if (!server.listening) {
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
  }
  const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  socket.on('error', () => undefined); // the server may close while the rest of the request is still being sent
  socket.write(raw);
  await once(socket, 'close');
  const text = Buffer.concat(chunks).toString('utf8');
  const [head = '', body = ''] = text.split('\r\n\r\n');
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), headers: head, body };
}

/**
 * What every response carries whatever the route (security headers, no caching), the Swagger UI
 * working under the content security policy, requests that used to crash the app (a body nested
 * thousands deep, `null` or an array where an object belongs), and a 403 that names nothing.
 */
describe('HTTP hardening', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let admin: string;
  let officialNanxun: string;
  let anjiCase: string;
  const clock = new SettableClock('2026-03-02T01:00:00.000Z');

  const server = () => app.getHttpServer();

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '100' }), clock });
    admin = (await signIn(app, 'admin')).authorization;
    officialNanxun = (await signIn(app, 'official.nanxun')).authorization;
    anjiCase = (
      await request(server())
        .post('/cases')
        .set('Authorization', admin)
        .send({ title: '黄杜村茶园道路整治', description: '限期整改', severity: 'low', responsibleUnitId: 'anji-xilong', dueWorkingDays: 5 })
        .expect(201)
    ).body.id;
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it('every response carries the standard security headers, refusals and public routes included, and no X-Powered-By', async () => {
    const responses = {
      health: await request(server()).get('/health').expect(200),
      signedIn: await request(server()).get('/rounds').set('Authorization', admin).expect(200),
      noToken: await request(server()).get('/rounds').expect(401),
      unknownRoute: await request(server()).get('/no-such-route').expect(404),
      malformedBody: await request(server()).post('/auth/login').set('Content-Type', 'application/json').send('{"username":').expect(400),
      docs: await request(server()).get('/docs').expect(200),
    };
    for (const [label, response] of Object.entries(responses)) {
      const headers = response.headers;
      expect([label, headers['content-security-policy']]).toEqual([label, expect.stringContaining("default-src 'self'")]);
      expect(headers['content-security-policy']).toContain("script-src 'self'");
      expect(headers['content-security-policy']).toContain("object-src 'none'");
      expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['x-powered-by']).toBeUndefined();
    }
  });

  it('authenticated JSON, the login answer with its token and error answers are never stored by a cache', async () => {
    const responses = {
      list: await request(server()).get('/rounds').set('Authorization', admin).expect(200),
      oneCase: await request(server()).get(`/cases/${anjiCase}`).set('Authorization', admin).expect(200),
      login: await request(server()).post('/auth/login').send({ username: 'viewer', password: 'huzhou-demo' }).expect(200),
      noToken: await request(server()).get('/cases').expect(401),
      outOfScope: await request(server()).get(`/cases/${anjiCase}`).set('Authorization', officialNanxun).expect(403),
    };
    for (const [label, response] of Object.entries(responses)) expect([label, response.headers['cache-control']]).toEqual([label, 'no-store']);
  });

  it('the Swagger UI at /docs still works under the policy: no inline script, and every script and stylesheet it loads is served from this origin', async () => {
    const page = await request(server()).get('/docs').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const html = page.text;
    const policy = page.headers['content-security-policy'] as string;
    expect(policy).toMatch(/style-src [^;]*'unsafe-inline'/); // the page's own <style> blocks
    expect(policy).toMatch(/img-src [^;]*data:/); // the UI's icons
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].filter((match) => match[1]!.trim() !== '');
    expect(inlineScripts).toEqual([]);
    const assets = [...html.matchAll(/<script[^>]*\bsrc=["']([^"']+)["']/g), ...html.matchAll(/<link[^>]*rel=["']stylesheet["'][^>]*href=["']([^"']+)["']|<link[^>]*href=["']([^"']+)["'][^>]*rel=["']stylesheet["']/g)]
      .map((match) => match[1] ?? match[2]!)
      .map((source) => new URL(source, 'http://api.test/docs').pathname);
    expect(assets).toEqual(expect.arrayContaining(['/docs/swagger-ui-bundle.js', '/docs/swagger-ui-init.js', '/docs/swagger-ui.css']));
    for (const asset of assets) {
      const served = await request(server()).get(asset);
      expect([asset, served.status]).toEqual([asset, 200]);
      expect(served.headers['content-type']).toMatch(asset.endsWith('.css') ? /^text\/css/ : /javascript/);
    }
    const init = (await request(server()).get('/docs/swagger-ui-init.js').expect(200)).text;
    expect(init).toContain('SwaggerUIBundle');
    await request(server()).get('/docs-json').expect(200);
  });

  it('a body nested 3,000 levels deep is 400 BODY_TOO_DEEP on any route, before a token is asked for, and the app goes on serving', async () => {
    const before = await countEvents(db.database.pool);
    for (const [path, authorization] of [
      ['/auth/login', undefined],
      ['/cases', undefined],
      ['/cases', admin],
      [`/cases/${anjiCase}/urge`, admin],
      ['/rounds', admin],
    ] as const) {
      let call = request(server()).post(path).set('Content-Type', 'application/json');
      if (authorization !== undefined) call = call.set('Authorization', authorization);
      const response = await call.send(nestedJson(3000));
      expect([path, response.status, response.body.code]).toEqual([path, 400, 'BODY_TOO_DEEP']);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
    }
    const shallow = await request(server()).post('/auth/login').set('Content-Type', 'application/json').send(nestedJson(32));
    expect(shallow.body.code).toBe('VALIDATION_FAILED'); // within the limit: refused for its content, not its depth
    expect(await countEvents(db.database.pool)).toBe(before);
    await request(server()).get('/health').expect(200);
  });

  it('a request Node refuses before the app sees it (a path over the 16 KB head limit, a request line that is not HTTP) is a problem+json answer, and the app goes on serving', async () => {
    // The fuzz suite's seed 1349100885 found this: a path parameter of repeated, percent-encoded
    // Chinese longer than the head limit got a bare 431 from Node's parser.
    const longPath = `/cases/${encodeURIComponent('整改'.repeat(1100))}`;
    const tooLong = await rawExchange(server(), `GET ${longPath} HTTP/1.1\r\nHost: localhost\r\nAuthorization: ${admin}\r\n\r\n`);
    expect(tooLong.status).toBe(431);
    expect(tooLong.headers).toMatch(/^Content-Type: application\/problem\+json/im);
    expect(tooLong.headers).toMatch(/^Cache-Control: no-store/im);
    expect(JSON.parse(tooLong.body)).toMatchObject({ status: 431, code: 'REQUEST_HEADER_FIELDS_TOO_LARGE', title: 'Request Header Fields Too Large' });

    const notHttp = await rawExchange(server(), 'HELLO THERE\r\n\r\n');
    expect(notHttp.status).toBe(400);
    expect(JSON.parse(notHttp.body)).toMatchObject({ status: 400, code: 'MALFORMED_REQUEST' });

    await request(server()).get('/health').expect(200);
  });

  it('null where a field or an object belongs, and an array where one object belongs, are 400 VALIDATION_FAILED naming the field, and append nothing', async () => {
    const before = await countEvents(db.database.pool);
    const direct = { title: '道路整治', description: '限期整改', severity: 'low', responsibleUnitId: 'anji-xilong', dueWorkingDays: 5 };
    const round = {
      kind: 'major-inspection',
      title: '大督查',
      period: '2026-Q2',
      rubric: { items: [{ code: 'a', title: 'A', weight: 1, maxScore: 10 }] },
      scoringPolicy: { method: 'mean' },
      window: { opensOn: '2026-04-01', closesOn: '2026-06-30' },
    };
    const refused: Array<[string, object, string]> = [
      ['/cases', { ...direct, finding: null }, 'finding'],
      ['/cases', { ...direct, finding: [] }, 'finding'],
      ['/cases', { ...direct, finding: [{ taskId: 't', findingId: 'f' }] }, 'finding'],
      ['/cases', { ...direct, title: null }, 'title'],
      ['/rounds', { ...round, rubric: [] }, 'rubric'],
      ['/rounds', { ...round, scoringPolicy: [{ method: 'mean' }] }, 'scoringPolicy'],
      ['/rounds', { ...round, window: [] }, 'window'],
      ['/rounds', { ...round, theme: null }, 'theme'],
      ['/rounds', { ...round, scoringPolicy: { method: 'mean', deductions: null } }, 'scoringPolicy.deductions'],
      ['/rounds', { ...round, rubric: { items: [[{ code: 'a', title: 'A', weight: 1, maxScore: 10 }]] } }, 'rubric.items.0'],
      [`/cases/${anjiCase}/urge`, { message: null }, 'message'],
      [`/cases/${anjiCase}/split`, { children: [null] }, 'children.0'],
    ];
    for (const [path, body, field] of refused) {
      const response = await request(server()).post(path).set('Authorization', admin).send(body);
      expect([path, field, response.status, response.body.code]).toEqual([path, field, 400, 'VALIDATION_FAILED']);
      expect(response.body.errors.map((error: Body) => error.field)).toContain(field);
    }
    const arrayBody = await request(server()).post('/cases').set('Authorization', admin).send([direct]);
    expect([arrayBody.status, arrayBody.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await countEvents(db.database.pool)).toBe(before);
  });

  it('a command whose fields are all optional still takes no body at all', async () => {
    await request(server()).post(`/cases/${anjiCase}/assign`).set('Authorization', admin).expect(200);
    await request(server()).post(`/cases/${anjiCase}/urge`).set('Authorization', admin).expect(200);
  });

  it('a 403 about another unit’s case or lists says nothing about it: no unit, no details', async () => {
    for (const path of [`/cases/${anjiCase}`, `/cases/${anjiCase}/chain`, '/org-units/anji/lists']) {
      const refused = await request(server()).get(path).set('Authorization', officialNanxun).expect(403);
      expect(refused.body).toEqual({
        type: 'https://supervision.example/problems/out-of-scope',
        title: 'Forbidden',
        status: 403,
        detail: 'An official acts on and reads only its own unit and the units below it',
        code: 'OUT_OF_SCOPE',
        instance: `urn:request:${refused.headers['x-request-id']}`,
      });
    }
    const act = await request(server()).post(`/cases/${anjiCase}/sign`).set('Authorization', officialNanxun).expect(403);
    expect(act.body.code).toBe('OUT_OF_SCOPE');
    expect(JSON.stringify(act.body)).not.toMatch(/anji/);
  });
});
