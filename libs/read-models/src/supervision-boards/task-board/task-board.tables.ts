import { EntitySchema, MigrationInterface, QueryRunner } from 'typeorm';
import type { TaskState } from '@app/supervision';
import { createEarlyEventsTable, earlyEventsEntity } from '../stream-fold';

/** One task on the inspector task board: its folded state and the columns the board filters on. */
export interface TaskBoardRow {
  taskId: string;
  /** The version of the last event of the task's stream folded in. */
  version: number;
  state: TaskState;
  status: string;
  roundId: string | null;
  targetUnitId: string | null;
  /** The target unit and every unit above it, for subtree filters and org scope. */
  unitPath: string[];
  inspectorIds: string[];
  dueOn: string | null;
}

/** Where each unit sits, so a task row can carry its target's path. */
export interface TaskBoardUnitRow {
  unitId: string;
  parentId: string | null;
  unitPath: string[];
}

export const TASK_BOARD_TABLE = 'task_board';
export const TASK_BOARD_UNITS_TABLE = 'task_board_units';
export const TASK_BOARD_EARLY_EVENTS_TABLE = 'task_board_early_events';

export const TaskBoardEntity = new EntitySchema<TaskBoardRow>({
  name: 'TaskBoardRow',
  tableName: TASK_BOARD_TABLE,
  columns: {
    taskId: { name: 'task_id', type: 'text', primary: true },
    version: { type: 'bigint' },
    state: { type: 'jsonb' },
    status: { type: 'text' },
    roundId: { name: 'round_id', type: 'text', nullable: true },
    targetUnitId: { name: 'target_unit_id', type: 'text', nullable: true },
    unitPath: { name: 'unit_path', type: 'text', array: true },
    inspectorIds: { name: 'inspector_ids', type: 'text', array: true },
    dueOn: { name: 'due_on', type: 'date', nullable: true },
  },
});

export const TaskBoardUnitEntity = new EntitySchema<TaskBoardUnitRow>({
  name: 'TaskBoardUnitRow',
  tableName: TASK_BOARD_UNITS_TABLE,
  columns: {
    unitId: { name: 'unit_id', type: 'text', primary: true },
    parentId: { name: 'parent_id', type: 'text', nullable: true },
    unitPath: { name: 'unit_path', type: 'text', array: true },
  },
});

export const TaskBoardEarlyEventEntity = earlyEventsEntity('TaskBoardEarlyEventRow', TASK_BOARD_EARLY_EVENTS_TABLE);

export const createTaskBoardTables: MigrationInterface = {
  name: 'CreateTaskBoard1780000000000',
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ${TASK_BOARD_TABLE} (
        task_id text PRIMARY KEY,
        version bigint NOT NULL,
        state jsonb NOT NULL,
        status text NOT NULL,
        round_id text,
        target_unit_id text,
        unit_path text[] NOT NULL,
        inspector_ids text[] NOT NULL,
        due_on date
      )`);
    await queryRunner.query(`CREATE INDEX task_board_unit_path ON ${TASK_BOARD_TABLE} USING gin (unit_path) WITH (fastupdate = off)`);
    await queryRunner.query(`CREATE INDEX task_board_inspectors ON ${TASK_BOARD_TABLE} USING gin (inspector_ids) WITH (fastupdate = off)`);
    await queryRunner.query(`CREATE INDEX task_board_round ON ${TASK_BOARD_TABLE} (round_id, task_id)`);
    await queryRunner.query(`CREATE INDEX task_board_status ON ${TASK_BOARD_TABLE} (status, task_id)`);
    await queryRunner.query(`CREATE INDEX task_board_target ON ${TASK_BOARD_TABLE} (target_unit_id)`);
    await queryRunner.query(`
      CREATE TABLE ${TASK_BOARD_UNITS_TABLE} (
        unit_id text PRIMARY KEY,
        parent_id text,
        unit_path text[] NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX task_board_units_path ON ${TASK_BOARD_UNITS_TABLE} USING gin (unit_path) WITH (fastupdate = off)`);
    await queryRunner.query(`CREATE INDEX task_board_units_parent ON ${TASK_BOARD_UNITS_TABLE} (parent_id)`);
    // attachUnitPath finds the fragments hanging under a unit by their first element.
    await queryRunner.query(`CREATE INDEX task_board_units_root ON ${TASK_BOARD_UNITS_TABLE} ((unit_path[1]))`);
    await queryRunner.query(createEarlyEventsTable(TASK_BOARD_EARLY_EVENTS_TABLE));
  },
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${TASK_BOARD_EARLY_EVENTS_TABLE}`);
    await queryRunner.query(`DROP TABLE ${TASK_BOARD_UNITS_TABLE}`);
    await queryRunner.query(`DROP TABLE ${TASK_BOARD_TABLE}`);
  },
};
