import { randomUUID } from 'node:crypto';
import { migrate } from '@app/database';
import { EVENT_STORE_MIGRATIONS, PostgresEventStore } from '@app/event-store';
import { primaryTarget, serverTarget, TestDatabase } from '@app/testing';
import { leafHashOfStored, STORED_LEAF_COLUMNS, StoredLeafRow } from './event-leaf';
import { LogSealer } from './log-sealer';
import { SealedLog } from './sealed-log';
import { SEALING_MIGRATIONS } from './sealing.schema';
import { consistencyProof, inclusionProof, rootOf, verifyConsistency, verifyInclusion } from './merkle-tree';

const NOW = () => new Date('2026-12-06T08:00:00.000Z');

/** The leaves recomputed from the log itself, in subscription order: what any auditor would compute. */
async function leavesOfTheLog(db: TestDatabase): Promise<Buffer[]> {
  const { rows } = await db.database.pool.query<StoredLeafRow>(`SELECT ${STORED_LEAF_COLUMNS} FROM es_events e ORDER BY e.transaction_id, e.global_position`);
  return rows.map(leafHashOfStored);
}

describe('the log sealer', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    db = await primaryTarget().create();
    await migrate(db.database.pool, 'event-store', EVENT_STORE_MIGRATIONS);
    store = new PostgresEventStore(db.database.pool);
  });
  afterAll(async () => db?.dispose());

  it('seals every event in subscription order, in batches, and resumes where it stopped: the root is the one recomputed from the log', async () => {
    for (let stream = 0; stream < 12; stream++) {
      await store.append(`case-${randomUUID()}`, Array.from({ length: 1 + (stream % 4) }, (_, n) => ({ type: 'Step', data: { n } })));
    }
    const sealer = await LogSealer.create(db.database.pool, NOW, 7);
    const first = await sealer.sealPending();
    const leaves = await leavesOfTheLog(db);
    expect(first.treeSize).toBe(leaves.length);
    expect(first.rootHash.toString('hex')).toBe(rootOf(leaves).toString('hex'));

    await store.append(`case-${randomUUID()}`, [{ type: 'Later', data: {} }, { type: 'Later', data: {} }]);
    // Another sealer (another process) goes on from the stored state.
    const second = await new LogSealer(db.database.pool, NOW, 7).sealPending();
    const all = await leavesOfTheLog(db);
    expect(second).toEqual({ treeSize: all.length, rootHash: rootOf(all) });
    expect(await sealer.tree()).toEqual(second);

    // The stored tree answers as the leaves do: heads of every size, and every proof.
    const sealed = new SealedLog(db.database.pool);
    const hex = (hashes: Buffer[]) => hashes.map((hash) => hash.toString('hex'));
    for (let size = 0; size <= all.length; size++) expect((await sealed.rootAt(size)).toString('hex')).toBe(rootOf(all, 0, size).toString('hex'));
    for (let index = 0; index < all.length; index++) {
      const proof = await sealed.inclusionProof(index, all.length);
      expect(hex(proof)).toEqual(hex(inclusionProof(all, index)));
      expect(verifyInclusion(all[index]!, index, all.length, proof, second.rootHash)).toBe(true);
    }
    for (let size = 1; size <= all.length; size++) expect(hex(await sealed.consistencyProof(size, all.length))).toEqual(hex(consistencyProof(all, size, all.length)));
    expect(verifyConsistency(first.treeSize, second.treeSize, first.rootHash, second.rootHash, await sealed.consistencyProof(first.treeSize, second.treeSize))).toBe(true);
    const { rows: firstEvent } = await db.database.pool.query<{ global_position: string }>('SELECT e.global_position FROM es_events e ORDER BY e.transaction_id, e.global_position LIMIT 1');
    expect(await sealed.leafOfPosition(Number(firstEvent[0]!.global_position))).toEqual({ leafIndex: 0, position: Number(firstEvent[0]!.global_position), leafHash: all[0] });
    await expect(sealed.inclusionProof(0, all.length + 1)).rejects.toThrow(/sealed tree has/);
  });

  it('seals every event once when two sealers run at once (each reads ahead; what the other sealed meanwhile is read again)', async () => {
    for (let stream = 0; stream < 30; stream++) {
      await store.append(`task-${randomUUID()}`, Array.from({ length: 1 + (stream % 3) }, (_, n) => ({ type: 'Step', data: { n } })));
    }
    const [one, other] = await Promise.all([new LogSealer(db.database.pool, NOW, 5).sealPending(), new LogSealer(db.database.pool, NOW, 5).sealPending()]);
    const all = await leavesOfTheLog(db);
    const last = one.treeSize >= other.treeSize ? one : other;
    expect(last).toEqual({ treeSize: all.length, rootHash: rootOf(all) });
    const { rows } = await db.database.pool.query<{ leaves: string; distinct: string }>('SELECT count(*) AS leaves, count(DISTINCT position) AS distinct FROM seal_leaves');
    expect(rows[0]).toEqual({ leaves: String(all.length), distinct: String(all.length) });
  });

  it('seals nothing twice when run again with nothing new', async () => {
    const sealer = new LogSealer(db.database.pool, NOW, 7);
    const before = await sealer.tree();
    expect(await sealer.sealPending()).toEqual(before);
    const { rows } = await db.database.pool.query<{ leaves: string; distinct: string; nodes: string }>(
      'SELECT count(*) AS leaves, count(DISTINCT position) AS distinct, count(DISTINCT leaf_hash) AS nodes FROM seal_leaves',
    );
    expect(rows[0]).toEqual({ leaves: String(before.treeSize), distinct: String(before.treeSize), nodes: String(before.treeSize) });
  });
});

