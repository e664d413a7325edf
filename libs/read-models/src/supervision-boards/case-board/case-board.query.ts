import type { WarningColour } from '@app/supervision';
import { accountableUnitIdsOf } from '@app/supervision';
import {
  BoardPage,
  decodeListCursor,
  encodeListCursor,
  isProvisionalDeadline,
  overdueBefore,
  ReadModelReader,
  SqlConditions,
  WorkingDayClock,
  workingDaysOverdue,
} from '../board-query';
import { CASE_BOARD_TABLE } from './case-board.tables';
import { CaseBoardDocument, CaseDocument } from './case-document';
import { SharedDescription, sharedDescriptionsQuery } from './shared-descriptions.query';

/**
 * A case as the boards and the case page show it: its board document with its description resolved (a
 * child of a split shares its parent's: `descriptionFromCaseId` names the case the text belongs
 * to, `null` when it is the case's own), every unit accountable for it now (the responsible unit
 * first, then each unit it escalated to), how many working days it is overdue today, and whether
 * its deadline was counted over a year whose notice is not loaded (see {@link isProvisionalDeadline}).
 */
export type CaseView = CaseDocument & {
  readonly descriptionFromCaseId: string | null;
  readonly accountableUnitIds: readonly string[];
  readonly overdueWorkingDays: number;
  readonly deadlineProvisional: boolean;
};

export interface CaseBoardFilter {
  /** Units every case shown lies under (its unit chain holds each): the caller's scope, a unit filter. */
  readonly within?: readonly string[];
  /** Only cases this unit is accountable for now: its own, and those escalated to it. */
  readonly accountableUnitId?: string;
  /** A status a case on the board can have. */
  readonly status?: CaseBoardDocument['status'];
  /** Cases with this warning up. */
  readonly warning?: WarningColour;
  /** Only cases at least one working day overdue (true), or only the others (false). */
  readonly overdue?: boolean;
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string;
  readonly limit: number;
}

/** Working days a case is overdue today; 0 before its deadline, before 交办, and once closed. */
export function caseOverdueWorkingDays(document: Pick<CaseDocument, 'deadline' | 'status'>, clock: WorkingDayClock): number {
  if (document.deadline === undefined || document.status === 'closed') return 0;
  return workingDaysOverdue(document.deadline, clock);
}

/** Whether the case's deadline rests on a provisional year; false before 交办 (no deadline yet). */
export function caseDeadlineProvisional(document: Pick<CaseDocument, 'deadline' | 'assignedAt'>, clock: WorkingDayClock): boolean {
  const { deadline, assignedAt } = document;
  return deadline !== undefined && assignedAt !== undefined && isProvisionalDeadline(assignedAt, deadline.dueOn, clock.calendar);
}

function caseViewOf(document: CaseDocument, shared: SharedDescription | undefined, clock: WorkingDayClock): CaseView {
  return {
    ...document,
    ...(shared === undefined ? { descriptionFromCaseId: null } : { description: shared.description, descriptionFromCaseId: shared.fromCaseId }),
    accountableUnitIds: accountableUnitIdsOf(document),
    overdueWorkingDays: caseOverdueWorkingDays(document, clock),
    deadlineProvisional: caseDeadlineProvisional(document, clock),
  };
}

/** Cases as the boards and the case page show them, shared descriptions resolved from the case board. */
export async function caseViewsOf(db: ReadModelReader, cases: readonly CaseDocument[], clock: WorkingDayClock): Promise<CaseView[]> {
  const shared = await sharedDescriptionsQuery(db, cases);
  return cases.map((document) => caseViewOf(document, shared.get(document.caseId), clock));
}

/**
 * One case as the case page shows it, read from the board, with the version of its stream the
 * board holds (the inline board is current with every committed append); undefined for an unknown case.
 */
export async function caseViewQuery(db: ReadModelReader, caseId: string, clock: WorkingDayClock): Promise<{ view: CaseView; version: number } | undefined> {
  const rows: { document: CaseDocument; version: string }[] = await db.query(
    `SELECT document, version FROM ${CASE_BOARD_TABLE} WHERE case_id = $1 AND status <> 'unopened'`,
    [caseId],
  );
  if (rows.length === 0) return undefined;
  const [view] = await caseViewsOf(db, [rows[0]!.document], clock);
  return { view: view!, version: Number(rows[0]!.version) };
}

/** The name case board cursors are tagged with. */
const CASE_LIST = 'cases';

/** The case board: cases by id, filtered by unit subtree, accountable unit, status, warning colour and overdue. */
export async function caseBoardQuery(db: ReadModelReader, filter: CaseBoardFilter, clock: WorkingDayClock): Promise<BoardPage<CaseView>> {
  const where = new SqlConditions().add(`status <> 'unopened'`);
  const within = filter.within !== undefined && filter.within.length > 0;
  if (within) where.add('unit_path @> ?::text[]', [...filter.within!]);
  if (filter.accountableUnitId !== undefined) {
    // A unit accountable for a case lies on its chain at or below the level it escalated to.
    const unit = where.parameter(filter.accountableUnitId);
    where.add(`unit_path @> ARRAY[${unit}::text] AND ${unit}::text = ANY (unit_path[1:escalation_level + 1])`);
  }
  if (filter.status !== undefined) where.add('status = ?', filter.status);
  if (filter.warning !== undefined) {
    // Within a subtree the unit index finds a county's few cases, and the colour is checked on
    // each: the planner would otherwise AND in the warnings index, which lists every case with
    // that colour up (a fifth of a city's cases are red) and costs more than the rows it saves.
    where.add(within ? '?::text = ANY (warnings)' : 'warnings @> ARRAY[?::text]', filter.warning);
  }
  if (filter.overdue !== undefined) {
    const late = `(status <> 'closed' AND due_on IS NOT NULL AND due_on < ${where.parameter(overdueBefore(clock))}::date)`;
    where.add(filter.overdue ? late : `NOT ${late}`);
  }
  if (filter.cursor !== undefined) where.add('case_id > ?', decodeListCursor(CASE_LIST, filter.cursor));
  const rows: { case_id: string; document: CaseDocument }[] = await db.query(
    `SELECT case_id, document FROM ${CASE_BOARD_TABLE} ${where.where} ORDER BY case_id LIMIT ${where.parameter(filter.limit + 1)}`,
    where.parameters,
  );
  const page = rows.slice(0, filter.limit);
  return {
    items: await caseViewsOf(db, page.map(({ document }) => document), clock),
    nextCursor: rows.length > filter.limit ? encodeListCursor(CASE_LIST, page[page.length - 1]!.case_id) : null,
  };
}
