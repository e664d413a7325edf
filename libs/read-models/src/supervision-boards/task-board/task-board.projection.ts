import type { RecordedEvent } from '@app/event-store';
import { defineProjection, recreateTables, tableEntities } from '@app/projections';
import { OrgUnitRegistered, taskStreamId, taskStreams } from '@app/supervision';
import type { EntityManager } from 'typeorm';
import { foldInVersionOrder, StoredFold } from '../stream-fold';
import { attachFragments, pathsOfNewUnits } from '../unit-paths';
import { TASK_BOARD_TABLES, taskBoardEarlyEventsTable, TaskBoardRow, taskBoardTable, taskBoardUnitsTable } from './task-board.tables';
import { foldTaskDocument, NO_TASK, TaskBoardDocument } from './task-document';


const writeUnits = taskBoardUnitsTable.upsert({ update: ['parentId', 'unitPath'] });
// A task met before its target unit has a path of the target alone until the unit comes.
const writeTasks = taskBoardTable.upsert({
  computed: {
    unitPath: `COALESCE((SELECT u.unit_path FROM ${taskBoardUnitsTable.name} u WHERE u.unit_id = incoming.target_unit_id),
                        array_remove(ARRAY[incoming.target_unit_id], NULL))`,
  },
});

async function storedTasks(manager: EntityManager, streamIds: readonly string[]): Promise<Map<string, StoredFold<TaskBoardDocument>>> {
  const rows: { task_id: string; version: string; document: TaskBoardDocument }[] = await manager.query(
    `SELECT task_id, version, document FROM ${taskBoardTable.name} WHERE task_id = ANY ($1::text[])`,
    [streamIds.map(taskStreams.entityIdOf)],
  );
  return new Map(rows.map((row) => [taskStreamId(row.task_id), { version: Number(row.version), state: row.document }]));
}

/** Units registered in one batch, placed together: a handful of statements however many there are. */
async function placeUnits(manager: EntityManager, units: ReadonlyArray<OrgUnitRegistered['data']>): Promise<void> {
  if (units.length === 0) return;
  const paths = await pathsOfNewUnits(manager, taskBoardUnitsTable.name, units);
  await writeUnits.run(manager, units.map((data) => ({ unitId: data.unitId, parentId: data.parentId, unitPath: paths.get(data.unitId)! })));
  const placed = await attachFragments(manager, taskBoardUnitsTable.name, units.map((data) => data.unitId));
  // Tasks met before their unit (or an ancestor of it) take the path it has now: the tasks whose
  // target's path was just set or changed, found through the target index.
  await manager.query(
    `UPDATE ${taskBoardTable.name} b SET unit_path = u.unit_path
       FROM ${taskBoardUnitsTable.name} u
      WHERE b.target_unit_id = ANY ($1::text[]) AND u.unit_id = b.target_unit_id AND b.unit_path IS DISTINCT FROM u.unit_path`,
    [placed],
  );
}

function boardRow(taskId: string, version: number, document: TaskBoardDocument): Omit<TaskBoardRow, 'unitPath'> {
  const assigned = document.status === 'unassigned' ? undefined : document;
  return {
    taskId,
    version,
    document,
    status: document.status,
    roundId: assigned?.roundId ?? null,
    targetUnitId: assigned?.targetUnitId ?? null,
    inspectorIds: assigned?.inspectors.map((inspector) => inspector.inspectorId) ?? [],
    dueOn: assigned?.dueOn ?? null,
  };
}

/**
 * The inspector task board (督查任务): one row per task with its board document (see
 * {@link foldTaskDocument}) and the columns the board filters on, among them the target's unit
 * path for subtree and scope filters (kept from the org events this projection follows too).
 *
 * The tables' shape changed when the board got a document of its own (it used to keep the
 * decider's state): that migration recreates them, and the runtime rebuilds them from the log.
 */
export function taskBoardProjection() {
  return defineProjection({
    name: 'task-board',
    kind: 'inline',
    // Whole categories, not types: folding needs every version of a task's stream.
    categories: ['orgunit', 'task'],
    entities: tableEntities(TASK_BOARD_TABLES),
    migrations: [recreateTables('task board documents folded by the board itself', TASK_BOARD_TABLES)],
    async apply(events: readonly RecordedEvent[], { manager }) {
      const registered = new Map<string, OrgUnitRegistered['data']>();
      for (const event of events) {
        if (event.type === 'OrgUnitRegistered') registered.set((event.data as OrgUnitRegistered['data']).unitId, event.data as OrgUnitRegistered['data']);
      }
      await placeUnits(manager, [...registered.values()]);
      const taskEvents = events.filter((event) => event.category === 'task');
      const folds = await foldInVersionOrder(manager, taskEvents, {
        earlyTable: taskBoardEarlyEventsTable,
        load: (streamIds) => storedTasks(manager, streamIds),
        initial: NO_TASK,
        evolve: foldTaskDocument,
      });
      await writeTasks.run(
        manager,
        folds.map(({ streamId, steps }) => {
          const { event, state } = steps[steps.length - 1]!;
          return boardRow(taskStreams.entityIdOf(streamId), event.version, state);
        }),
      );
    },
  });
}
