import { Pool, PoolClient } from 'pg';
import { migrate } from '@app/database';
import { logHorizon } from '@app/event-store';
import { leafHashOfStored, STORED_LEAF_COLUMNS, StoredLeafRow } from './event-leaf';
import { Hash, MerkleFrontier } from './merkle-tree';
import { SEALING_MIGRATIONS } from './sealing.schema';

/** The tree as sealed so far. */
export interface SealedTree {
  readonly treeSize: number;
  readonly rootHash: Hash;
}

/** Where sealing stands in subscription order: the last event sealed (decimal text, exactly). */
interface LogCursor {
  readonly transactionId: string;
  readonly position: string;
}

/** An event to seal and its leaf hash. */
interface Leaf {
  readonly row: StoredLeafRow;
  readonly hash: Hash;
}

/** The next batch, read and hashed while the one before it is written (see `sealBatch`). */
interface ReadAhead {
  readonly after: LogCursor;
  readonly leaves: Promise<Leaf[] | undefined>;
}

/**
 * Seals the log: appends a leaf per event to the Merkle tree, in subscription order, below the
 * log's horizon (a transaction still appending is waited for, never passed: its events would
 * otherwise belong before leaves already sealed). Each batch commits its leaves and the tree's new
 * edge and root together, under a lock on the state row, so sealers in several processes take
 * turns and a crash loses nothing but the batch under way.
 */
export class LogSealer {
  constructor(
    private readonly pool: Pool,
    private readonly now: () => Date,
    private readonly batchSize = 2000,
  ) {}

  static async create(pool: Pool, now: () => Date, batchSize?: number): Promise<LogSealer> {
    await migrate(pool, 'sealing', SEALING_MIGRATIONS);
    return new LogSealer(pool, now, batchSize);
  }

  /** Seals every event below the horizon; returns the tree then. */
  async sealPending(): Promise<SealedTree> {
    let ahead: ReadAhead | undefined;
    for (;;) {
      const batch = await this.sealBatch(ahead);
      ahead = batch.ahead;
      if (batch.sealed < this.batchSize) return batch.tree;
    }
  }

  async tree(): Promise<SealedTree> {
    const { rows } = await this.pool.query<{ tree_size: string; root_hash: Buffer }>('SELECT tree_size, root_hash FROM seal_state');
    const row = rows[0];
    return row === undefined ? { treeSize: 0, rootHash: new MerkleFrontier().root() } : { treeSize: Number(row.tree_size), rootHash: row.root_hash };
  }

