import type { CaseStatus, ExistingCase, WarningColour } from '@app/supervision';
import { hasDeadline } from '@app/supervision';
import { BoardPage, isProvisionalDeadline, overdueBefore, ReadModelReader, SqlConditions, WorkingDayClock, workingDaysOverdue } from '../board-query';
import { CASE_BOARD_TABLE } from './case-board.tables';

/**
 * A case as the boards show it: its state, how many working days it is overdue today, and whether
 * its deadline was counted over a year whose notice is not loaded (see {@link isProvisionalDeadline}).
 */
export type CaseView = ExistingCase & { readonly overdueWorkingDays: number; readonly deadlineProvisional: boolean };

export interface CaseBoardFilter {
  /** Units every case shown lies under (its unit chain holds each): the caller's scope, a unit filter. */
  readonly within?: readonly string[];
  readonly status?: CaseStatus;
  /** Cases with this warning up. */
  readonly warning?: WarningColour;
  /** Only cases at least one working day overdue (true), or only the others (false). */
  readonly overdue?: boolean;
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string;
  readonly limit: number;
}

/** Working days a case is overdue today; 0 before its deadline, before 交办, and once closed. */
export function caseOverdueWorkingDays(state: ExistingCase, clock: WorkingDayClock): number {
  if (!hasDeadline(state) || state.status === 'closed') return 0;
  return workingDaysOverdue(state.deadline, clock);
}

/** Whether the case's deadline rests on a provisional year; false before 交办 (no deadline yet). */
export function caseDeadlineProvisional(state: ExistingCase, clock: WorkingDayClock): boolean {
  return hasDeadline(state) && isProvisionalDeadline(state.assignedAt, state.deadline.dueOn, clock.calendar);
}

export function caseView(state: ExistingCase, clock: WorkingDayClock): CaseView {
  return { ...state, overdueWorkingDays: caseOverdueWorkingDays(state, clock), deadlineProvisional: caseDeadlineProvisional(state, clock) };
}

/** The case board: cases by id, filtered by unit subtree, status, warning colour and overdue. */
export async function caseBoardQuery(db: ReadModelReader, filter: CaseBoardFilter, clock: WorkingDayClock): Promise<BoardPage<CaseView>> {
  const where = new SqlConditions().add(`status <> 'unopened'`);
  if (filter.within !== undefined && filter.within.length > 0) where.add('unit_path @> ?::text[]', [...filter.within]);
  if (filter.status !== undefined) where.add('status = ?', filter.status);
  if (filter.warning !== undefined) where.add('warnings @> ARRAY[?::text]', filter.warning);
  if (filter.overdue !== undefined) {
    const late = `(status <> 'closed' AND due_on IS NOT NULL AND due_on < ${where.parameter(overdueBefore(clock))}::date)`;
    where.add(filter.overdue ? late : `NOT ${late}`);
  }
  if (filter.cursor !== undefined) where.add('case_id > ?', filter.cursor);
  const rows: { case_id: string; state: ExistingCase }[] = await db.query(
    `SELECT case_id, state FROM ${CASE_BOARD_TABLE} ${where.where} ORDER BY case_id LIMIT ${where.parameter(filter.limit + 1)}`,
    where.parameters,
  );
  const page = rows.slice(0, filter.limit);
  return {
    items: page.map(({ state }) => caseView(state, clock)),
    nextCursor: rows.length > filter.limit ? page[page.length - 1]!.case_id : null,
  };
}
