import { emptyRoundDraft, inspectorChoices, planRoundBody, roundDraftProblems, rubricWeightWarning, type RoundDraft } from './round-form';

const draft = (overrides: Partial<RoundDraft> = {}): RoundDraft => ({
  ...emptyRoundDraft(),
  title: '2026年第四季度走看赛',
  period: '2026-Q4',
  window: ['2026-10-01', '2026-12-31'],
  rubric: [
    { code: 'org-building', title: '组织建设', weightPercent: 40, maxScore: 10 },
    { code: 'rectification', title: '问题整改', weightPercent: 60, maxScore: 10 },
  ],
  ...overrides,
});

describe('planning a round in the console', () => {
  it('sends the round with its rubric weights as fractions and all counties when none are picked', () => {
    expect(roundDraftProblems(draft())).toEqual([]);
    expect(planRoundBody(draft({ perRedCase: 1 }))).toEqual({
      kind: 'walk-see-compete',
      title: '2026年第四季度走看赛',
      period: '2026-Q4',
      window: { opensOn: '2026-10-01', closesOn: '2026-12-31' },
      rubric: {
        items: [
          { code: 'org-building', title: '组织建设', weight: 0.4, maxScore: 10 },
          { code: 'rectification', title: '问题整改', weight: 0.6, maxScore: 10 },
        ],
      },
      scoringPolicy: { method: 'mean', deductions: { perRedCase: 1 } },
    });
  });

  it('names what is missing or wrong before sending', () => {
    const bad = draft({ title: ' ', period: '2026Q4', kind: 'quarterly-theme', window: null, rubric: [{ code: 'a', title: '甲', weightPercent: 0, maxScore: 10 }, { code: 'a', title: '乙', weightPercent: 50, maxScore: undefined }] });
    expect(roundDraftProblems(bad)).toEqual([
      '请填写轮次名称',
      '期次格式如 2026-Q3',
      '一季一主题轮次请填写本季主题',
      '请选择起止日期',
      '第 1 项：权重须大于 0',
      '第 2 项：编号重复',
      '第 2 项：满分须大于 0',
    ]);
  });

  it('warns when the weights do not add up to 100 %', () => {
    expect(rubricWeightWarning(draft().rubric)).toBeUndefined();
    expect(rubricWeightWarning([{ code: 'a', title: '甲', weightPercent: 30, maxScore: 10 }])).toBe('各项权重合计 30%，应为 100%');
  });

  it('shows an inspector from the target county as recused, and does not let them be picked', () => {
    const inspectors = [
      { username: 'inspector.anji', displayName: '督查员（安吉县）', homeCountyId: 'anji' },
      { username: 'inspector.wuxing', displayName: '督查员（吴兴区）', homeCountyId: 'wuxing' },
    ];
    expect(inspectorChoices(inspectors, 'anji')).toEqual([
      { value: 'inspector.anji', label: '督查员（安吉县）（须回避本区县）', disabled: true },
      { value: 'inspector.wuxing', label: '督查员（吴兴区）', disabled: false },
    ]);
  });

  it('sends a duty-review round (述职评议考核) with its panel and follow-up share instead of a rubric; a year is a period', () => {
    const duty = draft({ kind: 'duty-review', period: '2026', panelIds: ['inspector.wuxing'], followUpPercent: 40, rubric: [] });
    expect(roundDraftProblems(duty)).toEqual([]);
    expect(planRoundBody(duty)).toEqual({
      kind: 'duty-review',
      title: '2026年第四季度走看赛',
      period: '2026',
      window: { opensOn: '2026-10-01', closesOn: '2026-12-31' },
      dutyReview: { panelIds: ['inspector.wuxing'], unitKind: 'county', followUpShare: 0.4 },
      scoringPolicy: { method: 'mean' },
    });
    expect(roundDraftProblems(draft({ kind: 'duty-review', panelIds: [], followUpPercent: 0 }))).toEqual(['请选择评议组成员', '跟踪整改比例须大于 0%、不超过 100%']);
  });
});
