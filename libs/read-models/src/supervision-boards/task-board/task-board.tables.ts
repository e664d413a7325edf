import { defineTable } from '@app/projections';
import { earlyEventsTable } from '../stream-fold';
import type { TaskBoardDocument } from './task-document';

/** One task on the inspector task board: its document and the columns the board filters on. */
export interface TaskBoardRow {
  taskId: string;
  /** The version of the last event of the task's stream folded in. */
  version: number;
  document: TaskBoardDocument;
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

export const taskBoardTable = defineTable<TaskBoardRow>({
  name: 'task_board',
  entityName: 'TaskBoardRow',
  columns: {
    taskId: { name: 'task_id', type: 'text', primary: true },
    version: { type: 'bigint' },
    document: { type: 'jsonb' },
    status: { type: 'text' },
    roundId: { name: 'round_id', type: 'text', nullable: true },
    targetUnitId: { name: 'target_unit_id', type: 'text', nullable: true },
    unitPath: { name: 'unit_path', type: 'text', array: true },
    inspectorIds: { name: 'inspector_ids', type: 'text', array: true },
    dueOn: { name: 'due_on', type: 'date', nullable: true },
  },
  indexes: [
    { name: 'task_board_unit_path', on: 'USING gin (unit_path) WITH (fastupdate = off)', forQueriesOnly: true },
    { name: 'task_board_inspectors', on: 'USING gin (inspector_ids) WITH (fastupdate = off)', forQueriesOnly: true },
    { name: 'task_board_round', on: '(round_id, task_id)', forQueriesOnly: true },
    { name: 'task_board_status', on: '(status, task_id)', forQueriesOnly: true },
    { name: 'task_board_target', on: '(target_unit_id)' },
  ],
});

export const taskBoardUnitsTable = defineTable<TaskBoardUnitRow>({
  name: 'task_board_units',
  entityName: 'TaskBoardUnitRow',
  columns: {
    unitId: { name: 'unit_id', type: 'text', primary: true },
    parentId: { name: 'parent_id', type: 'text', nullable: true },
    unitPath: { name: 'unit_path', type: 'text', array: true },
  },
  indexes: [
    { name: 'task_board_units_path', on: 'USING gin (unit_path) WITH (fastupdate = off)', forQueriesOnly: true },
    { name: 'task_board_units_parent', on: '(parent_id)' },
    // attachFragments finds the fragments hanging under a unit by their first element.
    { name: 'task_board_units_root', on: '((unit_path[1]))' },
  ],
});

export const taskBoardEarlyEventsTable = earlyEventsTable('task_board_early_events', 'TaskBoardEarlyEventRow');

/** Every table of the task board. */
export const TASK_BOARD_TABLES = [taskBoardTable, taskBoardUnitsTable, taskBoardEarlyEventsTable] as const;

/** Table names for the queries. */
export const TASK_BOARD_TABLE = taskBoardTable.name;
export const TASK_BOARD_UNITS_TABLE = taskBoardUnitsTable.name;
