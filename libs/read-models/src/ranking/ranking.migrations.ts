import { MigrationInterface, QueryRunner } from 'typeorm';

/** The ranking's fact tables (unqualified names: a rebuild runs this again in a fresh schema). */
export const createRankingFacts: MigrationInterface = {
  name: 'CreateRankingFacts1767312000000',
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ranking_rounds (
        round_id text PRIMARY KEY,
        kind text,
        title text,
        period text,
        scope_county_ids text[],
        rubric jsonb,
        rubric_version integer,
        rubric_event_version bigint,
        method text,
        per_red_case double precision,
        window_opens_on text,
        window_closes_on text,
        window_starts_at timestamptz,
        window_ends_at timestamptz,
        planned_at timestamptz,
        started_at timestamptz,
        scoring_closed_at timestamptz,
        published_at timestamptz,
        published_position bigint,
        archived_at timestamptz
      )`);
    await queryRunner.query('CREATE INDEX ranking_rounds_published ON ranking_rounds (kind, published_at, published_position)');
    await queryRunner.query(`
      CREATE TABLE ranking_score_items (
        task_id text NOT NULL,
        event_version bigint NOT NULL,
        item_code text NOT NULL,
        round_id text NOT NULL,
        county_id text NOT NULL,
        inspector_id text NOT NULL,
        score double precision NOT NULL,
        recorded_at timestamptz NOT NULL,
        position bigint NOT NULL,
        PRIMARY KEY (task_id, event_version, item_code)
      )`);
    await queryRunner.query(
      'CREATE INDEX ranking_score_items_sheet ON ranking_score_items (round_id, task_id, inspector_id, item_code, event_version DESC)',
    );
    await queryRunner.query(`
      CREATE TABLE ranking_cases (
        case_id text PRIMARY KEY,
        unit_chain text[] NOT NULL,
        opened_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE ranking_red_cards (
        case_id text NOT NULL,
        event_version bigint NOT NULL,
        raised_at timestamptz NOT NULL,
        position bigint NOT NULL,
        PRIMARY KEY (case_id, event_version)
      )`);
    await queryRunner.query('CREATE INDEX ranking_red_cards_raised ON ranking_red_cards (raised_at)');
    await queryRunner.query(`
      CREATE TABLE ranking_org_units (
        unit_id text PRIMARY KEY,
        kind text,
        parent_id text,
        name text,
        name_version bigint
      )`);
  },
  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['ranking_org_units', 'ranking_red_cards', 'ranking_cases', 'ranking_score_items', 'ranking_rounds']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  },
};

/**
 * Red cards are counted per county of a round's scope: the cases under a county are found through
 * their unit chain, so the count reads that county's cases only, not every red card in the window.
 * Without the GIN pending list (`fastupdate = off`) a lookup stays an index probe between vacuums.
 */
export const indexCaseChains: MigrationInterface = {
  name: 'IndexRankingCaseChains1767398400000',
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX ranking_cases_unit_chain ON ranking_cases USING gin (unit_chain) WITH (fastupdate = off)');
  },
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX ranking_cases_unit_chain');
  },
};

/**
 * The rankings as published (publication 1) and republished (2, 3, …). Rounds published before
 * this table existed have no row: they are answered like a publication without a recorded ranking.
 */
export const createRankingPublications: MigrationInterface = {
  name: 'CreateRankingPublications1767484800000',
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ranking_publications (
        round_id text NOT NULL,
        publication integer NOT NULL,
        published_at timestamptz NOT NULL,
        position bigint NOT NULL,
        published_by text NOT NULL,
        reason text,
        ranking jsonb,
        PRIMARY KEY (round_id, publication)
      )`);
  },
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE ranking_publications');
  },
};
