import { RecordedEvent } from '@app/event-store';
import { defineProjection, ProjectionDefinition, ProjectionKind } from '../projection-definition';
import { quoteIdentifier } from '../sql-names';
import { streamActivityEntities, StreamActivityTables } from './stream-activity.entities';
import { createStreamActivityTables } from './stream-activity.migrations';

export interface StreamActivityOptions {
  readonly name?: string;
  readonly kind: ProjectionKind;
  /** Prefix of the table names (`<prefix>_streams`, `<prefix>_categories`); default `stream_activity`. */
  readonly tablePrefix?: string;
  readonly categories?: readonly string[];
  readonly batchSize?: number;
  readonly rebuildBatchSize?: number;
}

interface StreamDelta {
  category: string;
  count: number;
  last: RecordedEvent;
  firstRecordedAt: Date;
}

/**
 * A read model of the log itself: per stream its event count and latest event, per category its
 * event and stream counts. Useful to operators, and the runtime's reference read model in tests
 * and benchmarks.
 *
 * Each batch is folded in memory and written with one upsert per table. The result does not
 * depend on the order events arrive in (counts add up; "latest" is the highest version, first
 * seen the earliest time; a stream counts once, at its version 1), so a rebuild in subscription
 * order equals the inline tables written in commit order. Applying an event twice would count it
 * twice: the runtime's checkpoint, committed with these writes, is what prevents that.
 */
export function streamActivityProjection(options: StreamActivityOptions): ProjectionDefinition & {
  readonly tables: StreamActivityTables;
} {
  const prefix = options.tablePrefix ?? 'stream_activity';
  const tables: StreamActivityTables = { streams: `${prefix}_streams`, categories: `${prefix}_categories` };
  const entities = streamActivityEntities(entityPrefix(prefix), tables);
  const streamsTable = quoteIdentifier(tables.streams);
  const categoriesTable = quoteIdentifier(tables.categories);
  return defineProjection({
    name: options.name ?? 'stream-activity',
    kind: options.kind,
    tables,
    entities: [entities.streams, entities.categories],
    migrations: [createStreamActivityTables(tables)],
    categories: options.categories,
    batchSize: options.batchSize,
    rebuildBatchSize: options.rebuildBatchSize,
    async apply(events, { manager }) {
      const streams = new Map<string, StreamDelta>();
      const categories = new Map<string, { events: number; streams: number }>();
      for (const event of events) {
        const stream = streams.get(event.streamId);
        if (stream === undefined) {
          streams.set(event.streamId, { category: event.category, count: 1, last: event, firstRecordedAt: event.recordedAt });
        } else {
          stream.count += 1;
          if (event.version > stream.last.version) stream.last = event;
          if (event.recordedAt < stream.firstRecordedAt) stream.firstRecordedAt = event.recordedAt;
        }
        const category = categories.get(event.category) ?? { events: 0, streams: 0 };
        category.events += 1;
        if (event.version === 1) category.streams += 1;
        categories.set(event.category, category);
      }
      const rows = [...streams.entries()];
      await manager.query(
        `INSERT INTO ${streamsTable} AS s
           (stream_id, category, event_count, last_version, last_event_type, last_position, first_recorded_at, last_recorded_at)
         SELECT * FROM unnest($1::text[], $2::text[], $3::integer[], $4::bigint[], $5::text[], $6::bigint[],
                              $7::timestamptz[], $8::timestamptz[])
         ON CONFLICT (stream_id) DO UPDATE SET
           event_count = s.event_count + EXCLUDED.event_count,
           last_version = GREATEST(s.last_version, EXCLUDED.last_version),
           last_event_type = CASE WHEN EXCLUDED.last_version > s.last_version THEN EXCLUDED.last_event_type ELSE s.last_event_type END,
           last_position = CASE WHEN EXCLUDED.last_version > s.last_version THEN EXCLUDED.last_position ELSE s.last_position END,
           last_recorded_at = CASE WHEN EXCLUDED.last_version > s.last_version THEN EXCLUDED.last_recorded_at ELSE s.last_recorded_at END,
           first_recorded_at = LEAST(s.first_recorded_at, EXCLUDED.first_recorded_at)`,
        [
          rows.map(([id]) => id),
          rows.map(([, d]) => d.category),
          rows.map(([, d]) => d.count),
          rows.map(([, d]) => d.last.version),
          rows.map(([, d]) => d.last.type),
          rows.map(([, d]) => d.last.position),
          rows.map(([, d]) => d.firstRecordedAt.toISOString()),
          rows.map(([, d]) => d.last.recordedAt.toISOString()),
        ],
      );
      const counts = [...categories.entries()];
      await manager.query(
        `INSERT INTO ${categoriesTable} AS c (category, event_count, stream_count)
         SELECT * FROM unnest($1::text[], $2::bigint[], $3::integer[])
         ON CONFLICT (category) DO UPDATE SET
           event_count = c.event_count + EXCLUDED.event_count,
           stream_count = c.stream_count + EXCLUDED.stream_count`,
        [counts.map(([name]) => name), counts.map(([, c]) => c.events), counts.map(([, c]) => c.streams)],
      );
    },
  });
}

/** `case_board` → `CaseBoard`: entity names must be unique within the DataSource. */
function entityPrefix(tablePrefix: string): string {
  return tablePrefix
    .split(/[^a-zA-Z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}
