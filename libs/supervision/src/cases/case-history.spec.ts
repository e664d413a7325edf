import { caseStepOf, isCaseEvent } from './case-history';
import { CASE_EVENT_TYPES, CaseEvent } from './case.events';
import { admin, after, HISTORY, inspector, LATER, splitCase, system, township, YUCUN_CHAIN } from './case.spec-fixtures';

/** The steps `history` ends with, as the case's history tells them. */
const stepsOf = (history: readonly CaseEvent[]) => history.map((event) => ({ type: event.type, ...caseStepOf(event) }));

describe('a case’s history: what each step said and who took it', () => {
  it('given a case reported on, submitted, rejected, urged and resubmitted, each step carries its words and its actor', () => {
    let history = after(HISTORY.submitted, { type: 'RejectCase', reason: '整改材料不全' }, { actor: inspector });
    history = after(history, { type: 'UrgeCase', message: '请三日内补齐材料' }, { actor: admin });
    history = after(history, { type: 'ReportProgress', report: '已补充运维台账' }, { actor: township });
    history = after(history, { type: 'SubmitCase', report: '材料已补齐' }, { actor: township });
    history = after(history, { type: 'VerifyCase', comment: '现场核查通过' }, { actor: admin });
    expect(stepsOf(history).map(({ type, by, details }) => [type, by, details])).toEqual([
      [
        'CaseOpened',
        'inspector.wuxing',
        {
          title: '天荒坪镇农村生活污水处理设施运维不到位',
          description: '部分终端设施长期停运，未落实运维责任',
          severity: 'high',
          source: { kind: 'finding', roundId: 'r-2026-q1', taskId: 't-anji', findingId: 'f-1' },
          responsibleUnitId: 'anji-tianhuangping',
          dueWorkingDays: 5,
          parentCaseId: null,
        },
      ],
      ['CaseAssigned', 'admin', { responsibleUnitId: 'anji-tianhuangping', dueWorkingDays: 5, dueOn: '2026-03-09', deadlineAt: '2026-03-09T15:59:59.999Z' }],
      ['CaseSigned', 'official.tianhuangping', { unitId: 'anji-tianhuangping' }],
      ['CaseProgressReported', 'official.tianhuangping', { report: '已排查全镇终端设施', reportNumber: 1 }],
      ['CaseSubmitted', 'official.tianhuangping', { report: '停运设施全部恢复运行' }],
      ['CaseRejected', 'inspector.wuxing', { reason: '整改材料不全', rejectionNumber: 1 }],
      ['CaseUrged', 'admin', { message: '请三日内补齐材料', urgeNumber: 1, urgedUnitId: 'anji-tianhuangping' }],
      ['CaseProgressReported', 'official.tianhuangping', { report: '已补充运维台账', reportNumber: 2 }],
      ['CaseSubmitted', 'official.tianhuangping', { report: '材料已补齐' }],
      ['CaseClosed', 'admin', { comment: '现场核查通过', pendingExtensionLapsed: false }],
    ]);
    expect(stepsOf(history).at(-1)!.at).toBe(LATER.toISOString());
  });

  it('given an extension requested, denied, requested again and approved, each step says the days, the reasons and the new deadline', () => {
    let history = after(HISTORY.signed, { type: 'RequestExtension', newDueWorkingDays: 8, reason: '设备采购周期长' }, { actor: township });
    history = after(history, { type: 'DenyExtension', reason: '理由不充分' }, { actor: admin });
    history = after(history, { type: 'RequestExtension', newDueWorkingDays: 10, reason: '设备已下单，到货需两周' }, { actor: township });
    history = after(history, { type: 'ApproveExtension', comment: '同意延期' }, { actor: admin });
    expect(stepsOf(history.slice(HISTORY.signed.length)).map(({ type, by, details }) => [type, by, details])).toEqual([
      ['ExtensionRequested', 'official.tianhuangping', { newDueWorkingDays: 8, reason: '设备采购周期长', currentDueOn: '2026-03-09' }],
      ['ExtensionDenied', 'admin', { newDueWorkingDays: 8, reason: '理由不充分', requestedBy: 'official.tianhuangping' }],
      ['ExtensionRequested', 'official.tianhuangping', { newDueWorkingDays: 10, reason: '设备已下单，到货需两周', currentDueOn: '2026-03-09' }],
      [
        'ExtensionApproved',
        'admin',
        { extensionNumber: 1, newDueWorkingDays: 10, previousDueOn: '2026-03-09', dueOn: '2026-03-18', comment: '同意延期', requestedBy: 'official.tianhuangping' },
      ],
    ]);
  });

  it('given a split, the step lists the children, a child’s own description included and a shared one left out', () => {
    const split = splitCase({
      children: [
        { caseId: 'c-1-yucun', unitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN, title: '余村', dueWorkingDays: 3 },
        { caseId: 'c-1-yucun-2', unitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN, title: '余村二', description: '余村终端', dueWorkingDays: 2 },
      ],
    });
    let history = after(HISTORY.signed, split, { actor: township });
    history = after(history, { type: 'RecordChildCaseClosed', childCaseId: 'c-1-yucun' }, { actor: system });
    expect(stepsOf(history.slice(HISTORY.signed.length)).map(({ type, by, details }) => [type, by, details])).toEqual([
      [
        'CaseSplit',
        'official.tianhuangping',
        {
          children: [
            { caseId: 'c-1-yucun', unitId: 'anji-tianhuangping-yucun', title: '余村', dueWorkingDays: 3 },
            { caseId: 'c-1-yucun-2', unitId: 'anji-tianhuangping-yucun', title: '余村二', description: '余村终端', dueWorkingDays: 2 },
          ],
        },
      ],
      ['ChildCaseClosed', null, { childCaseId: 'c-1-yucun' }],
    ]);
  });

  it('given a red warning that escalates, the steps say the colour, the reason and the units; the escalation is the system’s', () => {
    const red = new Date('2026-03-12T16:00:00.000Z');
    const history = after(HISTORY['in-progress'], { type: 'RaiseWarning', colour: 'red', dueAt: red.toISOString() }, { actor: system, now: red });
    expect(stepsOf(history.slice(HISTORY['in-progress'].length)).map(({ type, by, details }) => [type, by, details])).toEqual([
      ['WarningRaised', 'system', { colour: 'red', reason: 'long-overdue', dueOn: '2026-03-09', accountableUnitId: 'anji-tianhuangping' }],
      ['CaseEscalated', null, { fromUnitId: 'anji-tianhuangping', toUnitId: 'anji', escalationLevel: 1 }],
    ]);
  });

  it('knows every case event type, and no other', () => {
    expect(CASE_EVENT_TYPES.every((type) => isCaseEvent({ type }))).toBe(true);
    expect(isCaseEvent({ type: 'TaskOpened' })).toBe(false);
  });
});
