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
    for (;;) {
      const { sealed, tree } = await this.sealBatch();
      if (sealed < this.batchSize) return tree;
    }
  }

  async tree(): Promise<SealedTree> {
    const { rows } = await this.pool.query<{ tree_size: string; root_hash: Buffer }>('SELECT tree_size, root_hash FROM seal_state');
    const row = rows[0];
    return row === undefined ? { treeSize: 0, rootHash: new MerkleFrontier().root() } : { treeSize: Number(row.tree_size), rootHash: row.root_hash };
  }


  private async sealBatch(): Promise<{ sealed: number; tree: SealedTree }> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const state = await this.lockState(client);
      const horizon = await logHorizon(client);
      const { rows } = await client.query<StoredLeafRow>(
        // Ordered by the columns themselves (qualified): the text copies selected would sort '10' before '7'.
        `SELECT ${STORED_LEAF_COLUMNS}
           FROM es_events e
          WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint) AND e.transaction_id < $3::text::xid8
          ORDER BY e.transaction_id, e.global_position
          LIMIT $4`,
        [state.transactionId, state.position, horizon, this.batchSize],
      );
      const frontier = new MerkleFrontier({ size: state.treeSize, edge: state.edge });
      const last = rows.at(-1);
      if (last !== undefined) {
        const [, nodes] = await Promise.all([
          client.query(
            `INSERT INTO seal_leaves (leaf_index, transaction_id, position)
             SELECT $1::bigint + i - 1, t::xid8, p FROM unnest($2::text[], $3::bigint[]) WITH ORDINALITY AS x(t, p, i)`,
            [state.treeSize, rows.map((row) => row.transaction_id), rows.map((row) => row.global_position)],
          ),
          // The leaves' rows need no hash: the tree grows here while the server writes them.
          Promise.resolve().then(() => rows.flatMap((row) => frontier.append(leafHashOfStored(row)))),
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
      }
      await client.query('COMMIT');
      return { sealed: rows.length, tree: { treeSize: frontier.size, rootHash: frontier.root() } };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
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
