import { isRecused, mayInspect, scoresToSend, sheetProblems, taskSteps, weightedTotal } from './task-steps';

const inspectors = [
  { inspectorId: 'inspector.wuxing', homeCountyId: 'wuxing' },
  { inspectorId: 'inspector.anji', homeCountyId: 'anji' },
];
const wuxing = { userId: 'inspector.wuxing', roles: ['inspector'] };
const admin = { userId: 'admin', roles: ['admin'] };
const items = [
  { code: 'org-building', title: '组织建设', weight: 0.4, maxScore: 10 },
  { code: 'rectification', title: '问题整改', weight: 0.6, maxScore: 20 },
];

describe('the task page', () => {
  it('offers its inspectors 开始督查 and then 提交任务; others nothing', () => {
    expect(taskSteps({ status: 'assigned', inspectors }, wuxing).map((step) => step.label)).toEqual(['开始督查']);
    expect(taskSteps({ status: 'opened', inspectors }, wuxing).map((step) => step.label)).toEqual(['提交任务']);
    expect(taskSteps({ status: 'opened', inspectors }, { userId: 'inspector.other', roles: ['inspector'] })).toEqual([]);
    expect(mayInspect({ status: 'opened', inspectors }, wuxing)).toBe(true);
    expect(mayInspect({ status: 'submitted', inspectors }, wuxing)).toBe(false);
  });

  it('offers admins the review: close, or send back with a reason; reopen a closed task', () => {
    expect(taskSteps({ status: 'submitted', inspectors }, admin).map((step) => [step.label, step.needsReason])).toEqual([
      ['审核关闭', false],
      ['退回重新督查', true],
    ]);
    expect(taskSteps({ status: 'closed', inspectors }, admin).map((step) => step.path)).toEqual(['reopen']);
  });

  it('knows an inspector is recused from their own county', () => {
    expect(isRecused({ inspectors, targetCountyId: 'anji' }, 'inspector.anji')).toBe(true);
    expect(isRecused({ inspectors, targetCountyId: 'anji' }, 'inspector.wuxing')).toBe(false);
  });
});

describe('the score sheet', () => {
  it('checks each score against its item’s maximum, and wants at least one', () => {
    expect(sheetProblems(items, { 'org-building': 11 })).toEqual(['“组织建设”的得分须在 0 到 10 之间']);
    expect(sheetProblems(items, { 'org-building': -1, rectification: 20 })).toEqual(['“组织建设”的得分须在 0 到 10 之间']);
    expect(sheetProblems(items, {})).toEqual(['请至少填写一项得分']);
    expect(sheetProblems(items, { 'org-building': 10, rectification: 0 })).toEqual([]);
  });

  it('shows the weighted total on 0–100 and sends only the items scored', () => {
    expect(weightedTotal(items, { 'org-building': 9, rectification: 15 })).toBe(81);
    expect(weightedTotal(items, { 'org-building': 5 })).toBe(20);
    expect(scoresToSend(items, { rectification: 15 })).toEqual([{ itemCode: 'rectification', score: 15 }]);
  });
});