  /**
   * Seals the next batch. After a full batch the one after it is read on another connection and
   * hashed while this one is written (catching up, the reading and hashing take as long as the
   * writing). That batch is used only by the next transaction, once it holds the lock, and only
   * if it starts where the state row stands and is full: the events below a horizon are all
   * committed and none is added later, and those of transactions from that horizon on sort after
   * them, so a full batch read below an earlier horizon is exactly the one the transaction would
   * read itself. Otherwise (another process sealed meanwhile, or the log's end) it reads again.
   */
  private async sealBatch(ahead: ReadAhead | undefined): Promise<{ sealed: number; tree: SealedTree; ahead?: ReadAhead }> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const state = await this.lockState(client);
      const horizon = await logHorizon(client);
      const early = ahead !== undefined && ahead.after.transactionId === state.transactionId && ahead.after.position === state.position ? await ahead.leaves : undefined;
      const leaves = early?.length === this.batchSize ? early : hashed(await this.readBatch(client, state, horizon));
      const frontier = new MerkleFrontier({ size: state.treeSize, edge: state.edge });
      const last = leaves.at(-1)?.row;
      if (last === undefined) {
        await client.query('COMMIT');
        return { sealed: 0, tree: { treeSize: frontier.size, rootHash: frontier.root() } };
      }
      const next = leaves.length === this.batchSize ? this.readAhead({ transactionId: last.transaction_id, position: last.global_position }, horizon) : undefined;
      const [, nodes] = await Promise.all([
        client.query(
          `INSERT INTO seal_leaves (leaf_index, transaction_id, position, leaf_hash)
           SELECT $1::bigint + i - 1, t::xid8, p, substring($4::bytea FROM i::int * 32 - 31 FOR 32)
             FROM unnest($2::text[], $3::bigint[]) WITH ORDINALITY AS x(t, p, i)`,
          [state.treeSize, leaves.map((leaf) => leaf.row.transaction_id), leaves.map((leaf) => leaf.row.global_position), Buffer.concat(leaves.map((leaf) => leaf.hash))],
        ),
        // The leaves' rows need nothing from the tree: it grows here while the server writes them.
        // Level 0 (the leaf hashes) is kept with the leaves.
        Promise.resolve().then(() => leaves.flatMap((leaf) => frontier.append(leaf.hash).filter((node) => node.level > 0))),
      ]);
      // The hashes go as one bytea of 32-byte pieces: a bytea[] parameter is sent as text, each
      // hash written out in hexadecimal and parsed back.
      await client.query(
        `INSERT INTO seal_nodes (level, node_index, hash)
         SELECT l, n, substring($3::bytea FROM i::int * 32 - 31 FOR 32) FROM unnest($1::smallint[], $2::bigint[]) WITH ORDINALITY AS x(l, n, i)`,
        [nodes.map((node) => node.level), nodes.map((node) => node.index), Buffer.concat(nodes.map((node) => node.hash))],
      );
      await client.query(
        `UPDATE seal_state SET tree_size = $1, transaction_id = $2::text::xid8, position = $3, edge = $4, root_hash = $5, sealed_at = $6`,
        [frontier.size, last.transaction_id, last.global_position, frontier.subtrees, frontier.root(), this.now()],
      );
      await client.query('COMMIT');
      return { sealed: leaves.length, tree: { treeSize: frontier.size, rootHash: frontier.root() }, ahead: next };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** The events after `after` below `horizon`, in subscription order, one batch. */
  private async readBatch(reader: Pool | PoolClient, after: LogCursor, horizon: string): Promise<StoredLeafRow[]> {
    const { rows } = await reader.query<StoredLeafRow>(
      // Ordered by the columns themselves (qualified): the text copies selected would sort '10' before '7'.
      `SELECT ${STORED_LEAF_COLUMNS}
         FROM es_events e
        WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint) AND e.transaction_id < $3::text::xid8
        ORDER BY e.transaction_id, e.global_position
        LIMIT $4`,
      [after.transactionId, after.position, horizon, this.batchSize],
    );
    return rows;
  }

  /** Reads and hashes the batch after `after` on a connection of its own; a failure only means the next batch reads for itself. */
  private readAhead(after: LogCursor, horizon: string): ReadAhead {
    return {
      after,
      leaves: this.readBatch(this.pool, after, horizon)
        .then(hashed)
        .catch(() => undefined),
    };
  }

  /** The state row, locked for this transaction (made on first use). */
  private async lockState(client: PoolClient): Promise<{ treeSize: number; transactionId: string; position: string; edge: Buffer[] }> {
    await client.query(
      `INSERT INTO seal_state (tree_size, transaction_id, position, edge, root_hash, sealed_at)
       VALUES (0, '0'::xid8, 0, '{}', $1, $2) ON CONFLICT (singleton) DO NOTHING`,
      [new MerkleFrontier().root(), this.now()],
    );
    const { rows } = await client.query<{ tree_size: string; transaction_id: string; position: string; edge: Buffer[] }>(
      'SELECT tree_size, transaction_id::text, position::text, edge FROM seal_state FOR UPDATE',
    );
    const row = rows[0]!;
    return { treeSize: Number(row.tree_size), transactionId: row.transaction_id, position: row.position, edge: row.edge };
  }
}

function hashed(rows: readonly StoredLeafRow[]): Leaf[] {
  return rows.map((row) => ({ row, hash: leafHashOfStored(row) }));
}
