import type { CalendarDate } from '@app/workflow';
import { accountableUnitIdsOf, CASE_SEVERITIES, WARNING_COLOURS } from '@app/supervision';
import type { CaseSeverity, WarningColour } from '@app/supervision';
import { isProvisionalDeadline, ReadModelReader, WorkingDayClock } from '../board-query';
import { caseDeadlineProvisional, caseOverdueWorkingDays } from '../case-board/case-board.query';
import { CASE_BOARD_TABLE } from '../case-board/case-board.tables';
import { CaseBoardStatus, CaseDocument, highestAccountableUnit } from '../case-board/case-document';
import type { TaskBoardStatus } from '../task-board/task-document';
import { ORG_UNITS_TABLE, RESPONSIBILITY_TERMS_TABLE } from '../org-responsibility/org-responsibility.tables';
import { holdersAt, RoleHolders, termOfRow, TermRow } from '../org-responsibility/responsibility.query';
import { TASK_BOARD_TABLE } from '../task-board/task-board.tables';
import { ListedProject, listedProject } from '../project-board/project-board.query';
import type { ProjectDocument } from '../project-board/project-document';
import { PROJECT_BOARD_TABLE } from '../project-board/project-board.tables';

export type WarningBand = WarningColour | 'none';

/** Open cases counted by severity and by their gravest warning. */
export interface ProblemCounts {
  readonly open: number;
  readonly bySeverity: Readonly<Record<CaseSeverity, number>>;
  readonly byWarning: Readonly<Record<WarningBand, number>>;
}

/** Tasks counted by status. */
export interface TaskCounts {
  readonly total: number;
  readonly byStatus: Readonly<Record<TaskBoardStatus, number>>;
}

/** 责任清单: a unit of the subtree, who answers for it, and what it answers for now. */
export interface ResponsibilityEntry {
  readonly unitId: string;
  readonly name: string;
  readonly kind: string;
  readonly parentId: string | null;
  /** 0 for the unit the lists are of, 1 for the units directly below it… */
  readonly depth: number;
  readonly responsible: RoleHolders;
  /**
   * Open cases this unit is responsible for, and open cases it is accountable for now: its own,
   * which stay its own after an escalation, and those escalated to it from below.
   */
  readonly openCases: number;
  readonly accountableCases: number;
  /** Tasks targeting this unit that are not closed. */
  readonly activeTasks: number;
  /** 书记领办项目 of this unit not yet evaluated, led by its secretary. */
  readonly activeProjects: number;
}

export interface OpenProblem {
  readonly caseId: string;
  readonly title: string;
  readonly severity: CaseSeverity;
  readonly status: CaseBoardStatus;
  readonly responsibleUnitId: string;
  /** The highest unit accountable now: the unit the case escalated to, or the responsible unit. */
  readonly accountableUnitId: string;
  /** Every unit accountable now, the responsible unit first. */
  readonly accountableUnitIds: readonly string[];
  readonly escalationLevel: number;
  readonly activeWarnings: readonly WarningColour[];
  readonly dueOn: CalendarDate | null;
  readonly overdueWorkingDays: number;
  /** The deadline rests on a year whose notice is not loaded (see the case board). */
  readonly deadlineProvisional: boolean;
}

export interface ListedTask {
  readonly taskId: string;
  readonly roundId: string;
  readonly targetUnitId: string;
  readonly status: TaskBoardStatus;
  readonly dueOn: CalendarDate;
  readonly deadlineProvisional: boolean;
  readonly inspectorIds: readonly string[];
}

/** 三张清单 of a unit: responsibilities, open problems and tasks of its subtree, with roll-ups per unit. */
export interface UnitListsView {
  readonly unit: { readonly unitId: string; readonly name: string; readonly kind: string };
  readonly responsibilities: readonly ResponsibilityEntry[];
  readonly problems: {
    /** Everything open in the subtree. */
    readonly totals: ProblemCounts;
    /** Per unit of the subtree with open cases at or below it: the counts of its own subtree. */
    readonly byUnit: readonly ({ readonly unitId: string } & ProblemCounts)[];
    /** The gravest open cases first (warning, severity, deadline), at most `itemLimit`. */
    readonly items: readonly OpenProblem[];
  };
  readonly tasks: {
    readonly totals: TaskCounts;
    readonly byUnit: readonly ({ readonly unitId: string } & TaskCounts)[];
    /** Tasks not closed first, then by deadline, at most `itemLimit`. */
    readonly items: readonly ListedTask[];
  };
  /** 书记领办项目 of the subtree: on the 责任清单 (each unit's count) and the 任务清单 (the items). */
  readonly projects: {
    readonly active: number;
    readonly evaluated: number;
    /** Active projects with a warning up on a milestone. */
    readonly warned: number;
    /** Active first, the gravest warning first, then by the next milestone's due day, at most `itemLimit`. */
    readonly items: readonly ListedProject[];
  };
}

