import { Pool } from 'pg';
import { canonicalJson } from './canonical-json';

/** A stream's folded state as of `version`, so loading need not replay the stream from its start. */
export interface Snapshot {
  readonly version: number;
  /** Version of the state's shape: a reader that knows a newer shape ignores older snapshots. */
  readonly schemaVersion: number;
  readonly state: object;
}

export async function saveSnapshot(pool: Pool, streamId: string, snapshot: Snapshot, savedAt: Date): Promise<void> {
  await pool.query(
    `INSERT INTO es_snapshots (stream_id, version, schema_version, state, saved_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (stream_id) DO UPDATE
       SET version = excluded.version, schema_version = excluded.schema_version,
           state = excluded.state, saved_at = excluded.saved_at
       WHERE es_snapshots.version <= excluded.version`,
    [streamId, snapshot.version, snapshot.schemaVersion, canonicalJson(snapshot.state), savedAt],
  );
}

export async function loadSnapshot(pool: Pool, streamId: string): Promise<Snapshot | undefined> {
  const { rows } = await pool.query<{ version: string; schema_version: number; state: object }>(
    'SELECT version, schema_version, state FROM es_snapshots WHERE stream_id = $1',
    [streamId],
  );
  const row = rows[0];
  return row === undefined ? undefined : { version: Number(row.version), schemaVersion: row.schema_version, state: row.state };
}
