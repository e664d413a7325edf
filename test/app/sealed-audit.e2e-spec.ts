import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { primaryTarget, TestDatabase } from '@app/testing';
import { createApiTestApp, testConfig } from './api-test-app';
import { consistencyHolds, eventLeafHash, openNote, rootFromInclusion } from './support/independent-tlog-verifier';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The sealed audit log over HTTP, checked by a verifier written from the documented formats that
 * shares no code with the server: signed checkpoints, inclusion proofs of events against them,
 * consistency between two of them, and the refusal to sign over a rewritten log.
 */
describe('the sealed audit log: checkpoints and proofs an auditor checks independently', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  const folder = mkdtempSync(join(tmpdir(), 'seal-key-'));
  const tokens: Record<string, string> = {};
  const as = (user: string) => ({
    get: (path: string) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${tokens[user]}`),
    post: (path: string, body: object = {}) => request(app.getHttpServer()).post(path).set('Authorization', `Bearer ${tokens[user]}`).send(body),
  });
  let first: Body;
  let second: Body;

  /** An event row as an auditor with a database export reads it. */
  async function rowAt(position: number) {
    const { rows } = await db.database.pool.query(
      `SELECT global_position, transaction_id::text AS transaction_id, stream_id, stream_version, event_id::text AS event_id, content_digest, chain_hash, recorded_at
         FROM es_events WHERE global_position = $1`,
      [position],
    );
    const row = rows[0];
    return {
      position: Number(row.global_position),
      transactionId: row.transaction_id,
      streamId: row.stream_id,
      version: Number(row.stream_version),
      eventId: row.event_id,
      contentDigest: row.content_digest,
      chainHash: row.chain_hash,
      recordedAt: row.recorded_at,
    };
  }

  beforeAll(async () => {
    const keyFile = join(folder, 'seal.pem');
    writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
    db = await primaryTarget().create();
    const config = testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '100', SEAL_SIGNING_KEY_FILE: keyFile, SEAL_ORIGIN: 'huzhou.supervision/audit' });
    app = await createApiTestApp(db.database, { config });
    for (const user of ['admin', 'auditor', 'viewer']) {
      tokens[user] = (await request(app.getHttpServer()).post('/auth/login').send({ username: user, password: 'huzhou-demo' }).expect(200)).body.accessToken;
    }
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('has no checkpoint until one is issued; then one signed over every event, which the verifier key opens', async () => {
    expect((await as('auditor').get('/audit/checkpoints/latest').expect(404)).body.code).toBe('NO_CHECKPOINT');
    first = (await as('auditor').post('/audit/checkpoints').expect(200)).body;
    const { rows } = await db.database.pool.query<{ n: string }>('SELECT count(*) AS n FROM es_events');
    expect(first).toMatchObject({ origin: 'huzhou.supervision/audit', treeSize: Number(rows[0]!.n) });
    const opened = openNote(first.note, first.verifierKey);
    expect(opened).toEqual({ origin: 'huzhou.supervision/audit', size: first.treeSize, root: Buffer.from(first.rootHash, 'base64') });
    expect(openNote(first.note.replace(`\n${first.treeSize}\n`, `\n${first.treeSize - 1}\n`), first.verifierKey)).toBeNull();
    expect((await as('auditor').get('/audit/checkpoints/latest').expect(200)).body).toEqual(first);
    await as('viewer').get('/audit/checkpoints/latest').expect(403);
  });

  it('every event sampled proves its place in the checkpoint, from a leaf the auditor recomputes from the row', async () => {
    const root = Buffer.from(first.rootHash, 'base64');
    const { rows } = await db.database.pool.query<{ global_position: string }>('SELECT global_position FROM es_events ORDER BY global_position');
    const positions = [rows[0], rows[Math.floor(rows.length / 2)], rows[rows.length - 1]].map((row) => Number(row!.global_position));
    for (const position of positions) {
      const answer = (await as('auditor').get(`/audit/proofs/inclusion?position=${position}&treeSize=${first.treeSize}`).expect(200)).body;
      const leafHash = eventLeafHash(await rowAt(position));
      expect(answer.leafHash).toBe(leafHash.toString('base64'));
      expect(rootFromInclusion(answer.leafIndex, first.treeSize, leafHash, answer.proof.map((hash: string) => Buffer.from(hash, 'base64')))).toEqual(root);
      // Another leaf index with the same path leads elsewhere.
      expect(rootFromInclusion((answer.leafIndex + 1) % first.treeSize, first.treeSize, leafHash, answer.proof.map((hash: string) => Buffer.from(hash, 'base64')))).not.toEqual(root);
    }
  });

  it('a later checkpoint proves itself an extension of the earlier one', async () => {
    await as('admin').post('/cases', { title: '新的整改事项', description: '用于检查点的增长', severity: 'low', responsibleUnitId: 'anji', dueWorkingDays: 5 }).expect(201);
    second = (await as('admin').post('/audit/checkpoints').expect(200)).body;
    expect(second.treeSize).toBeGreaterThan(first.treeSize);
    const answer = (await as('auditor').get(`/audit/proofs/consistency?from=${first.treeSize}&to=${second.treeSize}`).expect(200)).body;
    const proof = answer.proof.map((hash: string) => Buffer.from(hash, 'base64'));
    expect(consistencyHolds(first.treeSize, second.treeSize, Buffer.from(first.rootHash, 'base64'), Buffer.from(second.rootHash, 'base64'), proof)).toBe(true);
    expect(consistencyHolds(first.treeSize, second.treeSize, Buffer.from(second.rootHash, 'base64'), Buffer.from(second.rootHash, 'base64'), proof)).toBe(false);
    const listed = (await as('auditor').get('/audit/checkpoints?limit=1').expect(200)).body;
    expect(listed.items.map((item: Body) => item.treeSize)).toEqual([second.treeSize]);
    const rest = (await as('auditor').get(`/audit/checkpoints?limit=1&cursor=${encodeURIComponent(listed.nextCursor)}`).expect(200)).body;
    expect(rest.items.map((item: Body) => item.treeSize)).toEqual([first.treeSize]);
  });

  it('refuses what it cannot prove, in words, changing nothing', async () => {
    expect((await as('auditor').get('/audit/proofs/inclusion?position=999999999').expect(404)).body.code).toBe('EVENT_NOT_SEALED');
    expect((await as('auditor').get(`/audit/proofs/inclusion?position=1&treeSize=${second.treeSize + 100}`).expect(400)).body.code).toBe('TREE_NOT_SEALED');
    expect((await as('auditor').get(`/audit/proofs/consistency?from=${second.treeSize}&to=${first.treeSize}`).expect(400)).body.code).toBe('INVALID_RANGE');
    await as('auditor').get('/audit/proofs/inclusion?position=abc').expect(400);
    await as('auditor').get('/audit/proofs/consistency?from=1').expect(400);
    await as('auditor').get('/audit/checkpoints?cursor=bm90LWEtY3Vyc29y').expect(400);
  });

  it('will not sign over a rewritten log: an old event changed and the seal rebuilt to match is refused with 409', async () => {
    await db.database.pool.query(`UPDATE es_events SET data = '{"title":"改写"}'::jsonb WHERE global_position = (SELECT min(global_position) FROM es_events)`);
    await db.database.pool.query(`UPDATE es_events SET content_digest = sha256(content_digest) WHERE global_position = (SELECT min(global_position) FROM es_events)`);
    await db.database.pool.query('TRUNCATE seal_leaves, seal_nodes, seal_state');
    const refused = (await as('admin').post('/audit/checkpoints').expect(409)).body;
    expect(refused.code).toBe('TREE_INCONSISTENT_WITH_CHECKPOINT');
    expect((await as('auditor').get('/audit/checkpoints/latest').expect(200)).body.treeSize).toBe(second.treeSize);
  });
});
