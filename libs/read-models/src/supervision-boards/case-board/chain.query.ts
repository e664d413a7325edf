import type { WarningColour } from '@app/supervision';
import { accountableUnitIdsOf } from '@app/supervision';
import type { CalendarDate } from '@app/workflow';
import { ReadModelReader, WorkingDayClock } from '../board-query';
import { holdersAt, orgUnitsById, RoleHolders, termsOf } from '../org-responsibility/responsibility.query';
import { caseDeadlineProvisional, caseOverdueWorkingDays } from './case-board.query';
import { CASE_BOARD_TABLE, CASE_STEPS_TABLE } from './case-board.tables';
import { CaseBoardStatus, CaseDocument } from './case-document';

/**
 * One level of a case's chain: a unit, the people in its roles today, and whether it is
 * accountable now (the responsible unit always; each unit above it the case escalated to, too).
 */
export interface ChainLevel {
  readonly level: number;
  readonly unitId: string;
  readonly name: string | null;
  readonly kind: string | null;
  readonly responsible: RoleHolders;
  readonly accountable: boolean;
}

/** A step of the case with the people in office at every level at that instant. */
export interface ChainStep {
  readonly version: number;
  readonly type: string;
  readonly at: string | null;
  readonly actorId: string | null;
  readonly escalationLevel: number;
  /** The highest unit accountable right after the step (where the case had escalated to). */
  readonly accountableUnitId: string | null;
  /** Every unit accountable right after the step, the responsible unit first. */
  readonly accountableUnitIds: readonly string[];
  readonly levels: readonly { readonly level: number; readonly unitId: string; readonly responsible: RoleHolders }[];
}

export interface ChildCaseView {
  readonly caseId: string;
  readonly unitId: string;
  readonly title: string;
  readonly status: CaseBoardStatus | 'unopened';
  readonly activeWarnings: readonly WarningColour[];
}

/** 责任链: every level from the case's unit up to the city, now and at each step of the case. */
export interface ResponsibilityChainView {
  readonly caseId: string;
  readonly status: CaseBoardStatus;
  readonly responsibleUnitId: string;
  /** The highest unit accountable now: the unit the case escalated to, or the responsible unit. */
  readonly currentHolderUnitId: string;
  /** Every unit accountable now, the responsible unit first: escalation adds units, it takes none away. */
  readonly accountableUnitIds: readonly string[];
  readonly escalationLevel: number;
  readonly activeWarnings: readonly WarningColour[];
  readonly overdueWorkingDays: number;
  /** The day the case is due (null before 交办) and whether it rests on a provisional year. */
  readonly dueOn: CalendarDate | null;
  readonly deadlineProvisional: boolean;
  readonly levels: readonly ChainLevel[];
  readonly steps: readonly ChainStep[];
  readonly children: readonly ChildCaseView[];
}

/** The chain of one case and the version of its stream it reflects; undefined for an unknown case. */
export async function chainQuery(
  db: ReadModelReader,
  caseId: string,
  clock: WorkingDayClock,
): Promise<{ chain: ResponsibilityChainView; version: number } | undefined> {
  const found: { document: CaseDocument; version: string }[] = await db.query(
    `SELECT document, version FROM ${CASE_BOARD_TABLE} WHERE case_id = $1 AND status <> 'unopened'`,
    [caseId],
  );
  if (found.length === 0) return undefined;
  const document = found[0]!.document;
  const unitChain = document.unitChain;
  const [units, terms, stepRows, childRows] = await Promise.all([
    orgUnitsById(db, unitChain),
    termsOf(db, unitChain),
    db.query(
      `SELECT version, type, at, actor_id, escalation_level, accountable_unit_id FROM ${CASE_STEPS_TABLE} WHERE case_id = $1 ORDER BY version`,
      [caseId],
    ) as Promise<{ version: string; type: string; at: Date | null; actor_id: string | null; escalation_level: number; accountable_unit_id: string | null }[]>,
    db.query(`SELECT case_id, status, warnings FROM ${CASE_BOARD_TABLE} WHERE case_id = ANY ($1::text[])`, [
      document.children.map((child) => child.caseId),
    ]) as Promise<{ case_id: string; status: CaseBoardStatus | 'unopened'; warnings: WarningColour[] }[]>,
  ]);
  const levels = unitChain.map(
    (unitId, level): ChainLevel => ({
      level,
      unitId,
      name: units.get(unitId)?.name ?? null,
      kind: units.get(unitId)?.kind ?? null,
      responsible: holdersAt(terms, unitId, null),
      accountable: level <= document.escalationLevel,
    }),
  );
  const steps = stepRows.map((row): ChainStep => {
    const at = row.at === null ? null : new Date(row.at).toISOString();
    return {
      version: Number(row.version),
      type: row.type,
      at,
      actorId: row.actor_id,
      escalationLevel: row.escalation_level,
      accountableUnitId: row.accountable_unit_id,
      accountableUnitIds: accountableUnitIdsOf({ unitChain, escalationLevel: row.escalation_level }),
      levels: unitChain.map((unitId, level) => ({ level, unitId, responsible: at === null ? {} : holdersAt(terms, unitId, at) })),
    };
  });
  const childStates = new Map(childRows.map((row) => [row.case_id, row]));
  const children = document.children.map((child): ChildCaseView => {
    const row = childStates.get(child.caseId);
    return {
      caseId: child.caseId,
      unitId: child.unitId,
      title: child.title,
      status: row?.status ?? 'unopened',
      activeWarnings: row?.warnings ?? [],
    };
  });
  return {
    version: Number(found[0]!.version),
    chain: {
      caseId: document.caseId,
      status: document.status,
      responsibleUnitId: document.responsibleUnitId,
      currentHolderUnitId: unitChain[document.escalationLevel] ?? document.responsibleUnitId,
      accountableUnitIds: accountableUnitIdsOf(document),
      escalationLevel: document.escalationLevel,
      activeWarnings: document.activeWarnings,
      overdueWorkingDays: caseOverdueWorkingDays(document, clock),
      dueOn: document.deadline?.dueOn ?? null,
      deadlineProvisional: caseDeadlineProvisional(document, clock),
      levels,
      steps,
      children,
    },
  };
}