const OPEN_CASE = `status NOT IN ('closed', 'unopened')`;

function noProblems(): { open: number; bySeverity: Record<CaseSeverity, number>; byWarning: Record<WarningBand, number> } {
  return {
    open: 0,
    bySeverity: Object.fromEntries(CASE_SEVERITIES.map((severity) => [severity, 0])) as Record<CaseSeverity, number>,
    byWarning: { none: 0, blue: 0, yellow: 0, red: 0 },
  };
}

function noTasks(): { total: number; byStatus: Record<TaskBoardStatus, number> } {
  return { total: 0, byStatus: { assigned: 0, opened: 0, submitted: 0, closed: 0 } };
}

/** The rows the lists statement returns, each part as JSON (one statement, one snapshot). */
/** The fields of a case's board document the 问题清单 shows or works out. */
const LISTED_CASE_FIELDS = [
  'caseId',
  'title',
  'severity',
  'status',
  'responsibleUnitId',
  'unitChain',
  'escalationLevel',
  'activeWarnings',
  'deadline',
  'assignedAt',
] as const satisfies readonly (keyof CaseDocument)[];
type ListedCaseDocument = Pick<CaseDocument, (typeof LISTED_CASE_FIELDS)[number]>;

/**
 * Those fields of open case `c`'s document, not the whole of it (its description, children and
 * counts would be most of the lists' bytes). A field the document lacks (no deadline before 交办)
 * is left out, as in the document.
 */
const LISTED_CASE_SQL = `jsonb_strip_nulls(jsonb_build_object(${LISTED_CASE_FIELDS.map((field) => `'${field}', c.document -> '${field}'`).join(', ')}))`;

interface ListsRow {
  readonly units: { unit_id: string; kind: string; name: string; parent_id: string | null; unit_path: string[] }[] | null;
  readonly terms: TermRow[] | null;
  readonly problem_rollup: { unit_id: string; severity: CaseSeverity; warning_level: number; n: number }[] | null;
  readonly own_cases: { unit_id: string; responsible: number; accountable: number }[] | null;
  readonly task_rollup: { unit_id: string; status: TaskBoardStatus; n: number }[] | null;
  readonly own_tasks: { unit_id: string; n: number }[] | null;
  readonly problem_items: ListedCaseDocument[] | null;
  readonly task_items:
    | { task_id: string; round_id: string; target_unit_id: string; status: ListedTask['status']; due_on: CalendarDate; assigned_at: string; inspector_ids: string[] }[]
    | null;
  readonly project_items: ProjectDocument[] | null;
  readonly project_counts: { active: number; evaluated: number; warned: number };
  readonly own_projects: { unit_id: string; n: number }[] | null;
}

/**
 * Everything the lists show, in one statement: $1 the unit, $2 the item limit. Each board's rows of
 * the subtree are read once (MATERIALIZED) and counted, rolled up and listed from there; the
 * answer is one row of JSON parts, so the lists are one round trip and one state of the tables.
 * Counts roll up along `unit_path`: a row counts at its own unit and every unit above it.
 */
