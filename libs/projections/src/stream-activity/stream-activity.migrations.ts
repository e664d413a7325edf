import { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteIdentifier } from '../sql-names';
import { StreamActivityTables } from './stream-activity.entities';

/** Creates the two tables (unqualified names: the runtime decides the schema). */
export function createStreamActivityTables(tables: StreamActivityTables): MigrationInterface {
  const streams = quoteIdentifier(tables.streams);
  const categories = quoteIdentifier(tables.categories);
  return {
    name: `CreateStreamActivity_${tables.streams}_1767225600000`,
    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`
        CREATE TABLE ${streams} (
          stream_id text PRIMARY KEY,
          category text NOT NULL,
          event_count integer NOT NULL,
          last_version bigint NOT NULL,
          last_event_type text NOT NULL,
          last_position bigint NOT NULL,
          first_recorded_at timestamptz NOT NULL,
          last_recorded_at timestamptz NOT NULL
        )`);
      await queryRunner.query(`CREATE INDEX ${quoteIdentifier(`${tables.streams}_category`)} ON ${streams} (category, stream_id)`);
      await queryRunner.query(`
        CREATE TABLE ${categories} (
          category text PRIMARY KEY,
          event_count bigint NOT NULL,
          stream_count integer NOT NULL
        )`);
    },
    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`DROP TABLE ${categories}`);
      await queryRunner.query(`DROP TABLE ${streams}`);
    },
  };
}
