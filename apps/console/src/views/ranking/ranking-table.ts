import type { Schemas } from '../../api/client';

export type RoundRanking = Schemas['RoundRankingResponse'];
export type CountyTrend = Schemas['CountyTrendResponse'];

/** One line of the ranking as the table, the chart and the spreadsheet show it. */
export interface RankingRow {
  readonly rank: number;
  readonly countyId: string;
  readonly county: string;
  readonly score: number;
  /** 较上轮: ↑2, ↓1, 持平, or 新 when the county was not ranked in the previous round. */
  readonly movement: string;
  readonly direction: 'up' | 'down' | 'same' | 'new';
  /** 与第一差距, in points; 0 for the leader(s). */
  readonly gapToLeader: number;
  readonly redCases: number;
  readonly sheets: number;
}

export function rankingRows(ranking: Pick<RoundRanking, 'entries'>): RankingRow[] {
  return ranking.entries.map((entry) => {
    const direction = entry.movement === null ? 'new' : entry.movement > 0 ? 'up' : entry.movement < 0 ? 'down' : 'same';
    const movement = { new: '新', up: `↑${entry.movement}`, down: `↓${Math.abs(entry.movement ?? 0)}`, same: '持平' }[direction];
    return {
      rank: entry.rank,
      countyId: entry.countyId,
      county: entry.countyName ?? entry.countyId,
      score: entry.score,
      movement,
      direction,
      gapToLeader: entry.gapToLeader,
      redCases: entry.redCases,
      sheets: entry.sheets,
    };
  });
}

/** The bar chart of a ranking: counties in rank order, their scores, the leader's line. */
export function rankingChart(rows: readonly RankingRow[]): Record<string, unknown> {
  return {
    grid: { left: 48, right: 16, top: 24, bottom: 40 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: rows.map((row) => row.county) },
    yAxis: { type: 'value', name: '得分', min: 0, max: 100 },
    series: [
      {
        type: 'bar',
        name: '得分',
        data: rows.map((row) => row.score),
        itemStyle: { color: '#b3261e' },
        label: { show: true, position: 'top' },
      },
    ],
  };
}

/** A county's rank across the published rounds of a kind (rank 1 at the top). */
export function trendChart(trend: Pick<CountyTrend, 'points'>): Record<string, unknown> {
  const points = trend.points.filter((point) => point.standing === 'ranked');
  return {
    grid: { left: 48, right: 48, top: 32, bottom: 40 },
    tooltip: { trigger: 'axis' },
    legend: { data: ['名次', '得分'] },
    xAxis: { type: 'category', data: points.map((point) => point.period) },
    yAxis: [
      { type: 'value', name: '名次', inverse: true, minInterval: 1, min: 1 },
      { type: 'value', name: '得分', min: 0, max: 100 },
    ],
    series: [
      { type: 'line', name: '名次', data: points.map((point) => point.rank), yAxisIndex: 0 },
      { type: 'line', name: '得分', data: points.map((point) => point.score), yAxisIndex: 1 },
    ],
  };
}

/** The sheet's header and rows for the Excel download. */
export function spreadsheetRows(rows: readonly RankingRow[]): Array<Array<string | number>> {
  return [
    ['名次', '区县', '得分', '较上轮', '与第一差距', '红牌案件', '评分表数'],
    ...rows.map((row) => [row.rank, row.county, row.score, row.movement, row.gapToLeader, row.redCases, row.sheets]),
  ];
}
