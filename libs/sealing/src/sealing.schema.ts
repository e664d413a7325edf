import { Migration } from '@app/database';

/**
 * The sealed log: one leaf per event in subscription order (its index is its place in the tree),
 * the root of every perfect subtree completed so far (level 0 the leaf hashes; any proof or tree
 * head is a fold of O(log² n) of them), and the sealer's state — how many leaves the tree has, the
 * subscription checkpoint it has read up to, the right edge of the tree (to go on appending) and
 * its root.
 */
export const SEALING_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'sealed log leaves and state',
    sql: `
      CREATE TABLE seal_leaves (
        leaf_index bigint PRIMARY KEY,
        transaction_id xid8 NOT NULL,
        position bigint NOT NULL UNIQUE
      );
      CREATE TABLE seal_nodes (
        level smallint NOT NULL,
        node_index bigint NOT NULL,
        hash bytea NOT NULL,
        PRIMARY KEY (level, node_index)
      );
      CREATE TABLE seal_state (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        tree_size bigint NOT NULL,
        transaction_id xid8 NOT NULL,
        position bigint NOT NULL,
        edge bytea[] NOT NULL,
        root_hash bytea NOT NULL,
        sealed_at timestamptz NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'signed checkpoints',
    // Each checkpoint as signed (the note is what auditors keep); one per tree size.
    sql: `
      CREATE TABLE seal_checkpoints (
        tree_size bigint PRIMARY KEY,
        root_hash bytea NOT NULL,
        issued_at timestamptz NOT NULL,
        note text NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'checkpoint witnesses',
    // Per witness (`file:<path>`, `webhook:<url>`): the last checkpoint it holds, when the next
    // attempt is due after a failure and why it failed, and the claim of the process pushing to it.
    sql: `
      CREATE TABLE seal_witnesses (
        witness text PRIMARY KEY,
        tree_size bigint NOT NULL DEFAULT 0,
        root_hash bytea,
        pushed_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        last_error text,
        claimed_by uuid,
        claimed_until timestamptz
      );
    `,
  },
  {
    version: 4,
    name: 'leaf hashes with their leaves',
    // The leaf hash moves into its leaf's row: one row fewer written per event sealed (the level-0
    // rows of seal_nodes were a third of the sealer's writes), the same hashes kept.
    sql: `
      ALTER TABLE seal_leaves ADD COLUMN leaf_hash bytea;
      UPDATE seal_leaves l SET leaf_hash = n.hash FROM seal_nodes n WHERE n.level = 0 AND n.node_index = l.leaf_index;
      DELETE FROM seal_leaves WHERE leaf_hash IS NULL;
      ALTER TABLE seal_leaves ALTER COLUMN leaf_hash SET NOT NULL;
      DELETE FROM seal_nodes WHERE level = 0;
      ALTER TABLE seal_nodes ADD CONSTRAINT seal_nodes_above_leaves CHECK (level > 0);
    `,
  },
];
