import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { chainStep, digestOfStored, genesisHash } from '@app/event-store';
import { primaryTarget, TestDatabase } from '@app/testing';
import { verifyExportCommand, verifyInclusionCommand } from '../../apps/api/src/offline-verification';
import { createApiTestApp, testConfig } from './api-test-app';

type Body = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * What a superuser can do to the log behind the engine's back, each tried on a server with a
 * checkpoint taken before it: `/audit/verify` must see it and name the place, and so must the
 * offline check of an export taken after it. Between attacks the log is put back as it was (and
 * verifies again), so each attack meets the same log.
 */
describe('the sealed log catches what the hash chains miss', () => {
  let db: TestDatabase;
  let app: NestExpressApplication;
  const folder = mkdtempSync(join(tmpdir(), 'seal-tamper-'));
  let token: string;
  let checkpoint: Body;
  let keyFile: string;
  const sql = (text: string, values: unknown[] = []) => db.database.pool.query(text, values);
  const get = (path: string) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);

  async function verify(): Promise<Body> {
    return (await get('/audit/verify').expect(200)).body;
  }

  /** The whole trail exported over HTTP and checked offline against the checkpoint, as an auditor would. */
  async function offline(format: 'jsonl' | 'csv'): Promise<Body> {
    const file = join(folder, `trail.${format}`);
    const exported = await get(`/audit/events/export?format=${format}`).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(exported.status).toBe(200);
    writeFileSync(file, exported.body as Buffer);
    const outcome = await verifyExportCommand(['--trail', file, '--checkpoint', join(folder, 'checkpoint.json'), '--key', keyFile]);
    return { code: outcome.code, ...(JSON.parse(outcome.output) as Body) };
  }

  /** Events with their place in the sealed tree. */
  async function events(where = 'true'): Promise<Array<{ position: number; streamId: string; version: number; leafIndex: number }>> {
    const { rows } = await sql(
      `SELECT e.global_position, e.stream_id, e.stream_version, l.leaf_index FROM es_events e JOIN seal_leaves l ON l.position = e.global_position
        WHERE ${where} ORDER BY l.leaf_index`,
    );
    return rows.map((row) => ({ position: Number(row.global_position), streamId: row.stream_id, version: Number(row.stream_version), leafIndex: Number(row.leaf_index) }));
  }

  /** A stream of several events, all inside the checkpoint, other than `besides`. */
  async function streamWithEvents(least: number, besides: string[] = []): Promise<string> {
    const { rows } = await sql(
      `SELECT e.stream_id FROM es_events e JOIN seal_leaves l ON l.position = e.global_position
        WHERE l.leaf_index < $1 AND NOT (e.stream_id = ANY ($3::text[]))
        GROUP BY e.stream_id HAVING count(*) >= $2 ORDER BY min(l.leaf_index) LIMIT 1`,
      [checkpoint.treeSize, least, besides],
    );
    return rows[0]!.stream_id as string;
  }

  beforeAll(async () => {
    keyFile = join(folder, 'seal.pem');
    writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
    db = await primaryTarget().create();
    const config = testConfig({ DEMO: 'true', LOGIN_RATE_LIMIT_PER_MINUTE: '100', SEAL_SIGNING_KEY_FILE: keyFile, SEAL_ORIGIN: 'huzhou.supervision/audit' });
    app = await createApiTestApp(db.database, { config });
    token = (await request(app.getHttpServer()).post('/auth/login').send({ username: 'admin', password: 'huzhou-demo' }).expect(200)).body.accessToken;
    checkpoint = (await request(app.getHttpServer()).post('/audit/checkpoints').set('Authorization', `Bearer ${token}`).expect(200)).body;
    // The auditor keeps the checkpoint, and the verifier key from the start-up log, outside the database.
    writeFileSync(join(folder, 'checkpoint.json'), JSON.stringify(checkpoint));
    keyFile = join(folder, 'verifier-key.txt');
    writeFileSync(keyFile, checkpoint.verifierKey);
    await sql('CREATE TABLE tamper_saved_events AS SELECT * FROM es_events; CREATE TABLE tamper_saved_streams AS SELECT * FROM es_streams');
  });

  afterEach(async () => {
    await sql(`DELETE FROM es_events; INSERT INTO es_events OVERRIDING SYSTEM VALUE SELECT * FROM tamper_saved_events;
               DELETE FROM es_streams; INSERT INTO es_streams SELECT * FROM tamper_saved_streams`);
    expect(await verify()).toMatchObject({ ok: true, seal: { ok: true } });
  });

  afterAll(async () => {
    await app?.close();
    await db?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('given the log as sealed, then the chains, the seal and both exports verify against the checkpoint', async () => {
    const report = await verify();
    expect(report).toMatchObject({ ok: true, seal: { ok: true, against: 'checkpoint', treeSize: checkpoint.treeSize, rootHash: checkpoint.rootHash, recomputedRoot: checkpoint.rootHash } });
    expect(await offline('jsonl')).toMatchObject({ code: 0, ok: true, checkpoint: { treeSize: checkpoint.treeSize, matches: true } });
    expect(await offline('csv')).toMatchObject({ code: 0, ok: true, events: checkpoint.treeSize });
  });

  it('when the last event of a stream is deleted, then the chains still hold but the seal names its leaf and position', async () => {
    const stream = await streamWithEvents(2);
    const [last] = (await events(`e.stream_id = '${stream}'`)).slice(-1);
    await sql('DELETE FROM es_events WHERE global_position = $1', [last!.position]);
    const report = await verify();
    expect(report.firstBroken).toBeUndefined();
    expect(report).toMatchObject({ ok: false, seal: { ok: false, firstDivergentLeaf: { leafIndex: last!.leafIndex, sealedPosition: last!.position } } });
    expect(await offline('jsonl')).toMatchObject({ code: 3, ok: false });
  });

  it('when a whole stream is deleted, then the seal names its first event', async () => {
    const stream = await streamWithEvents(2);
    const [first] = await events(`e.stream_id = '${stream}'`);
    await sql('DELETE FROM es_events WHERE stream_id = $1', [stream]);
    await sql('DELETE FROM es_streams WHERE stream_id = $1', [stream]);
    const report = await verify();
    expect(report.firstBroken).toBeUndefined();
    expect(report.seal).toMatchObject({ ok: false, firstDivergentLeaf: { leafIndex: first!.leafIndex, sealedPosition: first!.position } });
    const exported = await offline('csv');
    expect(exported).toMatchObject({ code: 3, ok: false });
    expect(exported.problems[0]).toMatchObject({ kind: 'leaf-order', leafIndex: first!.leafIndex });
  });

  it('when two events of different streams swap global positions, then the seal names the first of them', async () => {
    // Neighbours in the log, so each stream's events stay in position order and the chains see nothing.
    const all = (await events()).filter((event) => event.leafIndex < checkpoint.treeSize).sort((x, y) => x.position - y.position);
    const at = all.findIndex((event, index) => index > 0 && event.streamId !== all[index - 1]!.streamId && event.position === all[index - 1]!.position + 1);
    const [a, b] = [all[at - 1], all[at]];
    // Positions are generated always: a superuser deletes the two rows and puts them back with each other's.
    await sql(`CREATE TEMP TABLE swapped AS SELECT * FROM es_events WHERE global_position IN (${a!.position}, ${b!.position});
               DELETE FROM es_events WHERE global_position IN (${a!.position}, ${b!.position});
               UPDATE swapped SET global_position = CASE global_position WHEN ${a!.position} THEN ${b!.position} ELSE ${a!.position} END;
               INSERT INTO es_events OVERRIDING SYSTEM VALUE SELECT * FROM swapped; DROP TABLE swapped`);
    const report = await verify();
    expect(report.firstBroken).toBeUndefined();
    expect(report.seal.ok).toBe(false);
    expect([a!.leafIndex, b!.leafIndex]).toContain(report.seal.firstDivergentLeaf.leafIndex);
    expect([a!.position, b!.position]).toContain(report.seal.firstDivergentLeaf.sealedPosition);
    expect(await offline('jsonl')).toMatchObject({ code: 3, ok: false });
  });

  it('when an event’s transaction is changed, then the seal names it', async () => {
    const [target] = (await events()).filter((event) => event.leafIndex === Math.floor(checkpoint.treeSize / 2));
    // The order key of the event after it, so its place in the order is (almost) kept and only the leaf tells.
    await sql(`UPDATE es_events SET transaction_id = (SELECT (transaction_id::text::bigint + 1)::text::xid8 FROM es_events WHERE global_position = $1) WHERE global_position = $1`, [
      target!.position,
    ]);
    const report = await verify();
    expect(report.firstBroken).toBeUndefined();
    expect(report.seal).toMatchObject({ ok: false });
    const named = report.seal.firstDivergentLeaf;
    expect(named.leafIndex).toBeLessThanOrEqual(target!.leafIndex);
    expect([named.sealedPosition, named.position]).toContain(target!.position);
    expect(await offline('jsonl')).toMatchObject({ code: 3, ok: false });
  });

  it('when a superuser rewrites an event and recomputes every digest and chain after it, then the chains hold and only the seal tells, naming the leaf', async () => {
    const stream = await streamWithEvents(3);
    const rows = (await sql(`SELECT * FROM es_events WHERE stream_id = $1 ORDER BY stream_version`, [stream])).rows;
    let chain = genesisHash(stream);
    for (const row of rows) {
      const data = Number(row.stream_version) === 2 ? { ...row.data, rewritten: '整改已完成' } : row.data;
      const digest = digestOfStored(row.event_type, row.schema_version, data, row.metadata);
      chain = chainStep(chain, digest, Number(row.stream_version), row.event_id, BigInt(new Date(row.recorded_at).getTime()) * 1000n);
      await sql('UPDATE es_events SET data = $2, content_digest = $3, chain_hash = $4 WHERE global_position = $1', [row.global_position, data, digest, chain]);
    }
    await sql('UPDATE es_streams SET last_hash = $2 WHERE stream_id = $1', [stream, chain]);
    const [, second] = await events(`e.stream_id = '${stream}'`);
    const report = await verify();
    expect(report.firstBroken).toBeUndefined();
    expect(report.seal).toMatchObject({ ok: false, firstDivergentLeaf: { leafIndex: second!.leafIndex, sealedPosition: second!.position, position: second!.position } });
    const exported = await offline('jsonl');
    expect(exported).toMatchObject({ code: 3, ok: false });
    expect(exported.problems.map((problem: Body) => problem.kind)).toEqual(['root']);
  });

  it('when the rewrite also rebuilds the stored tree, then the divergence is still placed between checkpoints', async () => {
    const stream = await streamWithEvents(2);
    await sql(`UPDATE es_events SET data = data || '{"rewritten":true}'::jsonb WHERE stream_id = $1 AND stream_version = 1`, [stream]);
    const [row] = (await sql(`SELECT * FROM es_events WHERE stream_id = $1 AND stream_version = 1`, [stream])).rows;
    const digest = digestOfStored(row.event_type, row.schema_version, row.data, row.metadata);
    const chain = chainStep(genesisHash(stream), digest, 1, row.event_id, BigInt(new Date(row.recorded_at).getTime()) * 1000n);
    await sql('UPDATE es_events SET content_digest = $2, chain_hash = $3 WHERE global_position = $1', [row.global_position, digest, chain]);
    await sql('TRUNCATE seal_leaves, seal_nodes, seal_state');
    // The engine reseals from scratch and refuses to sign the new tree.
    expect((await request(app.getHttpServer()).post('/audit/checkpoints').set('Authorization', `Bearer ${token}`).expect(409)).body.code).toBe('TREE_INCONSISTENT_WITH_CHECKPOINT');
    const report = await verify();
    expect(report.seal).toMatchObject({ ok: false, divergentRange: { fromLeaf: 0, toLeaf: checkpoint.treeSize - 1 } });
    expect(report.seal.firstDivergentLeaf).toBeUndefined();
    // Put the stored tree back as it was sealed, for the attacks after this one.
    await sql('TRUNCATE seal_leaves, seal_nodes, seal_state');
    await sql(`DELETE FROM es_events; INSERT INTO es_events OVERRIDING SYSTEM VALUE SELECT * FROM tamper_saved_events`);
    await request(app.getHttpServer()).post('/audit/checkpoints').set('Authorization', `Bearer ${token}`).expect(200);
  });

  it('when a middle event is edited, deleted, or two of a stream are reordered, then the chains name it and the seal agrees', async () => {
    const stream = await streamWithEvents(3);
    const [first, second] = await events(`e.stream_id = '${stream}'`);
    await sql(`UPDATE es_events SET data = data || '{"edited":true}'::jsonb WHERE global_position = $1`, [second!.position]);
    let report = await verify();
    expect(report).toMatchObject({ ok: false, firstBroken: { position: second!.position, reason: 'content' }, seal: { ok: false, firstDivergentLeaf: { leafIndex: second!.leafIndex } } });
    await sql(`DELETE FROM es_events; INSERT INTO es_events OVERRIDING SYSTEM VALUE SELECT * FROM tamper_saved_events`);

    await sql('DELETE FROM es_events WHERE global_position = $1', [second!.position]);
    report = await verify();
    expect(report).toMatchObject({ ok: false, firstBroken: { reason: 'missing-predecessor', streamId: stream, version: 3 }, seal: { firstDivergentLeaf: { leafIndex: second!.leafIndex, sealedPosition: second!.position } } });
    await sql(`DELETE FROM es_events; INSERT INTO es_events OVERRIDING SYSTEM VALUE SELECT * FROM tamper_saved_events`);

    await sql(`UPDATE es_events SET stream_version = -stream_version WHERE global_position IN ($1, $2)`, [first!.position, second!.position]);
    await sql(`UPDATE es_events SET stream_version = CASE stream_version WHEN -1 THEN 2 ELSE 1 END WHERE global_position IN ($1, $2)`, [first!.position, second!.position]);
    report = await verify();
    expect(report).toMatchObject({ ok: false, firstBroken: { position: first!.position }, seal: { firstDivergentLeaf: { leafIndex: first!.leafIndex } } });
  });

  it('checks one exported event’s inclusion proof offline, and refuses it once the event is changed', async () => {
    const [target] = (await events()).filter((event) => event.leafIndex === 3);
    const exported = (await get(`/audit/events/export?format=jsonl&stream=${encodeURIComponent(target!.streamId)}`).expect(200)).text;
    const line = exported.split('\n').find((text) => text !== '' && (JSON.parse(text) as Body).position === target!.position)!;
    const proof = (await get(`/audit/proofs/inclusion?position=${target!.position}&treeSize=${checkpoint.treeSize}`).expect(200)).body;
    writeFileSync(join(folder, 'event.json'), line);
    writeFileSync(join(folder, 'proof.json'), JSON.stringify(proof));
    const args = ['--event', join(folder, 'event.json'), '--proof', join(folder, 'proof.json'), '--checkpoint', join(folder, 'checkpoint.json'), '--key', keyFile];
    expect(verifyInclusionCommand(args)).toMatchObject({ code: 0 });
    const changed = JSON.parse(line) as Body;
    writeFileSync(join(folder, 'event.json'), JSON.stringify({ ...changed, recordedAtMicros: String(BigInt(changed.recordedAtMicros) + 1000n) }));
    const refused = verifyInclusionCommand(args);
    expect(refused.code).toBe(3);
    expect(JSON.parse(refused.output).problems).toEqual(['the proof does not lead from the event’s leaf to the checkpoint’s root']);
    // A key that did not sign the checkpoint is refused before anything is checked.
    expect(verifyInclusionCommand([...args.slice(0, 6), '--key', 'huzhou.supervision/audit+00000000+AQ' + 'A'.repeat(42) + '='])).toMatchObject({ code: 1 });
  });
});
