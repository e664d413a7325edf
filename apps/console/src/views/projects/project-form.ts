import type { Schemas } from '../../api/client';

type ProjectPage = Schemas['ProjectPageResponse'];

/** 年终评价的四个等次. */
export const PROJECT_GRADE_NAMES: Readonly<Record<string, string>> = { good: '好', 'fairly-good': '较好', average: '一般', poor: '差' };

export const PROJECT_STATUS_NAMES: Readonly<Record<string, string>> = { active: '推进中', evaluated: '已评价' };

/** A milestone as the launch form holds it. */
export interface MilestoneDraft {
  title: string;
  dueOn: string;
}

export interface PlanDraft {
  unitId: string;
  year: number | undefined;
  title: string;
  goal: string;
  milestones: MilestoneDraft[];
}

/** What is missing or wrong in a plan, each in words, so the form can say it all at once (the API checks again). */
export function planProblems(plan: PlanDraft): string[] {
  const problems: string[] = [];
  if (plan.unitId === '') problems.push('请选择领办单位');
  if (plan.year === undefined) problems.push('请填写年度');
  if (plan.title.trim() === '') problems.push('请填写项目名称');
  if (plan.goal.trim() === '') problems.push('请填写项目目标');
  if (plan.milestones.length === 0) problems.push('请至少设置一个节点');
  plan.milestones.forEach((milestone, index) => {
    if (milestone.title.trim() === '') problems.push(`节点 ${index + 1}：请填写节点内容`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(milestone.dueOn)) problems.push(`节点 ${index + 1}：请选择完成时限`);
    else if (plan.year !== undefined && Number(milestone.dueOn.slice(0, 4)) !== plan.year) problems.push(`节点 ${index + 1}：完成时限须在 ${plan.year} 年内`);
  });
  return problems;
}

export function planBody(plan: PlanDraft): Record<string, unknown> {
  return {
    unitId: plan.unitId,
    year: plan.year,
    title: plan.title.trim(),
    goal: plan.goal.trim(),
    milestones: plan.milestones.map((milestone) => ({ title: milestone.title.trim(), dueOn: milestone.dueOn })),
  };
}

/** What a project's page offers: the steps of an active project to officials and admins, the evaluation to inspectors and admins. */
export interface ProjectActions {
  readonly report: boolean;
  readonly handOver: boolean;
  readonly evaluate: boolean;
}

export function projectActionsFor(project: Pick<ProjectPage, 'status'>, roles: readonly string[]): ProjectActions {
  const active = project.status === 'active';
  const official = roles.includes('admin') || roles.includes('official');
  return { report: active && official, handOver: active && official, evaluate: active && (roles.includes('admin') || roles.includes('inspector')) };
}

/** The milestones still to be reached, for the report form's choice. */
export function openMilestones(project: Pick<ProjectPage, 'milestones'>): ProjectPage['milestones'] {
  return project.milestones.filter((milestone) => milestone.completedAt === null);
}
