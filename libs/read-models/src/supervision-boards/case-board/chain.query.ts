import type { WarningColour } from '@app/supervision';
import { accountableUnitIdsOf } from '@app/supervision';
import type { CalendarDate } from '@app/workflow';
import { ReadModelReader, WorkingDayClock } from '../board-query';
import { ORG_UNITS_TABLE, RESPONSIBILITY_TERMS_TABLE } from '../org-responsibility/org-responsibility.tables';
import { holdersAt, RoleHolders, TermRow, termOfRow } from '../org-responsibility/responsibility.query';
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

/**
 * The case with, in the same statement, the units of its chain, every term of their roles, its
 * steps and its children's states: one round trip, one state of the tables.
 */
const CHAIN_SQL = `
  SELECT b.document, b.version,
         (SELECT json_agg(u) FROM (SELECT unit_id, kind, name, parent_id, unit_path FROM ${ORG_UNITS_TABLE} WHERE unit_id = ANY (chain.ids)) u) AS units,
         (SELECT json_agg(t ORDER BY t.unit_id, t.role, t.from_at)
            FROM (SELECT unit_id, role, person_id, name, from_at, until_at FROM ${RESPONSIBILITY_TERMS_TABLE} WHERE unit_id = ANY (chain.ids)) t) AS terms,
         (SELECT json_agg(s ORDER BY s.version)
            FROM (SELECT version, type, at, actor_id, escalation_level, accountable_unit_id FROM ${CASE_STEPS_TABLE} WHERE case_id = b.case_id) s) AS steps,
         (SELECT json_agg(c)
            FROM (SELECT case_id, status, warnings FROM ${CASE_BOARD_TABLE}
                   WHERE case_id IN (SELECT child ->> 'caseId' FROM jsonb_array_elements(b.document -> 'children') child)) c) AS children
    FROM ${CASE_BOARD_TABLE} b
   CROSS JOIN LATERAL (SELECT ARRAY(SELECT jsonb_array_elements_text(b.document -> 'unitChain')) AS ids) chain
   WHERE b.case_id = $1 AND b.status <> 'unopened'`;

interface ChainRow {
  document: CaseDocument;
  version: string;
  units: { unit_id: string; kind: string; name: string; parent_id: string | null; unit_path: string[] }[] | null;
  terms: TermRow[] | null;
  /** Read through JSON: the version a number, the instant text. */
  steps: { version: number; type: string; at: string | null; actor_id: string | null; escalation_level: number; accountable_unit_id: string | null }[] | null;
  children: { case_id: string; status: CaseBoardStatus | 'unopened'; warnings: WarningColour[] }[] | null;
}

/** The chain of one case and the version of its stream it reflects; undefined for an unknown case. */
export async function chainQuery(
  db: ReadModelReader,
  caseId: string,
  clock: WorkingDayClock,
): Promise<{ chain: ResponsibilityChainView; version: number } | undefined> {
  const found: ChainRow[] = await db.query(CHAIN_SQL, [caseId]);
  if (found.length === 0) return undefined;
  const row = found[0]!;
  const document = row.document;
  const unitChain = document.unitChain;
  const units = new Map((row.units ?? []).map((unit) => [unit.unit_id, { name: unit.name, kind: unit.kind }]));
  const terms = (row.terms ?? []).map(termOfRow);
  const stepRows = row.steps ?? [];
  const childRows = row.children ?? [];
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
    version: Number(row.version),
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
