import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { AppConfig } from '@app/config';
import { signCheckpoint, signerFromPem } from '@app/sealing';
import { primaryTarget, TestDatabase } from '@app/testing';
import { createApiTestApp, testConfig } from './api-test-app';
import { OpenApiConformance } from './openapi-conformance';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ORIGIN = 'huzhou.supervision/audit';

/**
 * The API refuses to serve a checkpoint it cannot vouch for, whatever a superuser did to the
 * tables: one whose stored note does not open with the verifier key or states another tree, and
 * one that is not one history with the largest checkpoint already published (served by this
 * process, or last in the witness file the auditor keeps, read at start). Every refusal is a
 * documented 409.
 */
describe('the sealed audit log refuses to serve a checkpoint it cannot vouch for', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  let conformance: OpenApiConformance;
  let config: AppConfig;
  const folder = mkdtempSync(join(tmpdir(), 'seal-guard-'));
  const keyFile = join(folder, 'seal.pem');
  const witnessFile = join(folder, 'checkpoints.notes');
  const tokens: Record<string, string> = {};
  let first: Body;
  let second: Body;

  const start = async () => {
    app = await createApiTestApp(db.database, { config });
    for (const user of ['admin', 'auditor']) {
      tokens[user] = (await request(app.getHttpServer()).post('/auth/login').send({ username: user, password: 'huzhou-demo' }).expect(200)).body.accessToken;
    }
  };
  /** A request as `user`, its answer held to the OpenAPI document. */
  const send = async (user: string, method: 'get' | 'post', url: string) => {
    const response = await request(app.getHttpServer())[method](url).set('Authorization', `Bearer ${tokens[user]}`);
    expect(conformance.problemsOf(method, url, response)).toEqual([]);
    return response;
  };
  const refusalOf = async (url: string) => {
    const response = await send('auditor', 'get', url);
    expect(response.status).toBe(409);
    return response.body as Body;
  };
  const sql = (text: string, values: unknown[] = []) => db.database.pool.query(text, values);
  const newCase = () =>
    request(app.getHttpServer())
      .post('/cases')
      .set('Authorization', `Bearer ${tokens['admin']}`)
      .send({ title: '存证检查的整改事项', description: '让日志增长', severity: 'low', responsibleUnitId: 'anji', dueWorkingDays: 5 })
      .expect(201);

  beforeAll(async () => {
    writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
    db = await primaryTarget().create();
    config = testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '100', SEAL_SIGNING_KEY_FILE: keyFile, SEAL_ORIGIN: ORIGIN, SEAL_WITNESS_FILE: witnessFile });
    await start();
    conformance = new OpenApiConformance((await request(app.getHttpServer()).get('/docs-json').expect(200)).body);
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('serves a checkpoint that opens with the verifier key, and counts it as published', async () => {
    first = (await send('admin', 'post', '/audit/checkpoints')).body;
    expect((await send('auditor', 'get', '/audit/checkpoints/latest')).body).toEqual(first);
    expect((await send('auditor', 'get', '/audit/checkpoints')).body.items).toEqual([first]);
  });

  it('refuses a stored checkpoint whose row names another root than its note, or whose note another key signed', async () => {
    await sql('UPDATE seal_checkpoints SET root_hash = sha256(root_hash) WHERE tree_size = $1', [first.treeSize]);
    expect(await refusalOf('/audit/checkpoints/latest')).toMatchObject({ code: 'CHECKPOINT_SIGNATURE_INVALID', details: { treeSize: first.treeSize } });
    expect((await refusalOf('/audit/checkpoints')).code).toBe('CHECKPOINT_SIGNATURE_INVALID');
    await sql('UPDATE seal_checkpoints SET root_hash = $2 WHERE tree_size = $1', [first.treeSize, Buffer.from(first.rootHash, 'base64')]);

    const stranger = signerFromPem(ORIGIN, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    const root = Buffer.alloc(32, 1);
    await sql('INSERT INTO seal_checkpoints (tree_size, root_hash, issued_at, note) VALUES ($1, $2, now(), $3)', [
      first.treeSize + 1000,
      root,
      signCheckpoint({ origin: ORIGIN, treeSize: first.treeSize + 1000, rootHash: root }, stranger),
    ]);
    expect((await refusalOf('/audit/checkpoints/latest')).code).toBe('CHECKPOINT_SIGNATURE_INVALID');
    await sql('DELETE FROM seal_checkpoints WHERE tree_size = $1', [first.treeSize + 1000]);
    expect((await send('auditor', 'get', '/audit/checkpoints/latest')).body).toEqual(first);
  });

  it('after a restart counts the witness file’s last note as published: a later checkpoint is refused while the stored subtrees cannot prove it extends that one', async () => {
    // What the witness push leaves in the auditor's file (the suite's app runs no timers, so it pushes nothing itself).
    writeFileSync(witnessFile, `${first.note}\n`);
    await newCase();
    second = (await send('admin', 'post', '/audit/checkpoints')).body;
    expect(second.treeSize).toBeGreaterThan(first.treeSize);
    await app.close();
    // Then the stored subtrees are tampered with, and the API starts again.
    await sql('CREATE TABLE seal_nodes_saved AS SELECT * FROM seal_nodes');
    await sql('UPDATE seal_nodes SET hash = sha256(hash)');
    await start();
    expect(await refusalOf('/audit/checkpoints/latest')).toMatchObject({
      code: 'TREE_INCONSISTENT_WITH_CHECKPOINT',
      details: { published: first.treeSize, treeSize: second.treeSize },
    });
    expect((await refusalOf('/audit/checkpoints')).code).toBe('TREE_INCONSISTENT_WITH_CHECKPOINT');
    await sql('TRUNCATE seal_nodes');
    await sql('INSERT INTO seal_nodes SELECT * FROM seal_nodes_saved');
    expect((await send('auditor', 'get', '/audit/checkpoints/latest')).body).toEqual(second);
    expect((await send('auditor', 'get', '/audit/checkpoints')).body.items).toEqual([second, first]);
  });

  it('refuses a checkpoint signed with the right key over a rewritten log: it is not one history with the one already served', async () => {
    await sql(`UPDATE es_events SET content_digest = sha256(content_digest) WHERE global_position = (SELECT min(global_position) FROM es_events)`);
    await sql('TRUNCATE seal_leaves, seal_nodes, seal_state');
    await newCase();
    expect((await send('admin', 'post', '/audit/checkpoints')).status).toBe(409);
    // Someone holding the key signs the rewritten tree and stores it beside the honest checkpoints.
    const { rows } = await sql('SELECT tree_size, root_hash FROM seal_state');
    const treeSize = Number(rows[0].tree_size);
    const signer = signerFromPem(ORIGIN, readFileSync(keyFile, 'utf8'));
    await sql('INSERT INTO seal_checkpoints (tree_size, root_hash, issued_at, note) VALUES ($1, $2, now(), $3)', [
      treeSize,
      rows[0].root_hash,
      signCheckpoint({ origin: ORIGIN, treeSize, rootHash: rows[0].root_hash }, signer),
    ]);
    expect(await refusalOf('/audit/checkpoints/latest')).toMatchObject({ code: 'TREE_INCONSISTENT_WITH_CHECKPOINT', details: { published: second.treeSize, treeSize } });
    expect((await refusalOf('/audit/checkpoints')).code).toBe('TREE_INCONSISTENT_WITH_CHECKPOINT');
  });

  it('reports the seal on /metrics', async () => {
    const metrics = (await request(app.getHttpServer()).get('/metrics').expect(200)).text;
    const sample = (series: string) => Number(metrics.split('\n').find((line) => line.startsWith(`${series} `))?.split(' ')[1]);
    expect(sample('seal_tree_size')).toBeGreaterThan(second.treeSize);
    expect(sample('seal_lag_events')).toBe(0);
    expect(sample('seal_checkpoint_tree_size')).toBe(sample('seal_tree_size'));
    expect(sample('seal_checkpoint_age_seconds')).toBeGreaterThanOrEqual(0);
    // Nothing was pushed: the witness lacks every checkpoint.
    expect(sample('seal_witness_pending_checkpoints{witness="file"}')).toBe(3);
  });
});
