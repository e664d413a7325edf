import type { RecordedEvent } from '@app/event-store';
import { defineProjection } from '@app/projections';
import { evolveTask, initialTaskState, TASK_EVENT_TYPES, TaskEvent, TaskState, taskStreamId, taskStreams } from '@app/supervision';
import type { OrgUnitRegistered } from '@app/supervision';
import type { EntityManager } from 'typeorm';
import { foldInVersionOrder, FoldableEvent, StoredFold } from '../stream-fold';
import { attachUnitPath } from '../unit-paths';
import {
  createTaskBoardTables,
  TASK_BOARD_EARLY_EVENTS_TABLE,
  TASK_BOARD_TABLE,
  TASK_BOARD_UNITS_TABLE,
  TaskBoardEarlyEventEntity,
  TaskBoardEntity,
  TaskBoardUnitEntity,
} from './task-board.tables';

const TASK_TYPES = new Set<string>(TASK_EVENT_TYPES);

function evolve(state: TaskState, event: FoldableEvent): TaskState {
  return TASK_TYPES.has(event.type) ? evolveTask(state, { type: event.type, data: event.data } as TaskEvent) : state;
}

async function storedTasks(manager: EntityManager, streamIds: readonly string[]): Promise<Map<string, StoredFold<TaskState>>> {
  const rows: { task_id: string; version: string; state: TaskState }[] = await manager.query(
    `SELECT task_id, version, state FROM ${TASK_BOARD_TABLE} WHERE task_id = ANY ($1::text[])`,
    [streamIds.map(taskStreams.entityIdOf)],
  );
  return new Map(rows.map((row) => [taskStreamId(row.task_id), { version: Number(row.version), state: row.state }]));
}

async function placeUnit(manager: EntityManager, data: OrgUnitRegistered['data']): Promise<void> {
  await manager.query(
    `INSERT INTO ${TASK_BOARD_UNITS_TABLE} (unit_id, parent_id, unit_path) VALUES ($1, $2, ARRAY[$1::text])
     ON CONFLICT (unit_id) DO UPDATE SET parent_id = EXCLUDED.parent_id`,
    [data.unitId, data.parentId],
  );
  await attachUnitPath(manager, TASK_BOARD_UNITS_TABLE, data.unitId, data.parentId);
  // Tasks met before their unit (or an ancestor of it) take the path it has now. The units under
  // it are listed first, so the tasks are found through the target index (a join here was planned
  // as a scan of the whole board on every unit registered).
  const below: { unit_id: string }[] = await manager.query(`SELECT unit_id FROM ${TASK_BOARD_UNITS_TABLE} WHERE unit_path @> ARRAY[$1::text]`, [
    data.unitId,
  ]);
  await manager.query(
    `UPDATE ${TASK_BOARD_TABLE} b SET unit_path = u.unit_path
       FROM ${TASK_BOARD_UNITS_TABLE} u
      WHERE b.target_unit_id = ANY ($1::text[]) AND u.unit_id = b.target_unit_id AND b.unit_path IS DISTINCT FROM u.unit_path`,
    [below.map((unit) => unit.unit_id)],
  );
}

/**
 * The inspector task board (督查任务): one row per task with its state folded from its stream,
 * and the columns the board filters on, among them the target's unit path for subtree and scope
 * filters (kept from the org events this projection follows too).
 */
export function taskBoardProjection() {
  return defineProjection({
    name: 'task-board',
    kind: 'inline',
    // Whole categories, not types: folding needs every version of a task's stream.
    categories: ['orgunit', 'task'],
    entities: [TaskBoardEntity, TaskBoardUnitEntity, TaskBoardEarlyEventEntity],
    migrations: [createTaskBoardTables],
    async apply(events: readonly RecordedEvent[], { manager }) {
      for (const event of events) {
        if (event.type === 'OrgUnitRegistered') await placeUnit(manager, event.data as OrgUnitRegistered['data']);
      }
      const taskEvents = events.filter((event) => event.category === 'task');
      const folds = await foldInVersionOrder(manager, taskEvents, {
        earlyTable: TASK_BOARD_EARLY_EVENTS_TABLE,
        load: (streamIds) => storedTasks(manager, streamIds),
        initial: initialTaskState(),
        evolve,
      });
      if (folds.length === 0) return;
      const rows = folds.map(({ streamId, steps }) => {
        const { event, state } = steps[steps.length - 1]!;
        const assigned = state.status === 'unassigned' ? undefined : state;
        return {
          task_id: taskStreams.entityIdOf(streamId),
          version: event.version,
          state,
          status: state.status,
          round_id: assigned?.roundId ?? null,
          target_unit_id: assigned?.targetUnitId ?? null,
          inspector_ids: assigned?.inspectors.map((inspector) => inspector.inspectorId) ?? [],
          due_on: assigned?.dueOn ?? null,
        };
      });
      await manager.query(
        `INSERT INTO ${TASK_BOARD_TABLE} AS b (task_id, version, state, status, round_id, target_unit_id, unit_path, inspector_ids, due_on)
         SELECT r.task_id, r.version, r.state, r.status, r.round_id, r.target_unit_id,
                COALESCE((SELECT u.unit_path FROM ${TASK_BOARD_UNITS_TABLE} u WHERE u.unit_id = r.target_unit_id),
                         array_remove(ARRAY[r.target_unit_id], NULL)),
                r.inspector_ids, r.due_on
           FROM jsonb_to_recordset($1::jsonb) AS r(task_id text, version bigint, state jsonb, status text, round_id text,
                                                   target_unit_id text, inspector_ids text[], due_on date)
         ON CONFLICT (task_id) DO UPDATE SET
           version = EXCLUDED.version, state = EXCLUDED.state, status = EXCLUDED.status, round_id = EXCLUDED.round_id,
           target_unit_id = EXCLUDED.target_unit_id, unit_path = EXCLUDED.unit_path,
           inspector_ids = EXCLUDED.inspector_ids, due_on = EXCLUDED.due_on`,
        [JSON.stringify(rows)],
      );
    },
  });
}
