import type { WorkingDayCalendar } from '@app/workflow';
import { BoardPage, decodeListCursor, encodeListCursor, isProvisionalDeadline, ReadModelReader, SqlConditions } from '../board-query';
import { TASK_BOARD_TABLE } from './task-board.tables';
import type { EvidenceRef } from '@app/supervision';
import type { TaskBoardDocument, TaskDocument, TaskFindingEntry } from './task-document';

export interface TaskBoardFilter {
  /** Units every task shown targets or lies under: the caller's scope, a unit filter. */
  readonly within?: readonly string[];
  /** A status a task on the board can have. */
  readonly status?: TaskBoardDocument['status'];
  readonly roundId?: string;
  readonly inspectorId?: string;
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string;
  readonly limit: number;
}

/** The name task board cursors are tagged with. */
const TASK_LIST = 'tasks';

/** A task as the boards show it: its board document, and whether its deadline rests on a provisional year. */
export type TaskView = Omit<TaskDocument, 'findings'> & {
  readonly findings: ReadonlyArray<TaskFindingEntry & { readonly attachments: readonly EvidenceRef[] }>;
  readonly deadlineProvisional: boolean;
};

export function taskView(task: TaskDocument, calendar: WorkingDayCalendar): TaskView {
  return {
    ...task,
    findings: task.findings.map((finding) => ({ ...finding, attachments: finding.attachments ?? [] })),
    deadlineProvisional: isProvisionalDeadline(task.assignedAt, task.dueOn, calendar),
  };
}

/** The inspector task board: tasks by id, filtered by status, round, unit subtree and inspector. */
export async function taskBoardQuery(db: ReadModelReader, filter: TaskBoardFilter, calendar: WorkingDayCalendar): Promise<BoardPage<TaskView>> {
  const where = new SqlConditions().add(`status <> 'unassigned'`);
  if (filter.within !== undefined && filter.within.length > 0) where.add('unit_path @> ?::text[]', [...filter.within]);
  if (filter.status !== undefined) where.add('status = ?', filter.status);
  if (filter.roundId !== undefined) where.add('round_id = ?', filter.roundId);
  if (filter.inspectorId !== undefined) where.add('inspector_ids @> ARRAY[?::text]', filter.inspectorId);
  if (filter.cursor !== undefined) where.add('task_id > ?', decodeListCursor(TASK_LIST, filter.cursor));
  const rows: { task_id: string; document: TaskDocument }[] = await db.query(
    `SELECT task_id, document FROM ${TASK_BOARD_TABLE} ${where.where} ORDER BY task_id LIMIT ${where.parameter(filter.limit + 1)}`,
    where.parameters,
  );
  const page = rows.slice(0, filter.limit);
  return { items: page.map((row) => taskView(row.document, calendar)), nextCursor: rows.length > filter.limit ? encodeListCursor(TASK_LIST, page[page.length - 1]!.task_id) : null };
}

/**
 * One task as its page shows it, read from the board, with the version of its stream the board
 * holds; undefined for an unknown task.
 */
export async function taskViewQuery(db: ReadModelReader, taskId: string, calendar: WorkingDayCalendar): Promise<{ view: TaskView; version: number } | undefined> {
  const rows: { document: TaskDocument; version: string }[] = await db.query(
    `SELECT document, version FROM ${TASK_BOARD_TABLE} WHERE task_id = $1 AND status <> 'unassigned'`,
    [taskId],
  );
  if (rows.length === 0) return undefined;
  return { view: taskView(rows[0]!.document, calendar), version: Number(rows[0]!.version) };
}

/** The tasks a round has for one target unit (one at most, since a round has one task per unit). */
export async function roundUnitTaskIdsQuery(db: ReadModelReader, roundId: string, targetUnitId: string): Promise<string[]> {
  const rows: { task_id: string }[] = await db.query(
    `SELECT task_id FROM ${TASK_BOARD_TABLE} WHERE round_id = $1 AND target_unit_id = $2 AND status <> 'unassigned' ORDER BY task_id`,
    [roundId, targetUnitId],
  );
  return rows.map((row) => row.task_id);
}

/**
 * The round a task belongs to, fixed when the task is assigned; undefined for a task the board does
 * not hold. The board is kept inline, in the transaction of every append, so it answers for every
 * task committed.
 */
export async function taskRoundIdQuery(db: ReadModelReader, taskId: string): Promise<string | undefined> {
  const rows: { round_id: string }[] = await db.query(`SELECT round_id FROM ${TASK_BOARD_TABLE} WHERE task_id = $1 AND round_id IS NOT NULL`, [taskId]);
  return rows[0]?.round_id;
}

/** How far a round has got: its tasks by status. */
export interface RoundProgress {
  readonly tasks: number;
  readonly assigned: number;
  readonly opened: number;
  readonly submitted: number;
  readonly closed: number;
}

const NO_TASKS: RoundProgress = { tasks: 0, assigned: 0, opened: 0, submitted: 0, closed: 0 };

/** The progress of each round named (rounds without tasks have all zeros). */
export async function roundProgressQuery(db: ReadModelReader, roundIds: readonly string[]): Promise<Map<string, RoundProgress>> {
  const progress = new Map<string, RoundProgress>(roundIds.map((roundId) => [roundId, NO_TASKS]));
  if (roundIds.length === 0) return progress;
  const rows: { round_id: string; status: string; tasks: string }[] = await db.query(
    `SELECT round_id, status, count(*) AS tasks FROM ${TASK_BOARD_TABLE}
      WHERE round_id = ANY ($1::text[]) AND status <> 'unassigned' GROUP BY round_id, status`,
    [[...roundIds]],
  );
  for (const row of rows) {
    const current = progress.get(row.round_id) ?? NO_TASKS;
    const count = Number(row.tasks);
    progress.set(row.round_id, { ...current, tasks: current.tasks + count, [row.status]: count });
  }
  return progress;
}