const LISTS_SQL = `
  WITH units AS (
    SELECT unit_id, kind, name, parent_id, unit_path FROM ${ORG_UNITS_TABLE}
     WHERE unit_path @> ARRAY[$1::text] AND kind <> ''
  ), open_cases AS MATERIALIZED (
    SELECT document, unit_path, severity, warning_level, severity_rank, due_on, case_id, responsible_unit_id, escalation_level
      FROM ${CASE_BOARD_TABLE} WHERE unit_path @> ARRAY[$1::text] AND ${OPEN_CASE}
  ), tasks AS MATERIALIZED (
    SELECT task_id, round_id, target_unit_id, status, due_on, document ->> 'assignedAt' AS assigned_at, inspector_ids, unit_path
      FROM ${TASK_BOARD_TABLE} WHERE unit_path @> ARRAY[$1::text] AND status <> 'unassigned'
  ), projects AS MATERIALIZED (
    SELECT document, unit_id, status, warning_level, next_due_on, project_id
      FROM ${PROJECT_BOARD_TABLE} WHERE unit_path @> ARRAY[$1::text] AND status <> 'unlaunched'
  )
  SELECT
    (SELECT json_agg(u ORDER BY u.unit_path) FROM units u) AS units,
    (SELECT json_agg(t ORDER BY t.unit_id, t.role, t.from_at)
       FROM (SELECT unit_id, role, person_id, name, from_at, until_at FROM ${RESPONSIBILITY_TERMS_TABLE}
              WHERE unit_id IN (SELECT unit_id FROM units)) t) AS terms,
    (SELECT json_agg(r) FROM (
       SELECT p.unit_id, c.severity, c.warning_level, count(*)::int AS n
         FROM open_cases c CROSS JOIN LATERAL unnest(c.unit_path) AS p(unit_id) GROUP BY 1, 2, 3) r) AS problem_rollup,
    (SELECT json_agg(r) FROM (
       SELECT unit_id, sum(responsible)::int AS responsible, sum(accountable)::int AS accountable FROM (
         SELECT responsible_unit_id AS unit_id, 1 AS responsible, 0 AS accountable FROM open_cases
         UNION ALL
         SELECT a.unit_id, 0, 1 FROM open_cases c CROSS JOIN LATERAL unnest(c.unit_path[1:c.escalation_level + 1]) AS a(unit_id)
       ) counted GROUP BY unit_id) r) AS own_cases,
    (SELECT json_agg(r) FROM (
       SELECT p.unit_id, t.status, count(*)::int AS n FROM tasks t CROSS JOIN LATERAL unnest(t.unit_path) AS p(unit_id) GROUP BY 1, 2) r) AS task_rollup,
    (SELECT json_agg(r) FROM (
       SELECT target_unit_id AS unit_id, count(*)::int AS n FROM tasks WHERE status <> 'closed' GROUP BY 1) r) AS own_tasks,
    (SELECT json_agg(${LISTED_CASE_SQL} ORDER BY c.warning_level DESC, c.severity_rank DESC, c.due_on NULLS LAST, c.case_id)
       FROM (SELECT * FROM open_cases ORDER BY warning_level DESC, severity_rank DESC, due_on NULLS LAST, case_id LIMIT $2) c) AS problem_items,
    (SELECT json_agg(t ORDER BY (t.status = 'closed'), t.due_on, t.task_id)
       FROM (SELECT task_id, round_id, target_unit_id, status, due_on::text AS due_on, assigned_at, inspector_ids FROM tasks
              ORDER BY (status = 'closed'), due_on, task_id LIMIT $2) t) AS task_items,
    (SELECT json_agg(p.document ORDER BY (p.status = 'evaluated'), p.warning_level DESC, p.next_due_on NULLS LAST, p.project_id)
       FROM (SELECT * FROM projects ORDER BY (status = 'evaluated'), warning_level DESC, next_due_on NULLS LAST, project_id LIMIT $2) p) AS project_items,
    (SELECT json_build_object(
              'active', count(*) FILTER (WHERE status = 'active'),
              'evaluated', count(*) FILTER (WHERE status = 'evaluated'),
              'warned', count(*) FILTER (WHERE status = 'active' AND warning_level > 0))
       FROM projects) AS project_counts,
    (SELECT json_agg(r) FROM (SELECT unit_id, count(*)::int AS n FROM projects WHERE status = 'active' GROUP BY 1) r) AS own_projects`;

/**
 * 三张清单 of `unitId`: undefined when the read model has no such unit. Counts are rolled up: a
 * case or task counts at its own unit and at every unit above it within the subtree.
 */
