import { Checkpoint, EventStore, RecordedEvent } from '@app/event-store';
import { PoolClient } from 'pg';
import { ProjectionDefinition } from './projection-definition';

type EventRow = Parameters<EventStore['toEvent']>[0];

/**
 * Every event committed (visible to this statement) after `after` in subscription order, without
 * the subscription's horizon. Only sound when whatever else may still commit is held back — the
 * swap of an inline projection holds its tables locked, so appends still running cannot reach
 * them before the swap is done, and their events go to the new tables through the append hook.
 */
export async function committedEventsAfter(
  client: PoolClient,
  store: EventStore,
  definition: Pick<ProjectionDefinition, 'types' | 'categories'>,
  after: Checkpoint,
): Promise<RecordedEvent[]> {
  const params: unknown[] = [after.transactionId, after.position];
  const filters: string[] = [];
  if (definition.types !== undefined) {
    params.push(definition.types);
    filters.push(`AND event_type = ANY ($${params.length}::text[])`);
  }
  if (definition.categories !== undefined) {
    params.push(definition.categories);
    filters.push(`AND category = ANY ($${params.length}::text[])`);
  }
  const { rows } = await client.query<EventRow>(
    `SELECT global_position, transaction_id::text AS transaction_id, stream_id, stream_version, category,
            event_id::text AS event_id, event_type, schema_version, data, metadata, chain_hash, recorded_at
       FROM es_events
      WHERE (transaction_id, global_position) > ($1::text::xid8, $2::bigint) ${filters.join(' ')}
      ORDER BY transaction_id, global_position`,
    params,
  );
  return rows.map((row) => store.toEvent(row));
}
