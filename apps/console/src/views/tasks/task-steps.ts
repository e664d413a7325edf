import type { Schemas } from '../../api/client';

export type TaskView = Schemas['TaskViewResponse'];
type RubricItem = TaskView['rubric']['items'][number];

/** Round kinds whose tasks are scored on the rubric (走看赛, 一季一主题); the others record findings only. */
export const SCORED_ROUND_KINDS: readonly string[] = ['walk-see-compete', 'quarterly-theme'];

export interface TaskStep {
  readonly path: 'open' | 'submit' | 'close' | 'reopen';
  readonly label: string;
  readonly needsReason: boolean;
}

/** Whether the user is one of the task's inspectors. */
export function isTaskInspector(task: Pick<TaskView, 'inspectors'>, userId: string): boolean {
  return task.inspectors.some((inspector) => inspector.inspectorId === userId);
}

/**
 * What the task page offers the signed-in user now, as the task's workflow allows: its inspectors
 * open it (an admin may too), score and record findings while it is open, and submit it; admins
 * close a submitted task or reopen it with a reason.
 */
export function taskSteps(task: Pick<TaskView, 'status' | 'inspectors'>, user: { userId: string; roles: readonly string[] }): TaskStep[] {
  const inspector = user.roles.includes('inspector') && isTaskInspector(task, user.userId);
  const admin = user.roles.includes('admin');
  switch (task.status) {
    case 'assigned':
      return inspector || admin ? [{ path: 'open', label: '开始督查', needsReason: false }] : [];
    case 'opened':
      return inspector ? [{ path: 'submit', label: '提交任务', needsReason: false }] : [];
    case 'submitted':
      return admin
        ? [
            { path: 'close', label: '审核关闭', needsReason: false },
            { path: 'reopen', label: '退回重新督查', needsReason: true },
          ]
        : [];
    case 'closed':
      return admin ? [{ path: 'reopen', label: '重新打开', needsReason: true }] : [];
  }
}

/** Whether the user may score and record findings on the task now. */
export function mayInspect(task: Pick<TaskView, 'status' | 'inspectors'>, user: { userId: string; roles: readonly string[] }): boolean {
  return task.status === 'opened' && user.roles.includes('inspector') && isTaskInspector(task, user.userId);
}

/** An inspector is recused from scoring the county they belong to. */
export function isRecused(task: Pick<TaskView, 'inspectors' | 'targetCountyId'>, userId: string): boolean {
  const inspector = task.inspectors.find((candidate) => candidate.inspectorId === userId);
  return inspector !== undefined && inspector.homeCountyId !== null && inspector.homeCountyId === task.targetCountyId;
}

/** A score sheet's entries: what is typed per item code (undefined: not scored yet). */
export type SheetEntries = Readonly<Record<string, number | undefined>>;

/** What is wrong with a sheet before it is sent: an item out of its bounds, or nothing scored. */
export function sheetProblems(items: readonly RubricItem[], entries: SheetEntries): string[] {
  const problems: string[] = [];
  for (const item of items) {
    const score = entries[item.code];
    if (score === undefined) continue;
    if (!Number.isFinite(score) || score < 0 || score > item.maxScore) problems.push(`“${item.title}”的得分须在 0 到 ${item.maxScore} 之间`);
  }
  if (items.every((item) => entries[item.code] === undefined)) problems.push('请至少填写一项得分');
  return problems;
}

/** The sheet's weighted total on a 0–100 scale, counting the items scored so far (each as a share of its maximum). */
export function weightedTotal(items: readonly RubricItem[], entries: SheetEntries): number {
  const total = items.reduce((sum, item) => {
    const score = entries[item.code];
    return score === undefined ? sum : sum + (item.weight * score) / item.maxScore;
  }, 0);
  return Math.round(total * 10000) / 100;
}

/** The scores to send: each item scored, once. */
export function scoresToSend(items: readonly RubricItem[], entries: SheetEntries): Array<{ itemCode: string; score: number }> {
  return items.flatMap((item) => {
    const score = entries[item.code];
    return score === undefined ? [] : [{ itemCode: item.code, score }];
  });
}
