import { createHash, generateKeyPairSync } from 'node:crypto';
import { randomUUID } from 'node:crypto';
import { migrate } from '@app/database';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore } from '@app/event-store';
import { databaseTargets, TestDatabase } from '@app/testing';
import { CheckpointLog, InconsistentWithPublishedCheckpoint } from './checkpoint-log';
import { LogSealer } from './log-sealer';
import { SealedLog } from './sealed-log';
import { openCheckpoint, parseVerifierKey, signerFromPem } from './signed-checkpoint';

// On both databases: the embedded one has a single connection, which a transaction must not wait on.
describe.each(databaseTargets().map((target) => [target.name, target] as const))('signed checkpoints of the sealed log (%s)', (_name, target) => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let sealer: LogSealer;
  let checkpoints: CheckpointLog;
  let now = new Date('2026-12-06T08:00:00.000Z');
  beforeAll(() => {
    now = new Date('2026-12-06T08:00:00.000Z');
  });
  const { privateKey } = generateKeyPairSync('ed25519');
  const signer = signerFromPem('huzhou.supervision/audit', privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  const appendSome = async (count: number) => {
    for (let n = 0; n < count; n++) await store.append(`case-${randomUUID()}`, [{ type: 'Step', data: { n } }]);
  };

  beforeAll(async () => {
    db = await target.create();
    await migrate(db.database.pool, 'event-store', EVENT_STORE_MIGRATIONS);
    store = new PostgresEventStore(db.database.pool);
    sealer = await LogSealer.create(db.database.pool, () => now);
    checkpoints = new CheckpointLog(db.database.pool, new SealedLog(db.database.pool), signer, 'huzhou.supervision/audit');
  });
  afterAll(async () => db?.dispose());

  it('issues nothing for an empty tree, then a signed note of the sealed tree that the verifier key opens', async () => {
    expect(await checkpoints.issueIfDue(now, { everySeconds: 60, everyEvents: 100 })).toBeNull();
    await appendSome(5);
    const tree = await sealer.sealPending();
    const first = await checkpoints.issueIfDue(now, { everySeconds: 60, everyEvents: 100 });
    expect(first).toMatchObject({ treeSize: 5, rootHash: tree.rootHash, issuedAt: now });
    expect(openCheckpoint(first!.note, parseVerifierKey(checkpoints.verifierKey))).toEqual({ origin: 'huzhou.supervision/audit', treeSize: 5, rootHash: tree.rootHash });
  });

  it('issues the next one after the interval or the number of events, whichever comes first', async () => {
    await appendSome(2);
    await sealer.sealPending();
    expect(await checkpoints.issueIfDue(now, { everySeconds: 60, everyEvents: 100 })).toBeNull();
    expect(await checkpoints.issueIfDue(now, { everySeconds: 60, everyEvents: 2 })).toMatchObject({ treeSize: 7 });
    await appendSome(1);
    await sealer.sealPending();
    now = new Date(now.getTime() + 61_000);
    expect(await checkpoints.issueIfDue(now, { everySeconds: 60, everyEvents: 100 })).toMatchObject({ treeSize: 8 });
    expect((await checkpoints.list(10)).map((checkpoint) => checkpoint.treeSize)).toEqual([8, 7, 5]);
    expect((await checkpoints.list(10, 8)).map((checkpoint) => checkpoint.treeSize)).toEqual([7, 5]);
  });

  it('refuses to sign a tree that does not extend the last checkpoint: a rewrite, re-sealed from scratch, is caught', async () => {
    // A superuser changes an old event and rebuilds the whole seal to match.
    await db.database.pool.query(
      `UPDATE es_events SET content_digest = $1 WHERE global_position = (SELECT global_position FROM es_events ORDER BY transaction_id, global_position OFFSET 2 LIMIT 1)`,
      [createHash('sha256').update('a quieter version of events').digest()],
    );
    await db.database.pool.query('TRUNCATE seal_leaves, seal_nodes, seal_state');
    await sealer.sealPending();
    // The same size, another root: refused, not answered with the old checkpoint.
    await expect(checkpoints.issue(now)).rejects.toThrow(InconsistentWithPublishedCheckpoint);
    await appendSome(3);
    await sealer.sealPending();
    await expect(checkpoints.issue(now)).rejects.toThrow(InconsistentWithPublishedCheckpoint);
    expect((await checkpoints.latest())!.treeSize).toBe(8);
  });

  it('refuses a tree that lost leaves below the last checkpoint (the seal cut back)', async () => {
    await db.database.pool.query('TRUNCATE seal_leaves, seal_nodes, seal_state');
    await db.database.pool.query('DELETE FROM es_events WHERE global_position > (SELECT min(global_position) + 3 FROM es_events)');
    await sealer.sealPending();
    await expect(checkpoints.issueIfDue(now, { everySeconds: 60, everyEvents: 100 })).rejects.toThrow(/does not extend the checkpoint of 8 leaves/);
  });
});
