import type { Schemas } from '../../api/client';

export type PlanRoundBody = Schemas['PlanRoundRequest'];
type RoundKind = PlanRoundBody['kind'];

/** A rubric line as the editor holds it: the weight in percent. */
export interface RubricDraft {
  code: string;
  title: string;
  weightPercent: number | undefined;
  maxScore: number | undefined;
}

export interface RoundDraft {
  kind: RoundKind;
  title: string;
  period: string;
  theme: string;
  window: [string, string] | null;
  scopeCountyIds: string[];
  rubric: RubricDraft[];
  method: Schemas['ScoringPolicyRequest']['method'];
  perRedCase: number | undefined;
  /** 述职评议考核 only: the panel (inspectors' user ids), whose secretaries report, and the follow-up share in percent (blank: a third). */
  panelIds: string[];
  unitKind: 'county' | 'township';
  followUpPercent: number | undefined;
}

export function emptyRoundDraft(): RoundDraft {
  return {
    kind: 'walk-see-compete',
    title: '',
    period: '',
    theme: '',
    window: null,
    scopeCountyIds: [],
    rubric: [{ code: '', title: '', weightPercent: 100, maxScore: 10 }],
    method: 'mean',
    perRedCase: undefined,
    panelIds: [],
    unitKind: 'county',
    followUpPercent: undefined,
  };
}

const PERIOD = /^\d{4}(-(Q[1-4]|H[12]|(0[1-9]|1[0-2])))?$/;

/** What stops a round from being planned, in words; a rubric whose weights do not add up to 100 % is only warned about (see {@link rubricWeightWarning}). */
export function roundDraftProblems(draft: RoundDraft): string[] {
  const problems: string[] = [];
  if (draft.title.trim() === '') problems.push('请填写轮次名称');
  if (!PERIOD.test(draft.period.trim())) problems.push('期次格式如 2026-Q3');
  if (draft.kind === 'quarterly-theme' && draft.theme.trim() === '') problems.push('一季一主题轮次请填写本季主题');
  if (draft.window === null) problems.push('请选择起止日期');
  if (draft.kind === 'duty-review') {
    // 述职评议考核 has no rubric: reports are rated 好 / 较好 / 一般 / 差 by the panel.
    if (draft.panelIds.length === 0) problems.push('请选择评议组成员');
    if (draft.followUpPercent !== undefined && (draft.followUpPercent <= 0 || draft.followUpPercent > 100)) problems.push('跟踪整改比例须大于 0%、不超过 100%');
    return problems;
  }
  if (draft.rubric.length === 0) problems.push('评分细则至少一项');
  const codes = new Set<string>();
  draft.rubric.forEach((item, index) => {
    const label = `第 ${index + 1} 项`;
    if (item.code.trim() === '' || item.title.trim() === '') problems.push(`${label}：请填写编号和名称`);
    else if (codes.has(item.code.trim())) problems.push(`${label}：编号重复`);
    codes.add(item.code.trim());
    if (item.weightPercent === undefined || item.weightPercent <= 0) problems.push(`${label}：权重须大于 0`);
    if (item.maxScore === undefined || item.maxScore <= 0) problems.push(`${label}：满分须大于 0`);
  });
  return problems;
}

/** The rubric's weights should add up to 100 % for scores on a 0–100 scale. */
export function rubricWeightWarning(rubric: readonly RubricDraft[]): string | undefined {
  const total = rubric.reduce((sum, item) => sum + (item.weightPercent ?? 0), 0);
  return Math.abs(total - 100) < 1e-9 ? undefined : `各项权重合计 ${Math.round(total * 100) / 100}%，应为 100%`;
}

export function planRoundBody(draft: RoundDraft): PlanRoundBody {
  return {
    kind: draft.kind,
    title: draft.title.trim(),
    period: draft.period.trim(),
    ...(draft.kind === 'quarterly-theme' ? { theme: draft.theme.trim() } : {}),
    ...(draft.scopeCountyIds.length === 0 ? {} : { scopeCountyIds: [...draft.scopeCountyIds] }),
    window: { opensOn: draft.window![0], closesOn: draft.window![1] },
    ...(draft.kind === 'duty-review'
      ? {
          dutyReview: {
            panelIds: [...draft.panelIds],
            unitKind: draft.unitKind,
            ...(draft.followUpPercent === undefined ? {} : { followUpShare: Math.round(draft.followUpPercent * 100) / 10000 }),
          },
        }
      : {
          rubric: {
            items: draft.rubric.map((item) => ({
              code: item.code.trim(),
              title: item.title.trim(),
              weight: Math.round((item.weightPercent ?? 0) * 100) / 10000,
              maxScore: item.maxScore ?? 0,
            })),
          },
        }),
    scoringPolicy: { method: draft.method, ...(draft.perRedCase === undefined || draft.kind === 'duty-review' ? {} : { deductions: { perRedCase: draft.perRedCase } }) },
  };
}

/** The round steps an admin takes from each status. */
export const ROUND_STEPS: Readonly<Record<string, { readonly path: string; readonly label: string } | undefined>> = {
  planned: { path: 'start', label: '启动轮次' },
  active: { path: 'close-scoring', label: '结束评分' },
  'scoring-closed': { path: 'publish', label: '发布结果' },
  published: { path: 'archive', label: '归档' },
};

/** An inspector as the assignment's picker shows them: recused from their own county. */
export function inspectorChoices(
  inspectors: ReadonlyArray<{ username: string; displayName: string; homeCountyId: string | null }>,
  targetCountyId: string | null,
): Array<{ value: string; label: string; disabled: boolean }> {
  return inspectors.map((inspector) => {
    const recused = targetCountyId !== null && inspector.homeCountyId === targetCountyId;
    return { value: inspector.username, label: recused ? `${inspector.displayName}（须回避本区县）` : inspector.displayName, disabled: recused };
  });
}
