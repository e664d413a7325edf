import { defineTable, ReadModelTable } from '../read-model-table';

/** One stream of the log: how many events it has and what happened last. */
export interface StreamActivity {
  streamId: string;
  category: string;
  eventCount: number;
  lastVersion: number;
  lastEventType: string;
  lastPosition: number;
  firstRecordedAt: Date;
  lastRecordedAt: Date;
}

/** One stream category: its events and streams. */
export interface CategoryActivity {
  category: string;
  eventCount: number;
  streamCount: number;
}

export interface StreamActivityTables {
  readonly streams: string;
  readonly categories: string;
}

/** bigint columns come back from `pg` as text; the read model's counts fit a JS number. */
const bigintAsNumber = { to: (value: number) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

/**
 * The two tables, described once. Their names are chosen per registration (several instances may
 * live side by side, e.g. an inline and an async one), and so are the entity names.
 */
export function describeStreamActivityTables(
  prefix: string,
  tables: StreamActivityTables,
): { readonly streams: ReadModelTable<StreamActivity>; readonly categories: ReadModelTable<CategoryActivity> } {
  const streams = defineTable<StreamActivity>({
    name: tables.streams,
    entityName: `${prefix}StreamActivity`,
    columns: {
      streamId: { name: 'stream_id', type: 'text', primary: true },
      category: { type: 'text' },
      eventCount: { name: 'event_count', type: 'integer' },
      lastVersion: { name: 'last_version', type: 'bigint', transformer: bigintAsNumber },
      lastEventType: { name: 'last_event_type', type: 'text' },
      lastPosition: { name: 'last_position', type: 'bigint', transformer: bigintAsNumber },
      firstRecordedAt: { name: 'first_recorded_at', type: 'timestamptz' },
      lastRecordedAt: { name: 'last_recorded_at', type: 'timestamptz' },
    },
    indexes: [{ name: `${tables.streams}_category`, on: '(category, stream_id)', forQueriesOnly: true }],
  });
  const categories = defineTable<CategoryActivity>({
    name: tables.categories,
    entityName: `${prefix}CategoryActivity`,
    columns: {
      category: { type: 'text', primary: true },
      eventCount: { name: 'event_count', type: 'bigint', transformer: bigintAsNumber },
      streamCount: { name: 'stream_count', type: 'integer' },
    },
  });
  return { streams, categories };
}
