import { JwtService } from '@nestjs/jwt';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { primaryTarget, TestDatabase } from '@app/testing';
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
    for (let n = 0; n < 5; n += 1) await request(app.getHttpServer()).get('/rounds').set('Authorization', `Bearer ${token}`).expect(200);
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
