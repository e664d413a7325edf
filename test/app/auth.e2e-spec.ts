import { JwtService } from '@nestjs/jwt';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { primaryTarget, TestDatabase } from '@app/testing';
import { SettableClock } from '@app/workflow';
import { createApiTestApp, TEST_JWT_SECRET, testConfig } from './api-test-app';

const PROBLEM_JSON = /application\/problem\+json/;

/** Signing in, the tokens it hands out, and what a token that is not ours gets. */
describe('authentication over HTTP', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  const login = (username: unknown, password: unknown) => request(app.getHttpServer()).post('/auth/login').send({ username, password });

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' }) });
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it('a demo user signs in and gets a bearer token that expires, and their account without any secret', async () => {
    const response = await login('official.yucun', 'huzhou-demo').expect(200);
    expect(response.body).toEqual({
      accessToken: expect.any(String),
      tokenType: 'Bearer',
      expiresIn: 8 * 3600,
      user: {
        userId: 'official.yucun',
        username: 'official.yucun',
        displayName: expect.any(String),
        roles: ['official'],
        orgUnitId: 'anji-tianhuangping-yucun',
        homeCountyId: 'anji',
      },
    });
    const claims = new JwtService({ secret: TEST_JWT_SECRET }).verify(response.body.accessToken);
    expect(claims.exp - claims.iat).toBe(8 * 3600);
    await request(app.getHttpServer()).get('/org-units/anji').set('Authorization', `Bearer ${response.body.accessToken}`).expect(200);
  });

  it('every demo user can sign in', async () => {
    for (const user of ['admin', 'inspector.wuxing', 'inspector.anji', 'official.anji', 'official.nanxun', 'official.yucun', 'auditor', 'viewer']) {
      await login(user, 'huzhou-demo').expect(200);
    }
  });

  it('keeps only argon2id hashes of passwords', async () => {
    const { rows } = await db.database.pool.query<{ password_hash: string }>('SELECT password_hash FROM auth_users');
    expect(rows.length).toBe(8);
    for (const { password_hash } of rows) {
      expect(password_hash).toMatch(/^\$argon2id\$/);
      expect(password_hash).not.toContain('huzhou-demo');
    }
  });

  it('a wrong password and an unknown user get the same 401', async () => {
    const wrong = await login('admin', 'not-the-password').expect(401);
    const unknown = await login('nobody', 'huzhou-demo').expect(401);
    expect(wrong.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect({ ...unknown.body, instance: undefined }).toEqual({ ...wrong.body, instance: undefined });
  });

  it('refuses a login body that is missing fields, has extra ones or the wrong types, with 400', async () => {
    await request(app.getHttpServer()).post('/auth/login').send({ username: 'admin' }).expect(400);
    await request(app.getHttpServer()).post('/auth/login').send({ username: 'admin', password: 'huzhou-demo', role: 'admin' }).expect(400);
    await login(42, 'huzhou-demo').expect(400);
  });

  it('refuses expired tokens, tokens signed with another key and unsigned ones with 401 INVALID_TOKEN', async () => {
    const claims = { sub: 'admin', username: 'admin', roles: ['admin'], orgUnitId: 'huzhou', homeCountyId: null };
    const expired = new JwtService({ secret: TEST_JWT_SECRET }).sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 60 });
    const forged = new JwtService({ secret: 'another-secret-of-at-least-thirty-two-chars' }).sign(claims);
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const unsigned = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    for (const token of [expired, forged, unsigned, 'not-a-token']) {
      const response = await request(app.getHttpServer()).get('/rounds').set('Authorization', `Bearer ${token}`).expect(401);
      expect(response.body.code).toBe('INVALID_TOKEN');
    }
    const missing = await request(app.getHttpServer()).get('/rounds').expect(401);
    expect(missing.body.code).toBe('UNAUTHENTICATED');
  });
});

describe('the login rate limit', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '3' }) });
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it('answers 429 problem+json once an address has tried too often, right password or not; other routes are not limited', async () => {
    await request(app.getHttpServer()).post('/auth/login').send({ username: 'admin', password: 'wrong' }).expect(401);
    await request(app.getHttpServer()).post('/auth/login').send({ username: 'admin', password: 'wrong' }).expect(401);
    const token = (await request(app.getHttpServer()).post('/auth/login').send({ username: 'admin', password: 'huzhou-demo' }).expect(200)).body.accessToken;
    const limited = await request(app.getHttpServer()).post('/auth/login').send({ username: 'admin', password: 'huzhou-demo' }).expect(429);
    expect(limited.headers['content-type']).toMatch(PROBLEM_JSON);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    for (let n = 0; n < 5; n += 1) await request(app.getHttpServer()).get('/rounds').set('Authorization', `Bearer ${token}`).expect(200);
  });
});