export async function unitListsQuery(
  db: ReadModelReader,
  unitId: string,
  clock: WorkingDayClock,
  options: { readonly itemLimit?: number } = {},
): Promise<UnitListsView | undefined> {
  const itemLimit = options.itemLimit ?? 100;
  // An aggregate without GROUP BY: always exactly one row.
  const [row] = (await db.query(LISTS_SQL, [unitId, itemLimit])) as [ListsRow];
  const units = (row.units ?? []).map((unit) => ({ unitId: unit.unit_id, kind: unit.kind, name: unit.name, parentId: unit.parent_id, unitPath: unit.unit_path }));
  const root = units.find((unit) => unit.unitId === unitId);
  if (root === undefined) return undefined;
  const rootDepth = root.unitPath.length - 1;
  const inSubtree = new Set(units.map((unit) => unit.unitId));
  const terms = (row.terms ?? []).map(termOfRow);
  const problemRollup = row.problem_rollup ?? [];
  const ownCases = row.own_cases ?? [];
  const taskRollup = row.task_rollup ?? [];
  const ownTasks = row.own_tasks ?? [];
  const ownProjects = row.own_projects ?? [];
  const projects = { items: (row.project_items ?? []).map(listedProject), ...row.project_counts };

  const problemTotals = noProblems();
  const problemsByUnit = new Map<string, ReturnType<typeof noProblems>>();
  for (const row of problemRollup) {
    if (!inSubtree.has(row.unit_id)) continue;
    const band: WarningBand = row.warning_level === 0 ? 'none' : WARNING_COLOURS[row.warning_level - 1]!;
    const counts = problemsByUnit.get(row.unit_id) ?? noProblems();
    counts.open += row.n;
    counts.bySeverity[row.severity] += row.n;
    counts.byWarning[band] += row.n;
    problemsByUnit.set(row.unit_id, counts);
    if (row.unit_id === unitId) {
      problemTotals.open += row.n;
      problemTotals.bySeverity[row.severity] += row.n;
      problemTotals.byWarning[band] += row.n;
    }
  }
  const taskTotals = noTasks();
  const tasksByUnit = new Map<string, ReturnType<typeof noTasks>>();
  for (const row of taskRollup) {
    if (!inSubtree.has(row.unit_id)) continue;
    const counts = tasksByUnit.get(row.unit_id) ?? noTasks();
    counts.total += row.n;
    counts.byStatus[row.status] += row.n;
    tasksByUnit.set(row.unit_id, counts);
    if (row.unit_id === unitId) {
      taskTotals.total += row.n;
      taskTotals.byStatus[row.status] += row.n;
    }
  }
  const caseCounts = new Map(ownCases.map((row) => [row.unit_id, row]));
  const activeTasks = new Map(ownTasks.map((row) => [row.unit_id, row.n]));
  const activeProjects = new Map(ownProjects.map((row) => [row.unit_id, row.n]));

  return {
    unit: { unitId: root.unitId, name: root.name, kind: root.kind },
    responsibilities: units.map((unit) => ({
      unitId: unit.unitId,
      name: unit.name,
      kind: unit.kind,
      parentId: unit.parentId,
      depth: unit.unitPath.length - 1 - rootDepth,
      responsible: holdersAt(terms, unit.unitId, null),
      openCases: caseCounts.get(unit.unitId)?.responsible ?? 0,
      accountableCases: caseCounts.get(unit.unitId)?.accountable ?? 0,
      activeTasks: activeTasks.get(unit.unitId) ?? 0,
      activeProjects: activeProjects.get(unit.unitId) ?? 0,
    })),
    problems: {
      totals: problemTotals,
      byUnit: units.filter((unit) => problemsByUnit.has(unit.unitId)).map((unit) => ({ unitId: unit.unitId, ...problemsByUnit.get(unit.unitId)! })),
      items: (row.problem_items ?? []).map((document) => ({
        caseId: document.caseId,
        title: document.title,
        severity: document.severity,
        status: document.status,
        responsibleUnitId: document.responsibleUnitId,
        accountableUnitId: highestAccountableUnit(document),
        accountableUnitIds: accountableUnitIdsOf(document),
        escalationLevel: document.escalationLevel,
        activeWarnings: document.activeWarnings,
        dueOn: document.deadline?.dueOn ?? null,
        overdueWorkingDays: caseOverdueWorkingDays(document, clock),
        deadlineProvisional: caseDeadlineProvisional(document, clock),
      })),
    },
    tasks: {
      totals: taskTotals,
      byUnit: units.filter((unit) => tasksByUnit.has(unit.unitId)).map((unit) => ({ unitId: unit.unitId, ...tasksByUnit.get(unit.unitId)! })),
      items: (row.task_items ?? []).map((task) => ({
        taskId: task.task_id,
        roundId: task.round_id,
        targetUnitId: task.target_unit_id,
        status: task.status,
        dueOn: task.due_on,
        deadlineProvisional: isProvisionalDeadline(task.assigned_at, task.due_on, clock.calendar),
        inspectorIds: task.inspector_ids,
      })),
    },
    projects,
  };
}
