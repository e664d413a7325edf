import { planBody, planProblems, projectActionsFor, type PlanDraft } from './project-form';

const plan = (change: Partial<PlanDraft> = {}): PlanDraft => ({
  unitId: 'anji-tianhuangping-yucun',
  year: 2026,
  title: ' 余村绿色共富项目 ',
  goal: '集体经营性收入年增 20%',
  milestones: [{ title: '项目选址', dueOn: '2026-04-30' }],
  ...change,
});

describe('the 书记领办项目 launch form', () => {
  it('given a whole plan, finds nothing wrong and sends it trimmed', () => {
    expect(planProblems(plan())).toEqual([]);
    expect(planBody(plan())).toMatchObject({ title: '余村绿色共富项目', milestones: [{ title: '项目选址', dueOn: '2026-04-30' }] });
  });

  it('given a plan with gaps, names every one of them in Chinese', () => {
    expect(planProblems(plan({ unitId: '', title: ' ', milestones: [{ title: '', dueOn: '2027-01-10' }, { title: '验收', dueOn: '' }] }))).toEqual([
      '请选择领办单位',
      '请填写项目名称',
      '节点 1：请填写节点内容',
      '节点 1：完成时限须在 2026 年内',
      '节点 2：请选择完成时限',
    ]);
    expect(planProblems(plan({ milestones: [] }))).toEqual(['请至少设置一个节点']);
  });

  it('offers the steps of an active project to officials, the evaluation to inspectors, nothing once evaluated', () => {
    expect(projectActionsFor({ status: 'active' }, ['official'])).toEqual({ report: true, handOver: true, evaluate: false });
    expect(projectActionsFor({ status: 'active' }, ['inspector'])).toEqual({ report: false, handOver: false, evaluate: true });
    expect(projectActionsFor({ status: 'evaluated' }, ['admin'])).toEqual({ report: false, handOver: false, evaluate: false });
  });
});