describe('sealing migration 4: the leaf hashes kept with their leaves', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await primaryTarget().create();
    await migrate(db.database.pool, 'event-store', EVENT_STORE_MIGRATIONS);
  });
  afterAll(async () => db?.dispose());

  it('moves a tree sealed with level 0 in seal_nodes into the leaves, its heads and proofs unchanged', async () => {
    const store = new PostgresEventStore(db.database.pool);
    for (let index = 0; index < 37; index++) {
      await store.append(`case-m${index % 5}`, [{ type: 'CaseNoted', data: { index } }]);
    }
    const sealer = await LogSealer.create(db.database.pool, NOW);
    await sealer.sealPending();
    const sealed = new SealedLog(db.database.pool);
    const before = { root: await sealed.rootAt(37), at20: await sealed.rootAt(20), proof: await sealed.inclusionProof(11, 37) };
    // The layout of migration 3: leaf hashes as level-0 nodes.
    await db.database.pool.query(`
      ALTER TABLE seal_nodes DROP CONSTRAINT seal_nodes_above_leaves;
      INSERT INTO seal_nodes (level, node_index, hash) SELECT 0, leaf_index, leaf_hash FROM seal_leaves;
      ALTER TABLE seal_leaves DROP COLUMN leaf_hash;
      DELETE FROM schema_migrations WHERE component = 'sealing' AND version = 4`);
    expect(await migrate(db.database.pool, 'sealing', SEALING_MIGRATIONS)).toEqual([4]);
    expect(await sealed.rootAt(37)).toEqual(before.root);
    expect(await sealed.rootAt(20)).toEqual(before.at20);
    expect(await sealed.inclusionProof(11, 37)).toEqual(before.proof);
    const { rows } = await db.database.pool.query<{ n: string }>('SELECT count(*) AS n FROM seal_nodes WHERE level = 0');
    expect(rows[0]!.n).toBe('0');
  });
});

const server = serverTarget();
const onServer = server === undefined ? describe.skip : describe;

onServer('the log sealer facing a transaction that commits late (real server)', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    db = await server!.create();
    await migrate(db.database.pool, 'event-store', EVENT_STORE_MIGRATIONS);
    store = new PostgresEventStore(db.database.pool);
  });
  afterAll(async () => db?.dispose());

  it('holds back events committed after an open transaction, then seals the late one before them, as subscribers see them', async () => {
    const sealer = await LogSealer.create(db.database.pool, NOW);
    const slow = await db.database.pool.connect();
    try {
      await slow.query('BEGIN');
      await store.append(`case-${randomUUID()}`, [{ type: 'Held', data: {} }], { client: slow });
      await store.append(`case-${randomUUID()}`, [{ type: 'Quick', data: {} }]);
      expect((await sealer.sealPending()).treeSize).toBe(0);
      await slow.query('COMMIT');
    } finally {
      slow.release();
    }
    const tree = await sealer.sealPending();
    const leaves = await leavesOfTheLog(db);
    expect(tree).toEqual({ treeSize: 2, rootHash: rootOf(leaves) });
    const { rows } = await db.database.pool.query<{ position: string }>('SELECT position FROM seal_leaves ORDER BY leaf_index');
    const { rows: events } = await db.database.pool.query<{ global_position: string; event_type: string }>('SELECT global_position, event_type FROM es_events');
    const typeAt = new Map(events.map((event) => [event.global_position, event.event_type]));
    expect(rows.map((row) => typeAt.get(row.position))).toEqual(['Held', 'Quick']);
  });
});
