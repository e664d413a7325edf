import { indicatorLines, percent, periodName, sharesChart, tenThousands, type IndicatorFigures, type IndicatorSummary } from './indicator-figures';

const figures = (overrides: Partial<IndicatorFigures> = {}): IndicatorFigures => ({
  villages: 3,
  reported: 3,
  grades: { pioneer: 1, advanced: 1, qualified: 1, backward: 0 },
  pioneerShare: 0.3333,
  strong: 2,
  strongShare: 0.6667,
  operatingIncome: 5_890_000,
  totalIncome: 10_700_000,
  pairings: 2,
  pairedVillages: 2,
  weakVillages: 1,
  weakVillagesPaired: 1,
  withFirstSecretary: 3,
  firstSecretaryShare: 1,
  grids: 8,
  ...overrides,
});

describe('village indicator figures as the console shows them', () => {
  it('writes shares, 万元 and periods as the source does', () => {
    expect([percent(0.373), percent(1), percent(null)]).toEqual(['37.3%', '100.0%', '—']);
    expect(tenThousands(300_000)).toBe('30万元');
    expect([periodName('2026'), periodName('2026-Q3'), periodName(null)]).toEqual(['2026年', '2026年第三季度', '—']);
  });

  it('a line per unit below and one for the whole; bars per unit in percent, none where nothing was reported', () => {
    const summary: IndicatorSummary = {
      unitId: 'huzhou',
      period: '2026',
      periods: ['2026'],
      asOf: '2026-12-01T00:00:00.000Z',
      total: figures(),
      children: [
        { unitId: 'anji', name: '安吉县', kind: 'county', figures: figures() },
        { unitId: 'wuxing', name: '吴兴区', kind: 'county', figures: figures({ reported: 0, pioneerShare: null, strongShare: null, firstSecretaryShare: null }) },
      ],
    };
    expect(indicatorLines(summary, '湖州市').map((line) => [line.name, line.reported, line.pioneer, line.strong, line.weak])).toEqual([
      ['安吉县', '3/3', '33.3%', '66.7%', '1/1'],
      ['吴兴区', '0/3', '—', '—', '1/1'],
      ['湖州市合计', '3/3', '33.3%', '66.7%', '1/1'],
    ]);
    expect((sharesChart(summary)['series'] as { data: (number | null)[] }[])[0]!.data).toEqual([33.3, null]);
  });
});
