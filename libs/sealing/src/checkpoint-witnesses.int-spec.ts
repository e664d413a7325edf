import { createHash, generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '@app/database';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore } from '@app/event-store';
import { databaseTargets, TestDatabase } from '@app/testing';
import { CheckpointLog } from './checkpoint-log';
import { CheckpointWitnesses, WITNESS_TREE_SIZE_HEADER, WitnessTarget } from './checkpoint-witnesses';
import { LogSealer } from './log-sealer';
import { sealStatus } from './seal-metrics';
import { SealedLog } from './sealed-log';
import { parseVerifierKey, signCheckpoint, signerFromPem } from './signed-checkpoint';
import { notesOfWitnessFile, WitnessFile } from './witness-file';

const ORIGIN = 'huzhou.supervision/audit';

/** A witness receiver on 127.0.0.1: records what it is sent, answers `status` (changed by the test). */
class Receiver {
  readonly received: Array<{ body: string; headers: IncomingHttpHeaders }> = [];
  status = 200;
  delayMs = 0;
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        setTimeout(() => {
          if (this.status >= 200 && this.status < 300) this.received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: request.headers });
          response.writeHead(this.status, { 'Content-Type': 'text/plain' }).end(this.status === 200 ? 'kept' : 'not now');
        }, this.delayMs);
      });
    });
    await new Promise<void>((listening) => this.server!.listen(0, '127.0.0.1', listening));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/checkpoints`;
  }

  async stop(): Promise<void> {
    await new Promise((closed) => this.server?.close(closed));
  }
}

// On both databases: the embedded one has a single connection, which the push must never hold over a send.
describe.each(databaseTargets().map((target) => [target.name, target] as const))('pushing checkpoints to witnesses (%s)', (_name, target) => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let sealer: LogSealer;
  let checkpoints: CheckpointLog;
  const receiver = new Receiver();
  const folder = mkdtempSync(join(tmpdir(), 'seal-witness-'));
  const file = join(folder, 'checkpoints.notes');
  let targets: WitnessTarget[];
  let now = new Date('2026-12-06T08:00:00.000Z');
  const signer = signerFromPem(ORIGIN, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  const refusals: Array<{ witness: string; treeSize: number }> = [];
  const failures: Array<{ witness: string; error: string }> = [];

  const witnesses = () =>
    new CheckpointWitnesses(db.database.pool, parseVerifierKey(checkpoints.verifierKey), ORIGIN, targets, () => now, {
      onRefused: (witness, treeSize) => refusals.push({ witness: witness.kind, treeSize }),
      onFailed: (witness, _treeSize, error) => failures.push({ witness: witness.kind, error }),
    });
  /** Appends `count` events, seals them and issues a checkpoint of the tree. */
  const grow = async (count: number) => {
    for (let n = 0; n < count; n++) await store.append(`case-${randomUUID()}`, [{ type: 'Step', data: { n } }]);
    await sealer.sealPending();
    return checkpoints.issue(now);
  };
  const issuedNotes = async () => (await checkpoints.list(1000)).reverse().map((checkpoint) => checkpoint.note);
  const fileNotes = () => notesOfWitnessFile(readFileSync(file));
  const witnessRow = async (kind: 'file' | 'webhook') =>
    (await db.database.pool.query('SELECT tree_size::int, attempts, last_error FROM seal_witnesses WHERE witness LIKE $1', [`${kind}:%`])).rows[0];

  beforeAll(async () => {
    db = await target.create();
    await migrate(db.database.pool, 'event-store', EVENT_STORE_MIGRATIONS);
    store = new PostgresEventStore(db.database.pool);
    sealer = await LogSealer.create(db.database.pool, () => now);
    checkpoints = new CheckpointLog(db.database.pool, new SealedLog(db.database.pool), signer, ORIGIN);
    targets = [
      { kind: 'file', path: file },
      { kind: 'webhook', url: await receiver.start() },
    ];
  });
  afterAll(async () => {
    await receiver.stop();
    await db?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('gives the file and the receiver every checkpoint, in tree-size order, each note exactly as signed', async () => {
    await grow(3);
    await grow(2);
    await grow(4);
    await witnesses().pushDue();
    const notes = await issuedNotes();
    expect(notes).toHaveLength(3);
    expect(fileNotes()).toEqual(notes);
    expect(receiver.received.map((request) => request.body)).toEqual(notes);
    expect(receiver.received.map((request) => request.headers[WITNESS_TREE_SIZE_HEADER.toLowerCase()])).toEqual(['3', '5', '9']);
    expect(receiver.received[0]!.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(await witnessRow('webhook')).toEqual({ tree_size: 9, attempts: 0, last_error: null });
  });

  it('tries a failing receiver again on a later round, after its backoff, and skips nothing meanwhile', async () => {
    receiver.status = 503;
    await grow(1);
    await grow(1);
    await witnesses().pushDue();
    expect(fileNotes()).toEqual(await issuedNotes());
    expect(receiver.received).toHaveLength(3);
    expect(await witnessRow('webhook')).toMatchObject({ tree_size: 9, attempts: 1, last_error: 'HTTP 503: not now' });
    expect(failures.at(-1)).toEqual({ witness: 'webhook', error: 'HTTP 503: not now' });

    receiver.status = 200;
    await witnesses().pushDue();
    expect(receiver.received).toHaveLength(3);
    now = new Date(now.getTime() + 5_000);
    await witnesses().pushDue();
    expect(receiver.received.map((request) => request.body)).toEqual(await issuedNotes());
    expect(await witnessRow('webhook')).toEqual({ tree_size: 11, attempts: 0, last_error: null });
  });

  it('after a restart goes on where it stopped, and writes no note twice that reached the file before the process died', async () => {
    const latest = await grow(2);
    // The last process appended the note and died before recording it.
    await new WitnessFile(file).append(latest.note);
    await witnesses().pushDue();
    const notes = await issuedNotes();
    expect(fileNotes()).toEqual(notes);
    expect(receiver.received.map((request) => request.body)).toEqual(notes);
  });

  it('counts what the file holds past its recorded progress (a database restored from before it): no note is appended again', async () => {
    const before = readFileSync(file, 'utf8');
    const latest = (await checkpoints.latest())!;
    await db.database.pool.query(`UPDATE seal_witnesses SET tree_size = 3, root_hash = (SELECT root_hash FROM seal_checkpoints WHERE tree_size = 3) WHERE witness LIKE 'file:%'`);
    await witnesses().pushDue();
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect((await witnessRow('file')).tree_size).toBe(latest.treeSize);
  });

  it('two processes pushing at once give each checkpoint once', async () => {
    await grow(1);
    await grow(1);
    receiver.delayMs = 100;
    await Promise.all([witnesses().pushDue(), witnesses().pushDue(), witnesses().pushDue()]);
    receiver.delayMs = 0;
    const notes = await issuedNotes();
    expect(fileNotes()).toEqual(notes);
    expect(receiver.received.map((request) => request.body)).toEqual(notes);
  });

  it('reports what each witness still lacks on the gauges', async () => {
    const status = await sealStatus(db.database.pool, targets);
    expect(status).toMatchObject({ treeSize: 15, lagEvents: 0, checkpoint: { treeSize: 15 } });
    expect([...status.witnessPending]).toEqual([
      ['file', 0],
      ['webhook', 0],
    ]);
    await store.append(`case-${randomUUID()}`, [{ type: 'Step', data: {} }]);
    expect((await sealStatus(db.database.pool, targets)).lagEvents).toBe(1);
    await sealer.sealPending();
  });

  it('pushes nothing over a rewritten log: a checkpoint signed over it does not extend what the witnesses hold', async () => {
    const before = { file: readFileSync(file, 'utf8'), received: receiver.received.length };
    // A superuser with the signing key changes an old event, rebuilds the seal and signs the new tree.
    await db.database.pool.query(
      `UPDATE es_events SET content_digest = $1 WHERE global_position = (SELECT global_position FROM es_events ORDER BY transaction_id, global_position OFFSET 1 LIMIT 1)`,
      [createHash('sha256').update('a quieter history').digest()],
    );
    await db.database.pool.query('TRUNCATE seal_leaves, seal_nodes, seal_state');
    await store.append(`case-${randomUUID()}`, [{ type: 'Step', data: {} }]);
    const tree = await sealer.sealPending();
    await db.database.pool.query('INSERT INTO seal_checkpoints (tree_size, root_hash, issued_at, note) VALUES ($1, $2, $3, $4)', [
      tree.treeSize,
      tree.rootHash,
      now,
      signCheckpoint({ origin: ORIGIN, treeSize: tree.treeSize, rootHash: tree.rootHash }, signer),
    ]);
    await witnesses().pushDue();
    const pusher = witnesses();
    for (let round = 0; round < 3; round++) {
      now = new Date(now.getTime() + 600_000);
      await pusher.pushDue();
    }
    expect(readFileSync(file, 'utf8')).toBe(before.file);
    expect(receiver.received).toHaveLength(before.received);
    expect((await witnessRow('webhook')).last_error).toMatch(/^refused: the checkpoint of 17 leaves does not extend the checkpoint of 15 leaves/);
    // Once per witness by the first pusher, once each by the second: never every round.
    expect(refusals).toEqual([
      { witness: 'file', treeSize: 17 },
      { witness: 'webhook', treeSize: 17 },
      { witness: 'file', treeSize: 17 },
      { witness: 'webhook', treeSize: 17 },
    ]);
    expect((await sealStatus(db.database.pool, targets)).witnessPending.get('webhook')).toBe(1);
  });

  it('pushes no checkpoint whose stored note was edited', async () => {
    await db.database.pool.query('DELETE FROM seal_checkpoints WHERE tree_size > 15');
    await db.database.pool.query('TRUNCATE seal_leaves, seal_nodes, seal_state, seal_witnesses');
    await db.database.pool.query('DELETE FROM es_events WHERE global_position = (SELECT max(global_position) FROM es_events)');
    const honest = new Date(now.getTime() + 600_000);
    now = honest;
    // A fresh witness would get every checkpoint from the first: the first note is edited.
    await db.database.pool.query(`UPDATE seal_checkpoints SET note = replace(note, E'\\n3\\n', E'\\n4\\n') WHERE tree_size = 3`);
    const fresh: WitnessTarget = { kind: 'file', path: join(folder, 'fresh.notes') };
    refusals.length = 0;
    await new CheckpointWitnesses(db.database.pool, parseVerifierKey(checkpoints.verifierKey), ORIGIN, [fresh], () => now, {
      onRefused: (witness, treeSize) => refusals.push({ witness: witness.kind, treeSize }),
    }).pushDue();
    expect(refusals).toEqual([{ witness: 'file', treeSize: 3 }]);
    expect(() => readFileSync(fresh.path)).toThrow(/ENOENT/);
  });
});
