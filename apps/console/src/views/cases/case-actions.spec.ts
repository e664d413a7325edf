import { actionsFor, bodyOf, splitProblems } from './case-actions';

const labels = (...args: Parameters<typeof actionsFor>) => actionsFor(...args).map((action) => action.label);
const base = { pendingExtension: null, children: [] };

describe('the steps a case page offers', () => {
  it('offers 交办 to inspectors and admins on a registered case, nothing to officials', () => {
    expect(labels({ ...base, status: 'registered' }, ['inspector'])).toEqual(['交办']);
    expect(labels({ ...base, status: 'registered' }, ['official'])).toEqual([]);
  });

  it('offers the official 签收 and 申请延期, the inspector 催办, on an assigned case', () => {
    expect(labels({ ...base, status: 'assigned' }, ['official'])).toEqual(['签收', '申请延期']);
    expect(labels({ ...base, status: 'assigned' }, ['inspector'])).toEqual(['催办']);
  });

  it('offers 反馈办结 only once every child of a split is closed', () => {
    const open = [{ caseId: 'c-1', unitId: 'u', title: 't', closed: false }];
    expect(labels({ ...base, status: 'in-progress', children: open }, ['official'])).toEqual(['报送进展', '分解', '申请延期']);
    expect(labels({ ...base, status: 'in-progress', children: [{ ...open[0]!, closed: true }] }, ['official'])).toEqual(['报送进展', '反馈办结', '分解', '申请延期']);
  });

  it('offers review on a submitted case, and the admin answers a pending extension', () => {
    const pendingExtension = { newDueWorkingDays: 8, reason: '设备采购', requestedBy: 'official.anji', requestedAt: '2026-03-03T02:00:00.000Z' };
    expect(labels({ ...base, status: 'submitted' }, ['inspector'])).toEqual(['复核通过', '复核退回']);
    expect(labels({ ...base, status: 'signed', pendingExtension }, ['admin'])).toEqual(['分解', '催办', '批准延期', '驳回延期']);
    expect(labels({ ...base, status: 'signed', pendingExtension }, ['official'])).toEqual(['报送进展', '分解']);
  });

  it('sends a split’s children, each with its unit, title and working days; a child without description shares its parent’s', () => {
    const split = actionsFor({ ...base, status: 'signed' }, ['official']).find((action) => action.path === 'split')!;
    const children = [
      { unitId: 'anji-tianhuangping', title: ' 天荒坪镇整改 ', description: '', dueWorkingDays: 5 },
      { unitId: 'anji-xilong', title: '溪龙乡整改', description: '溪龙乡自查', dueWorkingDays: 4 },
    ];
    expect(splitProblems(children)).toEqual([]);
    expect(bodyOf(split, { text: '', days: undefined, children })).toEqual({
      children: [
        { unitId: 'anji-tianhuangping', title: '天荒坪镇整改', dueWorkingDays: 5 },
        { unitId: 'anji-xilong', title: '溪龙乡整改', description: '溪龙乡自查', dueWorkingDays: 4 },
      ],
    });
    expect(splitProblems([])).toEqual(['请至少添加一个下级单位']);
    expect(splitProblems([children[0]!, { ...children[0]! }, { unitId: '', title: '', description: '', dueWorkingDays: undefined }])).toEqual([
      '第 3 个下级案件：请选择单位并填写标题和办理时限',
      '同一下级单位不能重复分解',
    ]);
  });

  it('offers nothing on a closed case, nor to auditors and viewers', () => {
    expect(labels({ ...base, status: 'closed' }, ['admin'])).toEqual([]);
    expect(labels({ ...base, status: 'assigned' }, ['auditor', 'viewer'])).toEqual([]);
  });

  it('sends what each form asks for, leaving optional words out when blank', () => {
    const [progress] = actionsFor({ ...base, status: 'signed' }, ['official']);
    expect(bodyOf(progress!, { text: ' 已部署整改 ', days: undefined })).toEqual({ report: '已部署整改' });
    const urge = actionsFor({ ...base, status: 'assigned' }, ['admin']).find((action) => action.path === 'urge')!;
    expect(bodyOf(urge, { text: '  ', days: undefined })).toEqual({});
    const extension = actionsFor({ ...base, status: 'assigned' }, ['official']).find((action) => action.path === 'request-extension')!;
    expect(bodyOf(extension, { text: '设备采购周期长', days: 8 })).toEqual({ newDueWorkingDays: 8, reason: '设备采购周期长' });
  });
});
