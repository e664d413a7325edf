import type { Schemas } from '../../api/client';

export type CaseView = Schemas['CaseViewResponse'];

/** What an action asks for before it is sent. */
export type ActionForm = 'none' | 'report' | 'reason' | 'comment' | 'message' | 'extension' | 'split';

export interface CaseAction {
  /** The route's last segment: POST /cases/:id/<path>. */
  readonly path: string;
  readonly label: string;
  readonly form: ActionForm;
  /** A button that ends or turns down something is shown as such. */
  readonly tone: 'primary' | 'success' | 'warning' | 'danger' | 'default';
  /** Shown on the form: what the step means for the case. */
  readonly hint: string;
}

const ACTIONS = {
  assign: { path: 'assign', label: '交办', form: 'none', tone: 'primary', hint: '交给责任单位办理，办理时限自今天起按工作日计算。' },
  sign: { path: 'sign', label: '签收', form: 'none', tone: 'primary', hint: '确认本单位已收到督办事项。' },
  progress: { path: 'progress', label: '报送进展', form: 'report', tone: 'primary', hint: '报送办理进展；首次报送即进入办理阶段。' },
  submit: { path: 'submit', label: '反馈办结', form: 'report', tone: 'success', hint: '报送办结情况，提请复核。' },
  verify: { path: 'verify', label: '复核通过', form: 'comment', tone: 'success', hint: '复核通过后案件办结，预警摘牌。' },
  reject: { path: 'reject', label: '复核退回', form: 'reason', tone: 'danger', hint: '退回责任单位继续办理，请写明理由。' },
  urge: { path: 'urge', label: '催办', form: 'message', tone: 'warning', hint: '向责任单位发出催办，记入督办记录。' },
  requestExtension: { path: 'request-extension', label: '申请延期', form: 'extension', tone: 'warning', hint: '自批准之日起按新的工作日数重新计算期限。' },
  approveExtension: { path: 'approve-extension', label: '批准延期', form: 'comment', tone: 'success', hint: '批准后按新期限办理，已亮的预警摘牌；多次延期本身亮红牌。' },
  split: { path: 'split', label: '分解', form: 'split', tone: 'default', hint: '把案件的部分内容分解给下级单位，立即立项并交办；下级期限不得晚于本案件。' },
  denyExtension: { path: 'deny-extension', label: '驳回延期', form: 'reason', tone: 'danger', hint: '驳回后按原期限办理，请写明理由。' },
} as const satisfies Record<string, CaseAction>;

const WITH_UNIT = new Set(['assigned', 'signed', 'in-progress']);

/**
 * The steps the signed-in user may take on a case now, as the case's workflow allows them
 * (the API decides; this only leaves out buttons that could not succeed). Officials act for
 * their unit; inspectors and admins assign, review and urge; admins answer extension requests.
 */
export function actionsFor(view: Pick<CaseView, 'status' | 'pendingExtension' | 'children'>, roles: readonly string[]): CaseAction[] {
  const official = roles.includes('official');
  const reviewer = roles.includes('admin') || roles.includes('inspector');
  const admin = roles.includes('admin');
  const actions: CaseAction[] = [];
  const childrenOpen = view.children.some((child) => !child.closed);
  switch (view.status) {
    case 'registered':
      if (reviewer) actions.push(ACTIONS.assign);
      break;
    case 'assigned':
      if (official) actions.push(ACTIONS.sign);
      break;
    case 'signed':
      if (official) actions.push(ACTIONS.progress);
      if (official || admin) actions.push(ACTIONS.split);
      break;
    case 'in-progress':
      if (official) actions.push(ACTIONS.progress);
      if (official && !childrenOpen) actions.push(ACTIONS.submit);
      if (official || admin) actions.push(ACTIONS.split);
      break;
    case 'submitted':
      if (reviewer && !childrenOpen) actions.push(ACTIONS.verify);
      if (reviewer) actions.push(ACTIONS.reject);
      break;
    default:
      break;
  }
  if (WITH_UNIT.has(view.status)) {
    if (official && view.pendingExtension === null) actions.push(ACTIONS.requestExtension);
    if (reviewer) actions.push(ACTIONS.urge);
  }
  if ((WITH_UNIT.has(view.status) || view.status === 'submitted') && admin && view.pendingExtension !== null) {
    actions.push(ACTIONS.approveExtension, ACTIONS.denyExtension);
  }
  return actions;
}

/** A child of a split as its form holds it. */
export interface ChildDraft {
  unitId: string;
  title: string;
  description: string;
  dueWorkingDays: number | undefined;
}

/** What is missing from a split's children before it is sent. */
export function splitProblems(children: readonly ChildDraft[]): string[] {
  if (children.length === 0) return ['请至少添加一个下级单位'];
  const problems: string[] = [];
  children.forEach((child, index) => {
    if (child.unitId === '' || child.title.trim() === '' || child.dueWorkingDays === undefined) problems.push(`第 ${index + 1} 个下级案件：请选择单位并填写标题和办理时限`);
  });
  const units = children.map((child) => child.unitId).filter((unit) => unit !== '');
  if (new Set(units).size !== units.length) problems.push('同一下级单位不能重复分解');
  return problems;
}

/** The body an action's form sends. */
export function bodyOf(
  action: CaseAction,
  form: { text: string; days: number | undefined; children?: readonly ChildDraft[]; attachments?: ReadonlyArray<{ sha256: string; name: string }> },
): Record<string, unknown> {
  const text = form.text.trim();
  switch (action.form) {
    case 'none':
      return {};
    case 'report':
      return form.attachments === undefined || form.attachments.length === 0
        ? { report: text }
        : { report: text, attachments: form.attachments.map(({ sha256, name }) => ({ sha256, name })) };
    case 'reason':
      return { reason: text };
    case 'comment':
      return text === '' ? {} : { comment: text };
    case 'message':
      return text === '' ? {} : { message: text };
    case 'extension':
      return { newDueWorkingDays: form.days, reason: text };
    case 'split':
      return {
        children: (form.children ?? []).map((child) => ({
          unitId: child.unitId,
          title: child.title.trim(),
          ...(child.description.trim() === '' ? {} : { description: child.description.trim() }),
          dueWorkingDays: child.dueWorkingDays,
        })),
      };
  }
}
