import { VILLAGE_GRADES, VillageGrade } from '@app/supervision';
import type { ReadModelReader } from '../supervision-boards/board-query';
import { ORG_UNITS_TABLE } from '../supervision-boards/org-responsibility/org-responsibility.tables';
import { villageIndicatorsTable } from './village-indicators.tables';

const REPORTS = villageIndicatorsTable.name;

/** One revision of a village's period report, as read. */
export interface VillageIndicatorRevision {
  readonly period: string;
  readonly revision: number;
  readonly grade: VillageGrade;
  readonly operatingIncome: number;
  readonly totalIncome: number;
  readonly strong: boolean;
  readonly pairedEnterprises: string[];
  readonly firstSecretary: string | null;
  readonly provinciallyWeak: boolean;
  readonly gridCount: number;
  readonly reason: string | null;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** A period of a village: the report in force, and every revision before it, latest first. */
export interface VillagePeriodReport {
  readonly period: string;
  readonly current: VillageIndicatorRevision;
  readonly earlier: VillageIndicatorRevision[];
}

/**
 * The indicators of a set of villages (a unit's subtree, or one child's share of it) for a
 * period. Shares are of the villages reported, to four decimals; null when none was.
 */
export interface IndicatorFigures {
  /** Villages in the subtree as the org directory has them now. */
  readonly villages: number;
  readonly reported: number;
  readonly grades: Record<VillageGrade, number>;
  /** 先锋示范村 share. */
  readonly pioneerShare: number | null;
  /** Villages at both 三年强村 targets, and their share. */
  readonly strong: number;
  readonly strongShare: number | null;
  readonly operatingIncome: number;
  readonly totalIncome: number;
  /** 千企结千村: enterprise pairings, and the villages with at least one. */
  readonly pairings: number;
  readonly pairedVillages: number;
  /** 省定薄弱村, and those of them paired with an enterprise. */
  readonly weakVillages: number;
  readonly weakVillagesPaired: number;
  /** Villages with a 第一书记, and their share. */
  readonly withFirstSecretary: number;
  readonly firstSecretaryShare: number | null;
  readonly grids: number;
}

export interface IndicatorGroup {
  readonly unitId: string;
  readonly name: string;
  readonly kind: string;
  readonly figures: IndicatorFigures;
}

/** A unit's subtree for a period as known at an instant: the whole, and per unit directly below it. */
export interface IndicatorSummary {
  readonly unitId: string;
  readonly period: string | null;
  /** Every period reported in the subtree by then, latest last. */
  readonly periods: string[];
  readonly asOf: string;
  readonly total: IndicatorFigures;
  readonly children: IndicatorGroup[];
}

export interface IndicatorTrendPoint {
  readonly period: string;
  readonly figures: IndicatorFigures;
}

// The revision in force per village and period: the highest recorded by the instant asked about.
const inForce = (where: string) => `
  SELECT DISTINCT ON (unit_id, period) *
    FROM ${REPORTS}
   WHERE unit_path @> ARRAY[$1::text] AND recorded_at <= $2 ${where}
   ORDER BY unit_id, period, revision DESC`;

const FIGURES = `
  count(*)::int AS reported,
  ${VILLAGE_GRADES.map((grade) => `count(*) FILTER (WHERE grade = '${grade}')::int AS "grade_${grade}"`).join(',\n  ')},
  count(*) FILTER (WHERE strong)::int AS strong,
  COALESCE(sum(operating_income), 0)::text AS operating_income,
  COALESCE(sum(total_income), 0)::text AS total_income,
  COALESCE(sum(cardinality(paired_enterprises)), 0)::int AS pairings,
  count(*) FILTER (WHERE cardinality(paired_enterprises) > 0)::int AS paired_villages,
  count(*) FILTER (WHERE provincially_weak)::int AS weak_villages,
  count(*) FILTER (WHERE provincially_weak AND cardinality(paired_enterprises) > 0)::int AS weak_villages_paired,
  count(*) FILTER (WHERE first_secretary IS NOT NULL)::int AS with_first_secretary,
  COALESCE(sum(grid_count), 0)::int AS grids`;

type FigureRow = Record<string, string | number>;

function shareOf(count: number, of: number): number | null {
  return of === 0 ? null : Math.round((count / of) * 10_000) / 10_000;
}

function figuresOf(row: FigureRow | undefined, villages: number): IndicatorFigures {
  const count = (column: string) => Number(row?.[column] ?? 0);
  const reported = count('reported');
  const grades = Object.fromEntries(VILLAGE_GRADES.map((grade) => [grade, count(`grade_${grade}`)])) as Record<VillageGrade, number>;
  return {
    villages,
    reported,
    grades,
    pioneerShare: shareOf(grades.pioneer, reported),
    strong: count('strong'),
    strongShare: shareOf(count('strong'), reported),
    operatingIncome: count('operating_income'),
    totalIncome: count('total_income'),
    pairings: count('pairings'),
    pairedVillages: count('paired_villages'),
    weakVillages: count('weak_villages'),
    weakVillagesPaired: count('weak_villages_paired'),
    withFirstSecretary: count('with_first_secretary'),
    firstSecretaryShare: shareOf(count('with_first_secretary'), reported),
    grids: count('grids'),
  };
}

function revisionOf(row: Record<string, unknown>): VillageIndicatorRevision {
  return {
    period: row.period as string,
    revision: Number(row.revision),
    grade: row.grade as VillageGrade,
    operatingIncome: Number(row.operating_income),
    totalIncome: Number(row.total_income),
    strong: row.strong as boolean,
    pairedEnterprises: row.paired_enterprises as string[],
    firstSecretary: row.first_secretary as string | null,
    provinciallyWeak: row.provincially_weak as boolean,
    gridCount: Number(row.grid_count),
    reason: row.reason as string | null,
    recordedBy: row.recorded_by as string,
    recordedAt: new Date(row.recorded_at as string).toISOString(),
  };
}

/** A village's reports as known at `asOf`, latest period first, each with its earlier revisions. */
export async function villageIndicatorHistoryQuery(reader: ReadModelReader, unitId: string, asOf: Date): Promise<VillagePeriodReport[]> {
  const rows: Record<string, unknown>[] = await reader.query(
    `SELECT * FROM ${REPORTS} WHERE unit_id = $1 AND recorded_at <= $2 ORDER BY period DESC, revision DESC`,
    [unitId, asOf.toISOString()],
  );
  const periods = new Map<string, VillageIndicatorRevision[]>();
  for (const row of rows) {
    const revision = revisionOf(row);
    periods.set(revision.period, [...(periods.get(revision.period) ?? []), revision]);
  }
  return [...periods].map(([period, [current, ...earlier]]) => ({ period, current: current!, earlier }));
}

/** The default period of a summary: the latest whole year reported, else the latest period. */
function defaultPeriod(periods: readonly string[]): string | null {
  const years = periods.filter((period) => !period.includes('-'));
  return years.at(-1) ?? periods.at(-1) ?? null;
}

// The unit directly below `$1` on a path through it; a village's own rows group under itself.
const CHILD_OF_UNIT = `COALESCE(unit_path[array_position(unit_path, $1::text) + 1], unit_id)`;

/**
 * The roll-up of unit `unitId`'s subtree (a township, county or the city) for `period` (default:
 * the latest year reported) as known at `asOf`: the whole, and each unit directly below it.
 */
export async function indicatorSummaryQuery(reader: ReadModelReader, unitId: string, period: string | undefined, asOf: Date): Promise<IndicatorSummary> {
  const at = asOf.toISOString();
  const periodRows: { period: string }[] = await reader.query(
    `SELECT DISTINCT period FROM ${REPORTS} WHERE unit_path @> ARRAY[$1::text] AND recorded_at <= $2 ORDER BY period`,
    [unitId, at],
  );
  const periods = periodRows.map((row) => row.period);
  const chosen = period ?? defaultPeriod(periods);
  const figureRows: (FigureRow & { unit_id: string })[] = await reader.query(
    `SELECT ${CHILD_OF_UNIT} AS unit_id, ${FIGURES} FROM (${inForce('AND period = $3')}) current GROUP BY 1`,
    [unitId, at, chosen ?? ''],
  );
  const [whole]: FigureRow[] = await reader.query(`SELECT ${FIGURES} FROM (${inForce('AND period = $3')}) current`, [unitId, at, chosen ?? '']);
  const villageCounts: { unit_id: string; villages: number }[] = await reader.query(
    `SELECT ${CHILD_OF_UNIT} AS unit_id, count(*)::int AS villages FROM ${ORG_UNITS_TABLE} WHERE unit_path @> ARRAY[$1::text] AND kind = 'village' GROUP BY 1`,
    [unitId],
  );
  const children: { unit_id: string; name: string; kind: string }[] = await reader.query(
    `SELECT unit_id, name, kind FROM ${ORG_UNITS_TABLE} WHERE parent_id = $1 AND kind <> 'department' ORDER BY code NULLS LAST, unit_id`,
    [unitId],
  );
  const villagesOf = new Map(villageCounts.map((row) => [row.unit_id, row.villages]));
  const figuresByUnit = new Map(figureRows.map((row) => [row.unit_id, row]));
  return {
    unitId,
    period: chosen,
    periods,
    asOf: at,
    total: figuresOf(whole, villageCounts.reduce((sum, row) => sum + row.villages, 0)),
    children: children.map((child) => ({
      unitId: child.unit_id,
      name: child.name,
      kind: child.kind,
      figures: figuresOf(figuresByUnit.get(child.unit_id), villagesOf.get(child.unit_id) ?? 0),
    })),
  };
}

/** The figures of unit `unitId`'s subtree for every period reported, as known at `asOf`, in period order. */
export async function indicatorTrendQuery(reader: ReadModelReader, unitId: string, asOf: Date): Promise<IndicatorTrendPoint[]> {
  const [counted]: { villages: number }[] = await reader.query(
    `SELECT count(*)::int AS villages FROM ${ORG_UNITS_TABLE} WHERE unit_path @> ARRAY[$1::text] AND kind = 'village'`,
    [unitId],
  );
  const rows: (FigureRow & { period: string })[] = await reader.query(
    `SELECT period, ${FIGURES} FROM (${inForce('')}) current GROUP BY period ORDER BY period`,
    [unitId, asOf.toISOString()],
  );
  return rows.map((row) => ({ period: row.period, figures: figuresOf(row, counted?.villages ?? 0) }));
}
