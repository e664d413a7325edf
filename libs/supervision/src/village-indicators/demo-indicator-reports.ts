import { createHash } from 'node:crypto';
import { STRONG_VILLAGE_TARGETS, VillageGrade, VillageIndicatorReport } from './village-indicators';

/** One demo report: the village, the period, what it reports (the API's report request, less the chain). */
export interface DemoIndicatorReport {
  readonly unitId: string;
  readonly period: string;
  readonly report: VillageIndicatorReport;
}

/**
 * The source's city-wide figures the demo's latest year reproduces: 37.3% 先锋示范村, 75% of
 * villages at both 三年强村 targets, 第一书记 in every village (全覆盖), and about two 全科网格 a
 * village (2,512 grids over 1,212 villages). The year before is a step behind, so trends rise.
 */
const DEMO_YEARS = [
  { period: '2025', pioneerShare: 0.3, strongShare: 0.62, secretaryShare: 0.96 },
  { period: '2026', pioneerShare: 0.373, strongShare: 0.75, secretaryShare: 1 },
] as const;

/** Enterprise names for 千企结千村 pairings, marked as generated (the source names none). */
const DEMO_ENTERPRISES = ['湖州示例纺织有限公司', '安吉示例竹业有限公司', '德清示例生物科技有限公司', '长兴示例新能源有限公司', '南浔示例木业有限公司', '吴兴示例童装有限公司'];
const DEMO_SECRETARY_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'];

/** A number in [0, 1) fixed by the text: the same village gets the same figures on every run. */
function unitInterval(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;
}

/** The ids ranked by a draw per id and `salt`: the first `share` of them get the trait. */
function firstShare(unitIds: readonly string[], salt: string, share: number): Set<string> {
  const ranked = [...unitIds].sort((a, b) => unitInterval(`${salt}:${a}`) - unitInterval(`${salt}:${b}`) || a.localeCompare(b));
  return new Set(ranked.slice(0, Math.round(share * unitIds.length)));
}

/**
 * Deterministic indicator reports for the demo villages, a report per village for each of 2025
 * and 2026, whose city-wide shares are the source's (rounded to whole villages). The strong
 * villages are drawn once for both years' order, so a village strong in 2025 stays strong.
 * `gridsOf` gives a village's grid count when the demo's org tree has its grids (1 to 3 drawn otherwise).
 */
export function demoIndicatorReports(villageUnitIds: readonly string[], gridsOf?: (unitId: string) => number): DemoIndicatorReport[] {
  const reports: DemoIndicatorReport[] = [];
  for (const year of DEMO_YEARS) {
    const pioneers = firstShare(villageUnitIds, 'pioneer', year.pioneerShare);
    const strong = firstShare(villageUnitIds, 'strong', year.strongShare);
    const withSecretary = firstShare(villageUnitIds, 'secretary', year.secretaryShare);
    const weak = firstShare(villageUnitIds, 'weak', 0.043);
    for (const unitId of villageUnitIds) {
      const draw = (what: string) => unitInterval(`${year.period}:${what}:${unitId}`);
      const grade: VillageGrade = pioneers.has(unitId) ? 'pioneer' : draw('grade') < 0.55 ? 'advanced' : draw('grade') < 0.95 ? 'qualified' : 'backward';
      const operatingIncome = strong.has(unitId)
        ? STRONG_VILLAGE_TARGETS.operatingIncome + Math.round(draw('operating') * 1_200_000)
        : Math.round(draw('operating') * (STRONG_VILLAGE_TARGETS.operatingIncome - 1));
      const totalIncome = strong.has(unitId)
        ? Math.max(STRONG_VILLAGE_TARGETS.totalIncome, operatingIncome) + Math.round(draw('total') * 2_000_000)
        : operatingIncome + Math.round(draw('total') * (STRONG_VILLAGE_TARGETS.totalIncome - 1 - operatingIncome));
      const pairings = weak.has(unitId) ? 2 : draw('pairings') < 0.3 ? 1 : 0;
      const firstEnterprise = Math.floor(draw('enterprise') * DEMO_ENTERPRISES.length);
      reports.push({
        unitId,
        period: year.period,
        report: {
          grade,
          operatingIncome,
          totalIncome,
          pairedEnterprises: Array.from({ length: pairings }, (_, n) => DEMO_ENTERPRISES[(firstEnterprise + n) % DEMO_ENTERPRISES.length]!),
          firstSecretary: withSecretary.has(unitId) ? `${DEMO_SECRETARY_SURNAMES[Math.floor(draw('secretary') * DEMO_SECRETARY_SURNAMES.length)]}第一书记` : null,
          provinciallyWeak: weak.has(unitId),
          gridCount: gridsOf?.(unitId) ?? 1 + Math.floor(unitInterval(`grids:${unitId}`) * 3),
        },
      });
    }
  }
  return reports;
}
