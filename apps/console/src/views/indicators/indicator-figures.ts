import type { Schemas } from '../../api/client';

export type IndicatorSummary = Schemas['IndicatorSummaryResponse'];
export type IndicatorTrend = Schemas['IndicatorTrendResponse'];
export type IndicatorFigures = Schemas['IndicatorFiguresResponse'];
export type VillageIndicators = Schemas['VillageIndicatorsResponse'];
export type IndicatorRevision = Schemas['VillageIndicatorRevisionResponse'];
export type VillageGrade = IndicatorRevision['grade'];

/** 百村示范、千村晋位: the grades, best first. */
export const GRADE_NAMES: Readonly<Record<VillageGrade, string>> = { pioneer: '先锋示范村', advanced: '先进村', qualified: '合格村', backward: '后进村' };
export const GRADES = Object.keys(GRADE_NAMES) as VillageGrade[];

/** A share (0–1) as a percentage to one decimal; — when nothing was reported. */
export function percent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${(share * 100).toFixed(1)}%`;
}

/** An amount in 元 as 万元 to one decimal (the source's unit: 30万, 100万). */
export function tenThousands(yuan: number): string {
  return `${(yuan / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 1 })}万元`;
}

/** A period as read: 2026 → 2026年, 2026-Q3 → 2026年第三季度. */
export function periodName(period: string | null | undefined): string {
  if (period === null || period === undefined) return '—';
  const [year, quarter] = period.split('-Q');
  return quarter === undefined ? `${year}年` : `${year}年第${'一二三四'[Number(quarter) - 1]}季度`;
}

/** One unit's line on the page and the 大屏. */
export interface IndicatorLine {
  readonly unitId: string;
  readonly name: string;
  readonly reported: string;
  readonly pioneer: string;
  readonly strong: string;
  readonly pairings: number;
  readonly weak: string;
  readonly firstSecretary: string;
  readonly grids: number;
}

export function indicatorLine(unitId: string, name: string, figures: IndicatorFigures): IndicatorLine {
  return {
    unitId,
    name,
    reported: `${figures.reported}/${figures.villages}`,
    pioneer: percent(figures.pioneerShare),
    strong: percent(figures.strongShare),
    pairings: figures.pairings,
    weak: `${figures.weakVillagesPaired}/${figures.weakVillages}`,
    firstSecretary: percent(figures.firstSecretaryShare),
    grids: figures.grids,
  };
}

/** The lines of a summary: each unit below, then the whole. */
export function indicatorLines(summary: IndicatorSummary, wholeName: string): IndicatorLine[] {
  return [...summary.children.map((group) => indicatorLine(group.unitId, group.name, group.figures)), indicatorLine(summary.unitId, `${wholeName}合计`, summary.total)];
}

const asPercent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
/** 先锋示范村 red, 强村 amber, 第一书记 blue: told apart on the page and on the 大屏's dark ground. */
const PALETTE = ['#d9362b', '#e0a526', '#3d8bd9'];

/** Bars per unit below: the 先锋示范村, 强村 and 第一书记 shares in percent. */
export function sharesChart(summary: IndicatorSummary): Record<string, unknown> {
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis', valueFormatter: (value: number | null) => (value === null ? '—' : `${value}%`) },
    legend: { data: ['先锋示范村占比', '强村达标率', '第一书记覆盖率'] },
    xAxis: { type: 'category', data: summary.children.map((group) => group.name) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { name: '先锋示范村占比', type: 'bar', data: summary.children.map((group) => asPercent(group.figures.pioneerShare)) },
      { name: '强村达标率', type: 'bar', data: summary.children.map((group) => asPercent(group.figures.strongShare)) },
      { name: '第一书记覆盖率', type: 'bar', data: summary.children.map((group) => asPercent(group.figures.firstSecretaryShare)) },
    ],
  };
}

/** Lines over the periods: the 先锋示范村 and 强村 shares in percent. */
export function trendChart(trend: IndicatorTrend): Record<string, unknown> {
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis' },
    legend: { data: ['先锋示范村占比', '强村达标率'] },
    xAxis: { type: 'category', data: trend.points.map((point) => periodName(point.period)) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { name: '先锋示范村占比', type: 'line', symbolSize: 10, data: trend.points.map((point) => asPercent(point.figures.pioneerShare)) },
      { name: '强村达标率', type: 'line', symbolSize: 10, data: trend.points.map((point) => asPercent(point.figures.strongShare)) },
    ],
  };
}
