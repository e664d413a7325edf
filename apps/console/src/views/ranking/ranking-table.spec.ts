import { rankingChart, rankingRows, spreadsheetRows, trendChart } from './ranking-table';

const entry = (countyId: string, rank: number, score: number, movement: number | null, gapToLeader: number) => ({
  countyId,
  countyName: { anji: '安吉县', deqing: '德清县', nanxun: '南浔区' }[countyId] ?? null,
  rank,
  score,
  rawScore: score,
  deduction: 0,
  redCases: 0,
  sheets: 2,
  previousRank: movement === null ? null : rank + movement,
  movement,
  gapToLeader,
});

describe('the ranking as the 区县比看 page shows it', () => {
  const rows = rankingRows({ entries: [entry('deqing', 1, 92.4, 1, 0), entry('anji', 2, 89.5, -1, 2.9), entry('nanxun', 3, 83, null, 9.4)] });

  it('gives each county its rank, score, movement since the previous round with an arrow, and its gap to the first', () => {
    expect(rows.map((row) => [row.rank, row.county, row.score, row.movement, row.gapToLeader])).toEqual([
      [1, '德清县', 92.4, '↑1', 0],
      [2, '安吉县', 89.5, '↓1', 2.9],
      [3, '南浔区', 83, '新', 9.4],
    ]);
    expect(rankingRows({ entries: [entry('anji', 1, 90, 0, 0)] })[0]!.movement).toBe('持平');
  });

  it('charts the counties in rank order and writes the same lines to the spreadsheet', () => {
    const chart = rankingChart(rows) as { xAxis: { data: string[] }; series: Array<{ data: number[] }> };
    expect(chart.xAxis.data).toEqual(['德清县', '安吉县', '南浔区']);
    expect(chart.series[0]!.data).toEqual([92.4, 89.5, 83]);
    expect(spreadsheetRows(rows)[0]).toEqual(['名次', '区县', '得分', '较上轮', '与第一差距', '红牌案件', '评分表数']);
    expect(spreadsheetRows(rows)[2]).toEqual([2, '安吉县', 89.5, '↓1', 2.9, 0, 2]);
  });

  it('draws a county’s trend over the rounds it was ranked in', () => {
    const point = (period: string, rank: number | null, standing: string) => ({ period, rank, score: rank === null ? null : 90 - rank, standing });
    const chart = trendChart({ points: [point('2026-Q3', 1, 'ranked'), point('2026-Q4', null, 'unscored'), point('2027-Q1', 3, 'ranked')] as never }) as {
      xAxis: { data: string[] };
      series: Array<{ data: Array<number | null> }>;
    };
    expect(chart.xAxis.data).toEqual(['2026-Q3', '2027-Q1']);
    expect(chart.series[0]!.data).toEqual([1, 3]);
  });
});