describe('the login limit per account', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  const clock = new SettableClock('2026-03-02T01:00:00.000Z');
  const FAILURES = 5;
  const WINDOW_SECONDS = 600;
  let address = 0;
  /** A sign-in from an address of its own, through a trusted proxy (the test client's loopback peer). */
  const loginFromNewAddress = (username: string, password: string) => {
    address += 1;
    return request(app.getHttpServer())
      .post('/auth/login')
      .set('X-Forwarded-For', `198.51.100.${address}`)
      .send({ username, password });
  };

  beforeAll(async () => {
    db = await primaryTarget().create();
    const config = testConfig({
      DEMO: 'true',
      LOGIN_RATE_LIMIT_PER_MINUTE: '3',
      LOGIN_FAILURES_PER_ACCOUNT: String(FAILURES),
      LOGIN_FAILURE_WINDOW_SECONDS: String(WINDOW_SECONDS),
      TRUST_PROXY: 'loopback',
    });
    app = await createApiTestApp(db.database, { config, clock });
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it('30 guesses at one account from 30 addresses: the first few get 401, the rest 429 ACCOUNT_RATE_LIMITED with Retry-After, right password or not', async () => {
    const statuses: number[] = [];
    for (let guess = 0; guess < 30; guess += 1) {
      const response = await loginFromNewAddress('official.anji', `guess-${guess}`);
      statuses.push(response.status);
      if (response.status === 429) {
        expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
        expect(response.body.code).toBe('ACCOUNT_RATE_LIMITED');
        expect(Number(response.headers['retry-after'])).toBe(WINDOW_SECONDS);
      }
    }
    expect(statuses).toEqual([...Array<number>(FAILURES).fill(401), ...Array<number>(30 - FAILURES).fill(429)]);
    expect((await loginFromNewAddress('official.anji', 'huzhou-demo').expect(429)).body.code).toBe('ACCOUNT_RATE_LIMITED');
    // Other accounts sign in as before.
    await loginFromNewAddress('official.nanxun', 'huzhou-demo').expect(200);
  });

  it('an unknown username is limited like a known one, so the limit does not tell which accounts exist', async () => {
    const statuses: number[] = [];
    for (let guess = 0; guess <= FAILURES; guess += 1) statuses.push((await loginFromNewAddress('nobody-here', `guess-${guess}`)).status);
    expect(statuses).toEqual([...Array<number>(FAILURES).fill(401), 429]);
  });

  it('the refusal ends with the window, Retry-After counting down to it, and a successful sign-in clears the count', async () => {
    clock.advance((WINDOW_SECONDS - 100) * 1000);
    expect(Number((await loginFromNewAddress('official.anji', 'huzhou-demo').expect(429)).headers['retry-after'])).toBe(100);
    clock.advance(100 * 1000);
    await loginFromNewAddress('official.anji', 'huzhou-demo').expect(200);
    for (let round = 0; round < 3; round += 1) {
      for (let guess = 1; guess < FAILURES; guess += 1) await loginFromNewAddress('official.anji', 'wrong').expect(401);
      await loginFromNewAddress('official.anji', 'huzhou-demo').expect(200);
    }
  });

  it('the address limit keys on the address the trusted proxy names, and on the socket address when the peer is not trusted', async () => {
    const from = (forwarded: string) => request(app.getHttpServer()).post('/auth/login').set('X-Forwarded-For', forwarded).send({ username: 'viewer', password: 'huzhou-demo' });
    for (let attempt = 0; attempt < 3; attempt += 1) await from('203.0.113.9').expect(200);
    expect((await from('203.0.113.9').expect(429)).body.code).toBe('RATE_LIMITED');
    await from('203.0.113.10').expect(200);

    const untrusting = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '3' }), clock });
    try {
      const spoofed = (forwarded: string) =>
        request(untrusting.getHttpServer()).post('/auth/login').set('X-Forwarded-For', forwarded).send({ username: 'viewer', password: 'huzhou-demo' });
      for (let attempt = 0; attempt < 3; attempt += 1) await spoofed(`192.0.2.${attempt}`).expect(200);
      expect((await spoofed('192.0.2.200').expect(429)).body.code).toBe('RATE_LIMITED');
    } finally {
      await untrusting.close();
    }
  });
});

describe('outside demo mode', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;

  beforeAll(async () => {
    db = await primaryTarget().create();
    app = await createApiTestApp(db.database, { config: testConfig({ DEMO: 'false' }) });
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
  });

  it('seeds no demo users and no demo org tree', async () => {
    await request(app.getHttpServer()).post('/auth/login').send({ username: 'admin', password: 'huzhou-demo' }).expect(401);
    expect(Number((await db.database.pool.query('SELECT count(*) AS n FROM auth_users')).rows[0].n)).toBe(0);
    expect(Number((await db.database.pool.query('SELECT count(*) AS n FROM es_events')).rows[0].n)).toBe(0);
  });
});
