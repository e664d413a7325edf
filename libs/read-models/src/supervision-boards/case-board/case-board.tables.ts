import { EntitySchema, MigrationInterface, QueryRunner } from 'typeorm';
import type { CaseState } from '@app/supervision';
import { createEarlyEventsTable, earlyEventsEntity } from '../stream-fold';

/** One case (督办) on the case board: its folded state and the columns the board and lists filter on. */
export interface CaseBoardRow {
  caseId: string;
  /** The version of the last event of the case's stream folded in. */
  version: number;
  state: CaseState;
  status: string;
  severity: string | null;
  /** low 1 … critical 4, for ordering. */
  severityRank: number;
  responsibleUnitId: string | null;
  /** The case's unit chain: the responsible unit and every unit above it, for subtree filters and scope. */
  unitPath: string[];
  /**
   * The highest unit accountable now: the one the case escalated to, or the responsible unit. The
   * units below it on `unitPath` (up to `escalationLevel`) are accountable too.
   */
  accountableUnitId: string | null;
  escalationLevel: number;
  warnings: string[];
  /** The gravest warning up: 0 none, blue 1, yellow 2, red 3. */
  warningLevel: number;
  dueOn: string | null;
  parentCaseId: string | null;
}

/**
 * A step of a case: one event of its stream with its own instant, who took it, and the unit
 * accountable right after it. The chain resolves the people in office at each step's instant.
 */
export interface CaseStepRow {
  caseId: string;
  version: number;
  type: string;
  at: Date | null;
  actorId: string | null;
  escalationLevel: number;
  accountableUnitId: string | null;
}

export const CASE_BOARD_TABLE = 'case_board';
export const CASE_STEPS_TABLE = 'case_steps';
export const CASE_BOARD_EARLY_EVENTS_TABLE = 'case_board_early_events';

export const CaseBoardEntity = new EntitySchema<CaseBoardRow>({
  name: 'CaseBoardRow',
  tableName: CASE_BOARD_TABLE,
  columns: {
    caseId: { name: 'case_id', type: 'text', primary: true },
    version: { type: 'bigint' },
    state: { type: 'jsonb' },
    status: { type: 'text' },
    severity: { type: 'text', nullable: true },
    severityRank: { name: 'severity_rank', type: 'smallint' },
    responsibleUnitId: { name: 'responsible_unit_id', type: 'text', nullable: true },
    unitPath: { name: 'unit_path', type: 'text', array: true },
    accountableUnitId: { name: 'accountable_unit_id', type: 'text', nullable: true },
    escalationLevel: { name: 'escalation_level', type: 'integer' },
    warnings: { type: 'text', array: true },
    warningLevel: { name: 'warning_level', type: 'smallint' },
    dueOn: { name: 'due_on', type: 'date', nullable: true },
    parentCaseId: { name: 'parent_case_id', type: 'text', nullable: true },
  },
});

export const CaseStepEntity = new EntitySchema<CaseStepRow>({
  name: 'CaseStepRow',
  tableName: CASE_STEPS_TABLE,
  columns: {
    caseId: { name: 'case_id', type: 'text', primary: true },
    version: { type: 'bigint', primary: true },
    type: { type: 'text' },
    at: { type: 'timestamptz', nullable: true },
    actorId: { name: 'actor_id', type: 'text', nullable: true },
    escalationLevel: { name: 'escalation_level', type: 'integer' },
    accountableUnitId: { name: 'accountable_unit_id', type: 'text', nullable: true },
  },
});

export const CaseBoardEarlyEventEntity = earlyEventsEntity('CaseBoardEarlyEventRow', CASE_BOARD_EARLY_EVENTS_TABLE);

export const createCaseBoardTables: MigrationInterface = {
  name: 'CreateCaseBoard1780000000000',
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ${CASE_BOARD_TABLE} (
        case_id text PRIMARY KEY,
        version bigint NOT NULL,
        state jsonb NOT NULL,
        status text NOT NULL,
        severity text,
        severity_rank smallint NOT NULL,
        responsible_unit_id text,
        unit_path text[] NOT NULL,
        accountable_unit_id text,
        escalation_level integer NOT NULL,
        warnings text[] NOT NULL,
        warning_level smallint NOT NULL,
        due_on date,
        parent_case_id text
      )`);
    await queryRunner.query(`CREATE INDEX case_board_unit_path ON ${CASE_BOARD_TABLE} USING gin (unit_path) WITH (fastupdate = off)`);
    await queryRunner.query(`CREATE INDEX case_board_warnings ON ${CASE_BOARD_TABLE} USING gin (warnings) WITH (fastupdate = off)`);
    await queryRunner.query(`CREATE INDEX case_board_status ON ${CASE_BOARD_TABLE} (status, case_id)`);
    await queryRunner.query(`CREATE INDEX case_board_open_due ON ${CASE_BOARD_TABLE} (due_on) WHERE status <> 'closed'`);
    await queryRunner.query(`CREATE INDEX case_board_parent ON ${CASE_BOARD_TABLE} (parent_case_id) WHERE parent_case_id IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX case_board_accountable ON ${CASE_BOARD_TABLE} (accountable_unit_id) WHERE status <> 'closed'`);
    await queryRunner.query(`
      CREATE TABLE ${CASE_STEPS_TABLE} (
        case_id text NOT NULL,
        version bigint NOT NULL,
        type text NOT NULL,
        at timestamptz,
        actor_id text,
        escalation_level integer NOT NULL,
        accountable_unit_id text,
        PRIMARY KEY (case_id, version)
      )`);
    await queryRunner.query(createEarlyEventsTable(CASE_BOARD_EARLY_EVENTS_TABLE));
  },
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${CASE_BOARD_EARLY_EVENTS_TABLE}`);
    await queryRunner.query(`DROP TABLE ${CASE_STEPS_TABLE}`);
    await queryRunner.query(`DROP TABLE ${CASE_BOARD_TABLE}`);
  },
};
