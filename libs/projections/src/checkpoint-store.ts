import { Checkpoint, RecordedEvent } from '@app/event-store';
import { Pool, PoolClient } from 'pg';
import { ProjectionDefinition, ProjectionKind } from './projection-definition';
import { ProjectionError } from './projection-status';

interface CheckpointRow {
  transaction_id: string;
  position: string;
  built: boolean;
  last_error: string | null;
  error_position: string | null;
  error_transaction_id: string | null;
  error_event_id: string | null;
  error_event_type: string | null;
  error_at: Date | null;
}

export interface StoredProjection {
  readonly checkpoint: Checkpoint;
  readonly built: boolean;
  readonly lastError: ProjectionError | null;
}

/** Thrown inside a batch transaction when the stored checkpoint is not where this projector left it. */
export class CheckpointMovedError extends Error {
  constructor(readonly projection: string) {
    super(`the checkpoint of projection ${projection} was moved by someone else (a rebuild, or another process)`);
    this.name = 'CheckpointMovedError';
  }
}

/** Reads and writes `projection_checkpoints`. */
export class CheckpointStore {
  constructor(private readonly pool: Pool) {}

  async ensure(name: string, kind: ProjectionKind): Promise<void> {
    await this.pool.query('INSERT INTO projection_checkpoints (projection, kind) VALUES ($1, $2) ON CONFLICT (projection) DO NOTHING', [
      name,
      kind,
    ]);
  }

  async load(name: string): Promise<StoredProjection> {
    const { rows } = await this.pool.query<CheckpointRow>(
      `SELECT transaction_id::text, position, built, last_error, error_position, error_transaction_id::text,
              error_event_id::text, error_event_type, error_at
         FROM projection_checkpoints WHERE projection = $1`,
      [name],
    );
    const row = rows[0];
    if (row === undefined) throw new Error(`projection ${name} has no checkpoint row`);
    return {
      checkpoint: { transactionId: row.transaction_id, position: Number(row.position) },
      built: row.built,
      lastError:
        row.last_error === null
          ? null
          : {
              message: row.last_error,
              position: Number(row.error_position),
              transactionId: row.error_transaction_id ?? '0',
              eventId: row.error_event_id ?? '',
              eventType: row.error_event_type ?? '',
              at: row.error_at ?? new Date(0),
            },
    };
  }

  /**
   * Moves the checkpoint from `previous` to `next` inside the caller's batch transaction, and
   * clears any recorded error. Compare-and-set: if the stored checkpoint is not `previous`
   * (a rebuild swapped the tables, or another process applied the batch), nothing is changed
   * and {@link CheckpointMovedError} is thrown, so the caller rolls its writes back.
   * Done first in the transaction, so that a competing projector waits on the row lock here,
   * before writing anything.
   */
  async advance(client: PoolClient, name: string, previous: Checkpoint, next: Checkpoint): Promise<void> {
    const { rowCount } = await client.query(
      `UPDATE projection_checkpoints
          SET transaction_id = $4::text::xid8, position = $5, updated_at = now(),
              last_error = NULL, error_position = NULL, error_transaction_id = NULL,
              error_event_id = NULL, error_event_type = NULL, error_at = NULL
        WHERE projection = $1 AND transaction_id = $2::text::xid8 AND position = $3`,
      [name, previous.transactionId, previous.position, next.transactionId, next.position],
    );
    if (rowCount !== 1) throw new CheckpointMovedError(name);
  }

  /** Sets the checkpoint unconditionally (a rebuild's swap, inside its transaction). */
  async replace(client: PoolClient, name: string, next: Checkpoint, built: boolean): Promise<void> {
    await client.query(
      `UPDATE projection_checkpoints
          SET transaction_id = $2::text::xid8, position = $3, built = $4, updated_at = now(),
              last_error = NULL, error_position = NULL, error_transaction_id = NULL,
              error_event_id = NULL, error_event_type = NULL, error_at = NULL
        WHERE projection = $1`,
      [name, next.transactionId, next.position, built],
    );
  }

  /** Locks the projection's row until the caller's transaction ends. */
  async lock(client: PoolClient, name: string): Promise<void> {
    await client.query('SELECT 1 FROM projection_checkpoints WHERE projection = $1 FOR UPDATE', [name]);
  }

  async recordError(name: string, event: RecordedEvent, message: string, at: Date): Promise<void> {
    await this.pool.query(
      `UPDATE projection_checkpoints
          SET last_error = $2, error_position = $3, error_transaction_id = $4::text::xid8,
              error_event_id = $5::uuid, error_event_type = $6, error_at = $7
        WHERE projection = $1`,
      [name, message, event.position, event.transactionId, event.id, event.type, at],
    );
  }

  /**
   * Committed events the projection would apply after `after`, counted up to `cap`, and the
   * recording time of the oldest. Uses the subscription-order index.
   */
  async lag(definition: ProjectionDefinition, after: Checkpoint, cap = 1_000_000): Promise<{ events: number; oldest: Date | null }> {
    const params: unknown[] = [after.transactionId, after.position, cap];
    const filters: string[] = [];
    if (definition.types !== undefined) {
      params.push(definition.types);
      filters.push(`AND e.event_type = ANY ($${params.length}::text[])`);
    }
    if (definition.categories !== undefined) {
      params.push(definition.categories);
      filters.push(`AND e.category = ANY ($${params.length}::text[])`);
    }
    const { rows } = await this.pool.query<{ events: string; oldest: Date | null }>(
      `SELECT count(*) AS events, min(recorded_at) AS oldest FROM (
         SELECT e.recorded_at FROM es_events e
          WHERE (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint) ${filters.join(' ')}
          LIMIT $3
       ) pending`,
      params,
    );
    return { events: Number(rows[0]!.events), oldest: rows[0]!.oldest };
  }
}
