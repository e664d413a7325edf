import { RecordedEvent } from '@app/event-store';
import { defineProjection, ProjectionDefinition, ProjectionKind } from '../projection-definition';
import { createTables, tableEntities } from '../read-model-migrations';
import { describeStreamActivityTables, StreamActivityTables } from './stream-activity.entities';

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
  const described = describeStreamActivityTables(entityPrefix(prefix), tables);
  const writeStreams = described.streams.upsert({
    set: {
      eventCount: 'existing.event_count + EXCLUDED.event_count',
      lastVersion: 'GREATEST(existing.last_version, EXCLUDED.last_version)',
      lastEventType: 'CASE WHEN EXCLUDED.last_version > existing.last_version THEN EXCLUDED.last_event_type ELSE existing.last_event_type END',
      lastPosition: 'CASE WHEN EXCLUDED.last_version > existing.last_version THEN EXCLUDED.last_position ELSE existing.last_position END',
      lastRecordedAt: 'CASE WHEN EXCLUDED.last_version > existing.last_version THEN EXCLUDED.last_recorded_at ELSE existing.last_recorded_at END',
      firstRecordedAt: 'LEAST(existing.first_recorded_at, EXCLUDED.first_recorded_at)',
    },
  });
  const writeCategories = described.categories.upsert({
    set: { eventCount: 'existing.event_count + EXCLUDED.event_count', streamCount: 'existing.stream_count + EXCLUDED.stream_count' },
  });
  const allTables = [described.streams, described.categories];
  return defineProjection({
    name: options.name ?? 'stream-activity',
    kind: options.kind,
    tables,
    entities: tableEntities(allTables),
    migrations: [createTables(`stream activity in ${tables.streams}`, allTables, { replaces: [`CreateStreamActivity_${tables.streams}_1767225600000`] })],
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
      await writeStreams.run(
        manager,
        [...streams.entries()].map(([streamId, delta]) => ({
          streamId,
          category: delta.category,
          eventCount: delta.count,
          lastVersion: delta.last.version,
          lastEventType: delta.last.type,
          lastPosition: delta.last.position,
          firstRecordedAt: delta.firstRecordedAt,
          lastRecordedAt: delta.last.recordedAt,
        })),
      );
      await writeCategories.run(
        manager,
        [...categories.entries()].map(([category, counts]) => ({ category, eventCount: counts.events, streamCount: counts.streams })),
      );
    },
  });
}

/** `stream_activity` → `StreamActivity`: entity names must be unique within the DataSource. */
function entityPrefix(tablePrefix: string): string {
  return tablePrefix
    .split(/[^a-zA-Z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}
