import { defineProjection, ProjectionDefinition, streamActivityProjection } from '@app/projections';

/**
 * A read model that records every event it is given, in the order given: the suites read from it
 * that no event was applied twice or left out, and that a stream's events came in version order.
 */
export function arrivalsProjection(name = 'arrivals', table = 'test_arrivals'): ProjectionDefinition {
  return defineProjection({
    name,
    kind: 'async',
    entities: [],
    migrations: [
      {
        name: `CreateArrivals_${table}_1767225600000`,
        async up(runner) {
          await runner.query(`CREATE TABLE ${table} (
            seq bigserial PRIMARY KEY, event_id uuid NOT NULL, stream_id text NOT NULL, version bigint NOT NULL, position bigint NOT NULL)`);
        },
        async down(runner) {
          await runner.query(`DROP TABLE ${table}`);
        },
      },
    ],
    async apply(events, { manager }) {
      await manager.query(
        `INSERT INTO ${table} (event_id, stream_id, version, position)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::bigint[], $4::bigint[])`,
        [events.map((e) => e.id), events.map((e) => e.streamId), events.map((e) => e.version), events.map((e) => e.position)],
      );
    },
  });
}

/** The stream-activity reference read model, fed from Kafka or followed in-process. */
export function activityProjection(name: string, tablePrefix: string): ProjectionDefinition & { tables: { streams: string; categories: string } } {
  return streamActivityProjection({ kind: 'async', name, tablePrefix, batchSize: 200 });
}
