import type { ExistingTask, TaskStatus } from '@app/supervision';
import { BoardPage, ReadModelReader, SqlConditions } from '../board-query';
import { TASK_BOARD_TABLE } from './task-board.tables';

export interface TaskBoardFilter {
  /** Units every task shown targets or lies under: the caller's scope, a unit filter. */
  readonly within?: readonly string[];
  readonly status?: TaskStatus;
  readonly roundId?: string;
  readonly inspectorId?: string;
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string;
  readonly limit: number;
}

/** The inspector task board: tasks by id, filtered by status, round, unit subtree and inspector. */
export async function taskBoardQuery(db: ReadModelReader, filter: TaskBoardFilter): Promise<BoardPage<ExistingTask>> {
  const where = new SqlConditions().add(`status <> 'unassigned'`);
  if (filter.within !== undefined && filter.within.length > 0) where.add('unit_path @> ?::text[]', [...filter.within]);
  if (filter.status !== undefined) where.add('status = ?', filter.status);
  if (filter.roundId !== undefined) where.add('round_id = ?', filter.roundId);
  if (filter.inspectorId !== undefined) where.add('inspector_ids @> ARRAY[?::text]', filter.inspectorId);
  if (filter.cursor !== undefined) where.add('task_id > ?', filter.cursor);
  const rows: { task_id: string; state: ExistingTask }[] = await db.query(
    `SELECT task_id, state FROM ${TASK_BOARD_TABLE} ${where.where} ORDER BY task_id LIMIT ${where.parameter(filter.limit + 1)}`,
    where.parameters,
  );
  const page = rows.slice(0, filter.limit);
  return { items: page.map((row) => row.state), nextCursor: rows.length > filter.limit ? page[page.length - 1]!.task_id : null };
}
