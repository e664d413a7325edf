import { meetsStrongVillageTargets } from './village-indicators';
import { demoIndicatorReports } from './demo-indicator-reports';
import { indicatorReportProblems } from './village-indicators.workflow';

const VILLAGES = Array.from({ length: 1212 }, (_, n) => `village-${n + 1}`);

describe('demoIndicatorReports', () => {
  const reports = demoIndicatorReports(VILLAGES);
  const of2026 = reports.filter((report) => report.period === '2026');

  it('reports every village for 2025 and 2026, each report valid, the same on every run', () => {
    expect(reports).toHaveLength(2 * VILLAGES.length);
    expect(reports.flatMap((report) => indicatorReportProblems(report.period, report.report))).toEqual([]);
    expect(demoIndicatorReports(VILLAGES)).toEqual(reports);
  });

  it('takes each village’s grid count from the org tree when given it', () => {
    const counted = demoIndicatorReports(['village-1', 'village-2'], (unitId) => (unitId === 'village-1' ? 4 : 0));
    expect(counted.map((row) => [row.unitId, row.report.gridCount])).toEqual([
      ['village-1', 4],
      ['village-2', 0],
      ['village-1', 4],
      ['village-2', 0],
    ]);
  });

  it('reproduces the source’s city-wide figures in 2026: 37.3% 先锋示范村, 75% at the 强村 targets, 第一书记 everywhere', () => {
    const share = (test: (report: (typeof of2026)[number]) => boolean) => of2026.filter(test).length / of2026.length;
    expect(share((row) => row.report.grade === 'pioneer')).toBeCloseTo(0.373, 3);
    expect(share((row) => meetsStrongVillageTargets(row.report))).toBeCloseTo(0.75, 3);
    expect(share((row) => row.report.firstSecretary !== null)).toBe(1);
    const grids = of2026.reduce((sum, row) => sum + row.report.gridCount, 0);
    expect(grids / of2026.length).toBeGreaterThan(1.7);
    expect(grids / of2026.length).toBeLessThan(2.4);
  });

  it('2025 is a step behind, and a strong or pioneer village of 2025 stays so in 2026', () => {
    const byVillage2026 = new Map(of2026.map((row) => [row.unitId, row.report]));
    const of2025 = reports.filter((report) => report.period === '2025');
    expect(of2025.filter((row) => row.report.grade === 'pioneer').length).toBeLessThan(of2026.filter((row) => row.report.grade === 'pioneer').length);
    for (const row of of2025) {
      if (meetsStrongVillageTargets(row.report)) expect(meetsStrongVillageTargets(byVillage2026.get(row.unitId)!)).toBe(true);
      if (row.report.grade === 'pioneer') expect(byVillage2026.get(row.unitId)!.grade).toBe('pioneer');
    }
  });
});
