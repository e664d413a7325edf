import { Actor, DomainError, ForbiddenError, NotFoundError, RoleNotAllowedError } from '@app/workflow';
import { CaseCommand, OpenCase } from './case.commands';
import { ChildCasesOpen, DuplicateChildCase, UnknownChildCase } from './case.errors';
import { CaseEvent } from './case.events';
import {
  admin,
  after,
  assigned,
  auditor,
  COMMANDS,
  county,
  HISTORY,
  inspector,
  LATER,
  nanxun,
  openCase,
  opened,
  OPENED_AT,
  progressed,
  signed,
  spec,
  splitCase,
  stateOf,
  Step,
  submitted,
  system,
  timersAfter,
  township,
  village,
  YUCUN_CHAIN,
} from './case.spec-fixtures';
import { accountableUnitIdsOf, accountableUnitOf, ExistingCase } from './case.state';
import { caseWorkflow } from './case.workflow';

/** Friday 6 March 2026, 10:00 in China. */
const FRIDAY = new Date('2026-03-06T02:00:00.000Z');

const extensionRequested: CaseEvent = {
  type: 'ExtensionRequested',
  data: {
    caseId: 'c-1',
    newDueWorkingDays: 10,
    reason: '设备采购周期长',
    currentDueOn: '2026-03-09',
    requestedBy: 'official.tianhuangping',
    requestedAt: LATER.toISOString(),
  },
};

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('case workflow', () => {
  describe('the lifecycle as data', () => {
    it('each step takes exactly these commands', () => {
      const accepted = Object.fromEntries(Object.entries(caseWorkflow.states).map(([status, state]) => [status, Object.keys(state.on).sort()]));
      const whileWithUnit = ['ApproveExtension', 'DenyExtension', 'RaiseWarning', 'RecordChildCaseClosed', 'RequestExtension', 'UrgeCase'];
      expect(accepted).toEqual({
        unopened: ['OpenCase'],
        registered: ['AssignCase', 'RaiseWarning'],
        assigned: [...whileWithUnit, 'SignCase'].sort(),
        signed: [...whileWithUnit, 'ReportProgress', 'SplitCase'].sort(),
        'in-progress': [...whileWithUnit, 'ReportProgress', 'SplitCase', 'SubmitCase'].sort(),
        submitted: ['ApproveExtension', 'DenyExtension', 'RaiseWarning', 'RecordChildCaseClosed', 'RejectCase', 'VerifyCase'],
        closed: ['RaiseWarning', 'RecordChildCaseClosed'],
      });
      expect(caseWorkflow).toMatchObject({ name: 'case', version: 1 });
    });

    it.each<[Step, string]>([
      ['registered', 'registered'],
      ['assigned', 'assigned'],
      ['signed', 'signed'],
      ['in-progress', 'in-progress'],
      ['submitted', 'submitted'],
      ['closed', 'closed'],
    ])('the %s history folds to status %s', (step, status) => {
      expect(stateOf(HISTORY[step]).status).toBe(status);
    });
  });

  describe('OpenCase (立项)', () => {
    it('an inspector opens a case from a finding', () => {
      spec.given([]).when(openCase(), { actor: inspector, now: OPENED_AT }).then([opened]);
    });

    it('an admin opens a case directly, of critical severity, with title and description trimmed', () => {
      const [event] = spec.given([])
        .when(openCase({ source: { kind: 'direct' }, severity: 'critical', title: ' 标题 ', description: ' 说明 ' }), { actor: admin, now: OPENED_AT })
        .events();
      expect(event).toMatchObject({ data: { source: { kind: 'direct' }, severity: 'critical', title: '标题', description: '说明', openedBy: 'admin' } });
    });

    it('the system opens a child case of a split', () => {
      const child = openCase({ caseId: 'c-1-yucun', responsibleUnitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN, parentCaseId: 'c-1' });
      const [event] = spec.given([]).when(child, { actor: system, now: OPENED_AT }).events();
      expect(event).toMatchObject({ data: { caseId: 'c-1-yucun', parentCaseId: 'c-1', unitChain: YUCUN_CHAIN, openedBy: 'system' } });
      expect(stateOf([event!])).toMatchObject({ status: 'registered', parentCaseId: 'c-1', escalationLevel: 0, activeWarnings: [] });
    });

    it('an inspector opening a case not from a finding gets DIRECT_CASE_ADMIN_ONLY (403)', () => {
      spec.given([]).when(openCase({ source: { kind: 'direct' } }), { actor: inspector }).thenThrows(ForbiddenError, 'DIRECT_CASE_ADMIN_ONLY');
    });

    it.each([admin, inspector])('$userId opening a child case gets CHILD_CASE_OPENED_BY_SPLIT_ONLY (403)', (actor) => {
      spec.given([]).when(openCase({ parentCaseId: 'c-0' }), { actor }).thenThrows(ForbiddenError, 'CHILD_CASE_OPENED_BY_SPLIT_ONLY');
    });

    it.each<Partial<OpenCase>>([{ caseId: '' }, { title: ' ' }, { description: '' }, { responsibleUnitId: '' }])(
      'refuses %p with CASE_DETAILS_REQUIRED',
      (overrides) => {
        spec.given([]).when(openCase(overrides), { actor: admin }).thenThrows(DomainError, 'CASE_DETAILS_REQUIRED');
      },
    );

    it('refuses an unknown severity with UNKNOWN_CASE_SEVERITY', () => {
      spec.given([])
        .when(openCase({ severity: 'dire' as OpenCase['severity'] }), { actor: admin })
        .thenThrows(DomainError, 'UNKNOWN_CASE_SEVERITY');
    });

    it.each<[string, unknown]>([
      ['a finding without its ids', { kind: 'finding', roundId: 'r-1', taskId: '', findingId: 'f-1' }],
      ['an unknown kind', { kind: 'rumour' }],
      ['no source', undefined],
    ])('refuses %s with INVALID_CASE_SOURCE', (_name, source) => {
      spec.given([])
        .when(openCase({ source: source as OpenCase['source'] }), { actor: admin })
        .thenThrows(DomainError, 'INVALID_CASE_SOURCE');
    });

    it.each<[string, unknown]>([
      ['an empty chain', []],
      ['a chain not starting at the responsible unit', ['anji', 'huzhou']],
      ['a chain naming a unit twice', ['anji-tianhuangping', 'anji', 'anji', 'huzhou']],
      ['a chain with a blank unit', ['anji-tianhuangping', '', 'huzhou']],
    ])('refuses %s with INVALID_UNIT_CHAIN', (_name, unitChain) => {
      spec.given([])
        .when(openCase({ unitChain: unitChain as string[] }), { actor: admin })
        .thenThrows(DomainError, 'INVALID_UNIT_CHAIN');
    });

    it.each([0, -1, 2.5])('refuses dueWorkingDays %p with INVALID_DEADLINE', (dueWorkingDays) => {
      spec.given([]).when(openCase({ dueWorkingDays }), { actor: admin }).thenThrows(DomainError, 'INVALID_DEADLINE');
    });

    it.each([township, auditor])('refuses $userId with ROLE_NOT_ALLOWED', (actor) => {
      spec.given([]).when(openCase(), { actor }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('AssignCase (交办)', () => {
    it('an admin assigns the case: due 5 working days from today, Monday to Monday', () => {
      spec.given(HISTORY.registered).when({ type: 'AssignCase' }, { actor: admin, now: OPENED_AT }).then([assigned]);
      expect(stateOf(HISTORY.assigned)).toMatchObject({ status: 'assigned', deadline: { dueOn: '2026-03-09', deadlineAt: '2026-03-09T15:59:59.999Z' } });
    });

    it.each([inspector, system])('$userId assigns too', (actor) => {
      const [event] = spec.given(HISTORY.registered).when({ type: 'AssignCase' }, { actor, now: OPENED_AT }).events();
      expect(event).toMatchObject({ type: 'CaseAssigned', data: { assignedBy: actor.userId, dueOn: '2026-03-09' } });
    });

    it('counts over the Spring Festival onto the make-up Saturday and past the holiday week', () => {
      // Thursday 12 February: Fri 13 (1), make-up Sat 14 (2), 15–23 off, Tue 24 (3).
      const history = [{ ...opened, data: { ...opened.data, dueWorkingDays: 3 } }];
      const [event] = spec.given(history).when({ type: 'AssignCase' }, { actor: admin, now: new Date('2026-02-12T02:00:00.000Z') }).events();
      expect(event).toMatchObject({ data: { dueOn: '2026-02-24', deadlineAt: '2026-02-24T15:59:59.999Z' } });
    });

    it('counts from the day it is in China, not in UTC', () => {
      // 17:00 UTC on Sunday 1 March is 01:00 on Monday 2 March in China.
      const [event] = spec.given(HISTORY.registered).when({ type: 'AssignCase' }, { actor: admin, now: new Date('2026-03-01T17:00:00.000Z') }).events();
      expect(event).toMatchObject({ data: { dueOn: '2026-03-09' } });
    });

    it.each([township, auditor])('refuses $userId with ROLE_NOT_ALLOWED', (actor) => {
      spec.given(HISTORY.registered).when({ type: 'AssignCase' }, { actor }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('SignCase (签收)', () => {
    it('an official of the responsible unit signs for the case', () => {
      spec.given(HISTORY.assigned)
        .when({ type: 'SignCase' }, { actor: township })
        .then([
          { type: 'CaseSigned', data: { caseId: 'c-1', unitId: 'anji-tianhuangping', signedBy: 'official.tianhuangping', signedAt: LATER.toISOString() } },
        ]);
    });

    it('an official of a unit above it signs for it too', () => {
      expect(spec.given(HISTORY.assigned).when({ type: 'SignCase' }, { actor: county }).events()[0]).toMatchObject({ data: { signedBy: 'official.anji' } });
    });

    it.each<[string, Actor]>([
      ['a unit below', village],
      ['another county', nanxun],
      ['no unit', { userId: 'official.nowhere', roles: ['official'] }],
    ])('an official of %s gets NOT_RESPONSIBLE_UNIT (403)', (_name, actor) => {
      spec.given(HISTORY.assigned).when({ type: 'SignCase' }, { actor }).thenThrows(ForbiddenError, 'NOT_RESPONSIBLE_UNIT');
    });

    it.each([admin, inspector])('refuses $userId with ROLE_NOT_ALLOWED', (actor) => {
      spec.given(HISTORY.assigned).when({ type: 'SignCase' }, { actor }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('ReportProgress (办理)', () => {
    it('the first report starts the handling: signed → in-progress', () => {
      spec.given(HISTORY.signed)
        .when({ type: 'ReportProgress', report: ' 已排查全镇终端设施 ' }, { actor: township })
        .then([
          {
            type: 'CaseProgressReported',
            data: { caseId: 'c-1', report: '已排查全镇终端设施', reportNumber: 1, reportedBy: 'official.tianhuangping', reportedAt: LATER.toISOString() },
          },
        ]);
      expect(stateOf(HISTORY['in-progress'])).toMatchObject({ status: 'in-progress', progressReports: 1 });
    });

    it('is repeatable: later reports are numbered on and the case stays in progress', () => {
      const history = after(HISTORY['in-progress'], { type: 'ReportProgress', report: '已恢复3处终端' }, { actor: county });
      expect(history.at(-1)).toMatchObject({ data: { reportNumber: 2, reportedBy: 'official.anji' } });
      expect(stateOf(history)).toMatchObject({ status: 'in-progress', progressReports: 2 });
    });

    it.each(['', '  '])('refuses report %p with REPORT_REQUIRED', (report) => {
      spec.given(HISTORY.signed).when({ type: 'ReportProgress', report }, { actor: township }).thenThrows(DomainError, 'REPORT_REQUIRED');
    });

    it('refuses an official of another county with NOT_RESPONSIBLE_UNIT', () => {
      spec.given(HISTORY.signed).when(COMMANDS.ReportProgress[0], { actor: nanxun }).thenThrows(ForbiddenError, 'NOT_RESPONSIBLE_UNIT');
    });

    it('refuses an inspector with ROLE_NOT_ALLOWED', () => {
      spec.given(HISTORY.signed).when(COMMANDS.ReportProgress[0], { actor: inspector }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('SubmitCase (反馈)', () => {
    it('the unit submits its completion report', () => {
      spec.given(HISTORY['in-progress'])
        .when({ type: 'SubmitCase', report: '停运设施全部恢复运行' }, { actor: township })
        .then([{ type: 'CaseSubmitted', data: { caseId: 'c-1', report: '停运设施全部恢复运行', submittedBy: 'official.tianhuangping', submittedAt: LATER.toISOString() } }]);
      expect(stateOf(HISTORY.submitted)).toMatchObject({ status: 'submitted' });
    });

    it('refuses an empty report with REPORT_REQUIRED', () => {
      spec.given(HISTORY['in-progress']).when({ type: 'SubmitCase', report: ' ' }, { actor: township }).thenThrows(DomainError, 'REPORT_REQUIRED');
    });

    it('refuses an official of a unit below with NOT_RESPONSIBLE_UNIT', () => {
      spec.given(HISTORY['in-progress']).when(COMMANDS.SubmitCase[0], { actor: village }).thenThrows(ForbiddenError, 'NOT_RESPONSIBLE_UNIT');
    });

    it.each([admin, inspector])('refuses $userId with ROLE_NOT_ALLOWED', (actor) => {
      spec.given(HISTORY['in-progress']).when(COMMANDS.SubmitCase[0], { actor }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('VerifyCase (复核 passed → 办结)', () => {
    it('an admin closes a submitted case', () => {
      spec.given(HISTORY.submitted)
        .when({ type: 'VerifyCase', comment: ' 经现场核查属实 ' }, { actor: admin })
        .then([
          {
            type: 'CaseClosed',
            data: { caseId: 'c-1', parentCaseId: null, comment: '经现场核查属实', pendingExtensionLapsed: false, verifiedBy: 'admin', closedAt: LATER.toISOString() },
          },
        ]);
    });

    it('an inspector closes it too; the closed case wants no timers', () => {
      const history = after(HISTORY.submitted, { type: 'VerifyCase' }, { actor: inspector });
      expect(history.at(-1)).toMatchObject({ type: 'CaseClosed', data: { verifiedBy: 'inspector.wuxing', comment: null } });
      expect(stateOf(history).status).toBe('closed');
      expect(timersAfter(history)).toEqual([]);
    });

    it('closing takes down every warning (摘牌): one WarningCleared per colour up, after CaseClosed', () => {
      const raised = (colour: 'blue' | 'yellow' | 'red'): CaseEvent => ({
        type: 'WarningRaised',
        data: {
          caseId: 'c-1',
          colour,
          level: colour === 'blue' ? 1 : colour === 'yellow' ? 2 : 3,
          reason: colour === 'blue' ? 'deadline-near' : colour === 'yellow' ? 'overdue' : 'long-overdue',
          dueOn: '2026-03-09',
          deadlineAt: '2026-03-09T15:59:59.999Z',
          timerDueAt: null,
          accountableUnitId: 'anji-tianhuangping',
          raisedBy: 'system',
          raisedAt: '2026-03-03T00:00:00.000Z',
        },
      });
      const history = [opened, assigned, signed, progressed, raised('blue'), raised('yellow'), raised('red'), submitted];
      const events = spec.given(history).when({ type: 'VerifyCase' }, { actor: admin }).events();
      const cleared = (colour: string) => ({
        type: 'WarningCleared',
        data: { caseId: 'c-1', colour, reason: 'case-closed', clearedBy: 'admin', clearedAt: LATER.toISOString() },
      });
      expect(events).toEqual([expect.objectContaining({ type: 'CaseClosed' }), cleared('blue'), cleared('yellow'), cleared('red')]);
      expect(stateOf([...history, ...events])).toMatchObject({ status: 'closed', activeWarnings: [] });
    });

    it('an extension still pending lapses with the closing', () => {
      const history = [opened, assigned, signed, progressed, extensionRequested, submitted];
      const [event] = spec.given(history).when({ type: 'VerifyCase' }, { actor: admin }).events();
      expect(event).toMatchObject({ data: { pendingExtensionLapsed: true } });
      expect(stateOf([...history, event!])).toMatchObject({ pendingExtension: null });
    });

    it('refuses an official with ROLE_NOT_ALLOWED', () => {
      spec.given(HISTORY.submitted).when({ type: 'VerifyCase' }, { actor: township }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('RejectCase (复核 failed → back to 办理)', () => {
    it('sends the case back with the reason recorded', () => {
      spec.given(HISTORY.submitted)
        .when({ type: 'RejectCase', reason: ' 整改材料不全 ' }, { actor: inspector })
        .then([{ type: 'CaseRejected', data: { caseId: 'c-1', reason: '整改材料不全', rejectionNumber: 1, rejectedBy: 'inspector.wuxing', rejectedAt: LATER.toISOString() } }]);
    });

    it('the case is in progress again: it is reported on and submitted again, and rejections are counted', () => {
      let history = after(HISTORY.submitted, { type: 'RejectCase', reason: '材料不全' }, { actor: admin });
      expect(stateOf(history)).toMatchObject({ status: 'in-progress', rejections: 1 });
      expect(stateOf(history)).not.toHaveProperty('submittedAt');
      history = after(history, { type: 'ReportProgress', report: '补充材料' }, { actor: township });
      history = after(history, { type: 'SubmitCase', report: '补充完成' }, { actor: township });
      history = after(history, { type: 'RejectCase', reason: '仍有遗漏' }, { actor: admin });
      expect(history.at(-1)).toMatchObject({ data: { rejectionNumber: 2 } });
    });

    it.each(['', ' '])('refuses reason %p with REJECTION_REASON_REQUIRED', (reason) => {
      spec.given(HISTORY.submitted).when({ type: 'RejectCase', reason }, { actor: admin }).thenThrows(DomainError, 'REJECTION_REASON_REQUIRED');
    });

    it('refuses an official with ROLE_NOT_ALLOWED', () => {
      spec.given(HISTORY.submitted).when(COMMANDS.RejectCase[0], { actor: township }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('UrgeCase (催办)', () => {
    it.each<Step>(['assigned', 'signed', 'in-progress'])('an admin urges a case that is %s', (step) => {
      spec.given(HISTORY[step])
        .when({ type: 'UrgeCase', message: '请加快整改' }, { actor: admin })
        .then([
          {
            type: 'CaseUrged',
            data: { caseId: 'c-1', message: '请加快整改', urgeNumber: 1, urgedUnitId: 'anji-tianhuangping', urgedBy: 'admin', urgedAt: LATER.toISOString() },
          },
        ]);
    });

    it('an inspector urges without a message; urges are counted and change nothing else', () => {
      const history = after(after(HISTORY.signed, { type: 'UrgeCase' }, { actor: inspector }), { type: 'UrgeCase' }, { actor: inspector });
      expect(history.at(-1)).toMatchObject({ data: { message: null, urgeNumber: 2 } });
      expect(stateOf(history)).toMatchObject({ status: 'signed', urges: 2 });
    });

    it('refuses an official with ROLE_NOT_ALLOWED', () => {
      spec.given(HISTORY.signed).when({ type: 'UrgeCase' }, { actor: county }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('RequestExtension (延期 requested)', () => {
    it.each<Step>(['assigned', 'signed', 'in-progress'])('the unit asks for a new deadline on a case that is %s', (step) => {
      spec.given(HISTORY[step])
        .when({ type: 'RequestExtension', newDueWorkingDays: 10, reason: ' 设备采购周期长 ' }, { actor: township })
        .then([extensionRequested]);
    });

    it('one request at a time: a second gets EXTENSION_ALREADY_PENDING', () => {
      spec.given([...HISTORY['in-progress'], extensionRequested])
        .when(COMMANDS.RequestExtension[0], { actor: township })
        .thenThrows(DomainError, 'EXTENSION_ALREADY_PENDING');
    });

    it('refuses no reason with EXTENSION_REASON_REQUIRED', () => {
      spec.given(HISTORY['in-progress'])
        .when({ type: 'RequestExtension', newDueWorkingDays: 10, reason: '' }, { actor: township })
        .thenThrows(DomainError, 'EXTENSION_REASON_REQUIRED');
    });

    it.each([0, -3, 1.5])('refuses newDueWorkingDays %p with INVALID_DEADLINE', (newDueWorkingDays) => {
      spec.given(HISTORY['in-progress'])
        .when({ type: 'RequestExtension', newDueWorkingDays, reason: '需要时间' }, { actor: township })
        .thenThrows(DomainError, 'INVALID_DEADLINE');
    });

    it.each([2, 3])('refuses %p working days from Wednesday 4 March, not after the deadline of Monday 9 March, with EXTENSION_NOT_LATER', (days) => {
      spec.given(HISTORY['in-progress'])
        .when({ type: 'RequestExtension', newDueWorkingDays: days, reason: '需要时间' }, { actor: township })
        .thenThrows(DomainError, 'EXTENSION_NOT_LATER');
    });

    it('accepts 4 working days from Wednesday 4 March: Tuesday 10 March, one day later', () => {
      expect(spec.given(HISTORY['in-progress']).when({ type: 'RequestExtension', newDueWorkingDays: 4, reason: '需要时间' }, { actor: township }).events()).toHaveLength(1);
    });

    it('refuses an official of another county with NOT_RESPONSIBLE_UNIT', () => {
      spec.given(HISTORY['in-progress']).when(COMMANDS.RequestExtension[0], { actor: nanxun }).thenThrows(ForbiddenError, 'NOT_RESPONSIBLE_UNIT');
    });

    it.each([admin, inspector])('refuses $userId with ROLE_NOT_ALLOWED', (actor) => {
      spec.given(HISTORY['in-progress']).when(COMMANDS.RequestExtension[0], { actor }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('ApproveExtension (延期 approved)', () => {
    const approved: CaseEvent = {
      type: 'ExtensionApproved',
      data: {
        caseId: 'c-1',
        extensionNumber: 1,
        newDueWorkingDays: 10,
        previousDueOn: '2026-03-09',
        previousDeadlineAt: '2026-03-09T15:59:59.999Z',
        dueOn: '2026-03-20',
        deadlineAt: '2026-03-20T15:59:59.999Z',
        comment: '同意',
        requestedBy: 'official.tianhuangping',
        approvedBy: 'admin',
        approvedAt: FRIDAY.toISOString(),
      },
    };

    it('an admin approves: the new deadline counts from the day of approval (Friday 6 March + 10 → Friday 20 March)', () => {
      spec.given([...HISTORY['in-progress'], extensionRequested])
        .when({ type: 'ApproveExtension', comment: '同意' }, { actor: admin, now: FRIDAY })
        .then([approved]);
      expect(stateOf([...HISTORY['in-progress'], extensionRequested, approved])).toMatchObject({
        status: 'in-progress',
        deadline: { dueOn: '2026-03-20', deadlineAt: '2026-03-20T15:59:59.999Z' },
        pendingExtension: null,
        approvedExtensions: 1,
      });
    });

    it('is answered on a submitted case too (the request was made while in progress)', () => {
      const history = [...HISTORY['in-progress'], extensionRequested, submitted];
      expect(spec.given(history).when({ type: 'ApproveExtension' }, { actor: admin, now: FRIDAY }).events()[0]).toMatchObject({ type: 'ExtensionApproved', data: { comment: null } });
    });

    it.each<Step>(['assigned', 'in-progress', 'submitted'])('with nothing pending on a case that is %s, gets NO_PENDING_EXTENSION', (step) => {
      spec.given(HISTORY[step]).when({ type: 'ApproveExtension' }, { actor: admin }).thenThrows(DomainError, 'NO_PENDING_EXTENSION');
    });

    it('a second request after an approval is answered on its own', () => {
      let history = after([...HISTORY['in-progress'], extensionRequested], { type: 'ApproveExtension' }, { actor: admin, now: FRIDAY });
      history = after(history, { type: 'RequestExtension', newDueWorkingDays: 15, reason: '汛期施工受限' }, { actor: township, now: FRIDAY });
      expect(stateOf(history)).toMatchObject({ pendingExtension: { newDueWorkingDays: 15 } });
    });

    it.each([inspector, township])('refuses $userId with ROLE_NOT_ALLOWED', (actor) => {
      spec.given([...HISTORY['in-progress'], extensionRequested]).when({ type: 'ApproveExtension' }, { actor }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('DenyExtension (延期 denied)', () => {
    it('an admin denies with a reason; the deadline stands and the unit may ask again', () => {
      const history = [...HISTORY['in-progress'], extensionRequested];
      spec.given(history)
        .when({ type: 'DenyExtension', reason: ' 理由不充分 ' }, { actor: admin, now: FRIDAY })
        .then([
          {
            type: 'ExtensionDenied',
            data: { caseId: 'c-1', newDueWorkingDays: 10, reason: '理由不充分', requestedBy: 'official.tianhuangping', deniedBy: 'admin', deniedAt: FRIDAY.toISOString() },
          },
        ]);
      const denied = after(history, { type: 'DenyExtension', reason: '理由不充分' }, { actor: admin, now: FRIDAY });
      expect(stateOf(denied)).toMatchObject({ pendingExtension: null, approvedExtensions: 0, deadline: { dueOn: '2026-03-09' } });
      expect(spec.given(denied).when(COMMANDS.RequestExtension[0], { actor: township, now: FRIDAY }).events()).toHaveLength(1);
    });

    it('with nothing pending gets NO_PENDING_EXTENSION', () => {
      spec.given(HISTORY.signed).when({ type: 'DenyExtension', reason: '无' }, { actor: admin }).thenThrows(DomainError, 'NO_PENDING_EXTENSION');
    });

    it('refuses no reason with EXTENSION_REASON_REQUIRED', () => {
      spec.given([...HISTORY.signed, extensionRequested])
        .when({ type: 'DenyExtension', reason: ' ' }, { actor: admin })
        .thenThrows(DomainError, 'EXTENSION_REASON_REQUIRED');
    });

    it('refuses an official with ROLE_NOT_ALLOWED', () => {
      spec.given([...HISTORY.signed, extensionRequested]).when(COMMANDS.DenyExtension[0], { actor: county }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('SplitCase (逐级传导: split to lower units)', () => {
    const GRID_CHAIN = ['anji-tianhuangping-yucun-grid-1', ...YUCUN_CHAIN];

    it('the responsible unit passes part of the case down to a village; the child refers to the parent’s description, not a copy', () => {
      spec.given(HISTORY.signed)
        .when(splitCase(), { actor: township })
        .then([
          {
            type: 'CaseSplit',
            data: {
              caseId: 'c-1',
              severity: 'high',
              source: { kind: 'finding', roundId: 'r-2026-q1', taskId: 't-anji', findingId: 'f-1' },
              children: [{ caseId: 'c-1-yucun', unitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN, title: '余村终端设施恢复运行', dueWorkingDays: 3 }],
              splitBy: 'official.tianhuangping',
              splitAt: LATER.toISOString(),
            },
          },
        ]);
    });

    it('a split of 50 children of a 5000-character description stays small: no child carries the parent’s text', () => {
      const long = '农村生活污水处理终端设施长期停运'.repeat(313).slice(0, 5000);
      const history = [{ ...opened, data: { ...opened.data, description: long } }, assigned, signed];
      const children = Array.from({ length: 50 }, (_unused, index) => ({
        caseId: `c-1-child-${index}`,
        unitId: 'anji-tianhuangping-yucun',
        unitChain: YUCUN_CHAIN,
        title: `余村第${index + 1}项整改`,
        dueWorkingDays: 3,
      }));
      const [event] = spec.given(history).when(splitCase({ children }), { actor: township }).events();
      expect(JSON.stringify(event).length).toBeLessThan(16 * 1024);
      expect(JSON.stringify(event)).not.toContain(long.slice(0, 50));
    });

    it('a child opened with no description of its own records none: it shares its parent’s', () => {
      const child = openCase({ caseId: 'c-1-yucun', responsibleUnitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN, parentCaseId: 'c-1', description: null });
      const [event] = spec.given([]).when(child, { actor: system, now: OPENED_AT }).events();
      expect(event).toMatchObject({ type: 'CaseOpened', data: { caseId: 'c-1-yucun', description: null, parentCaseId: 'c-1' } });
      expect(stateOf([event!])).toMatchObject({ description: null, parentCaseId: 'c-1' });
    });

    it('a case that is no child has a description of its own: CASE_DETAILS_REQUIRED otherwise', () => {
      const error = thrownBy(() => spec.given([]).when(openCase({ description: null }), { actor: admin }).events());
      expect(error).toMatchObject({ code: 'CASE_DETAILS_REQUIRED', details: { missing: ['description'] } });
    });

    it('a split recorded with copies of the parent’s description (before children shared it) still folds, and its child still opens with its copy', () => {
      const copied: CaseEvent = {
        type: 'CaseSplit',
        data: {
          caseId: 'c-1',
          severity: 'high',
          source: opened.data.source,
          children: [{ caseId: 'c-1-yucun', unitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN, title: '余村', description: opened.data.description!, dueWorkingDays: 3 }],
          splitBy: 'official.tianhuangping',
          splitAt: LATER.toISOString(),
        },
      };
      expect(stateOf([...HISTORY.signed, copied])).toMatchObject({ children: [{ caseId: 'c-1-yucun', title: '余村', closed: false }] });
      const childOpened: CaseEvent = {
        type: 'CaseOpened',
        data: { ...opened.data, caseId: 'c-1-yucun', responsibleUnitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN, parentCaseId: 'c-1', openedBy: 'system' },
      };
      expect(stateOf([childOpened])).toMatchObject({ description: opened.data.description, parentCaseId: 'c-1' });
    });

    it('an admin splits to several units at once, any depth below; the parent follows each child', () => {
      const history = after(
        HISTORY['in-progress'],
        splitCase({
          children: [
            { caseId: 'c-1-yucun', unitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN, title: '余村', description: '余村终端', dueWorkingDays: 3 },
            { caseId: 'c-1-grid', unitId: 'anji-tianhuangping-yucun-grid-1', unitChain: GRID_CHAIN, title: '第一网格', dueWorkingDays: 1 },
          ],
        }),
        { actor: admin },
      );
      expect(history.at(-1)).toMatchObject({ data: { children: [{ description: '余村终端' }, { caseId: 'c-1-grid' }], splitBy: 'admin' } });
      expect(stateOf(history)).toMatchObject({
        status: 'in-progress',
        children: [
          { caseId: 'c-1-yucun', unitId: 'anji-tianhuangping-yucun', title: '余村', closed: false },
          { caseId: 'c-1-grid', unitId: 'anji-tianhuangping-yucun-grid-1', title: '第一网格', closed: false },
        ],
      });
    });

    it.each<[string, string, string[]]>([
      ['a village of another township', 'anji-xilong-huangdu', ['anji-xilong-huangdu', 'anji-xilong', 'anji', 'huzhou']],
      ['the county above', 'anji', ['anji', 'huzhou']],
      ['the case’s own unit', 'anji-tianhuangping', ['anji-tianhuangping', 'anji', 'huzhou']],
    ])('refuses %s with CHILD_UNIT_NOT_BELOW', (_name, unitId, unitChain) => {
      spec.given(HISTORY.signed)
        .when(splitCase({ children: [{ caseId: 'c-1-x', unitId, unitChain, title: '子件', dueWorkingDays: 2 }] }), { actor: township })
        .thenThrows(DomainError, 'CHILD_UNIT_NOT_BELOW');
    });

    it('refuses a child chain that does not start at the child unit with INVALID_UNIT_CHAIN', () => {
      spec.given(HISTORY.signed)
        .when(splitCase({ children: [{ caseId: 'c-1-x', unitId: 'anji-tianhuangping-yucun', unitChain: ['anji-tianhuangping', 'anji'], title: '子件', dueWorkingDays: 2 }] }), { actor: township })
        .thenThrows(DomainError, 'INVALID_UNIT_CHAIN');
    });

    it('refuses no children with SPLIT_WITHOUT_CHILDREN', () => {
      spec.given(HISTORY.signed).when(splitCase({ children: [] }), { actor: township }).thenThrows(DomainError, 'SPLIT_WITHOUT_CHILDREN');
    });

    it.each([{ caseId: '' }, { unitId: ' ' }, { title: '' }])('refuses a child with %p with CHILD_CASE_INCOMPLETE', (overrides) => {
      spec.given(HISTORY.signed)
        .when(splitCase({ children: [{ ...splitCase().children[0]!, ...overrides }] }), { actor: township })
        .thenThrows(DomainError, 'CHILD_CASE_INCOMPLETE');
    });

    it('refuses a child id already taken — the parent’s, a sibling’s, an earlier child’s — with DUPLICATE_CHILD_CASE', () => {
      const child = splitCase().children[0]!;
      spec.given(HISTORY.signed).when(splitCase({ children: [{ ...child, caseId: 'c-1' }] }), { actor: township }).thenThrows(DuplicateChildCase, 'DUPLICATE_CHILD_CASE');
      spec.given(HISTORY.signed).when(splitCase({ children: [child, child] }), { actor: township }).thenThrows(DuplicateChildCase, 'DUPLICATE_CHILD_CASE');
      const history = after(HISTORY.signed, splitCase(), { actor: township });
      spec.given(history).when(splitCase(), { actor: township }).thenThrows(DuplicateChildCase, 'DUPLICATE_CHILD_CASE');
    });

    it.each([0, 2.5])('refuses a child due in %p working days with INVALID_DEADLINE', (dueWorkingDays) => {
      spec.given(HISTORY.signed)
        .when(splitCase({ children: [{ ...splitCase().children[0]!, dueWorkingDays }] }), { actor: township })
        .thenThrows(DomainError, 'INVALID_DEADLINE');
    });

    it('a child is due no later than its parent: on the same day is fine, a day later gets CHILD_DEADLINE_AFTER_PARENT', () => {
      // From Wednesday 4 March, 3 working days is Monday 9 March, the parent's due day; 4 is Tuesday.
      const child = splitCase().children[0]!;
      expect(spec.given(HISTORY.signed).when(splitCase({ children: [{ ...child, dueWorkingDays: 3 }] }), { actor: township }).events()).toHaveLength(1);
      spec.given(HISTORY.signed)
        .when(splitCase({ children: [{ ...child, dueWorkingDays: 4 }] }), { actor: township })
        .thenThrows(DomainError, 'CHILD_DEADLINE_AFTER_PARENT');
    });

    it('refuses an official of a unit below with NOT_RESPONSIBLE_UNIT', () => {
      spec.given(HISTORY.signed).when(splitCase(), { actor: village }).thenThrows(ForbiddenError, 'NOT_RESPONSIBLE_UNIT');
    });

    it('refuses an inspector with ROLE_NOT_ALLOWED', () => {
      spec.given(HISTORY.signed).when(splitCase(), { actor: inspector }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('child cases and the parent’s submission', () => {
    const two = splitCase({
      children: [
        { caseId: 'c-1-yucun', unitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN, title: '余村', dueWorkingDays: 3 },
        { caseId: 'c-1-grid', unitId: 'anji-tianhuangping-yucun-grid-1', unitChain: ['anji-tianhuangping-yucun-grid-1', ...YUCUN_CHAIN], title: '网格', dueWorkingDays: 2 },
      ],
    });
    const split = after(HISTORY['in-progress'], two, { actor: township });
    const childClosed = (childCaseId: string): CaseEvent => ({ type: 'ChildCaseClosed', data: { caseId: 'c-1', childCaseId, recordedAt: LATER.toISOString() } });

    it('while any child is open the parent is not submitted: CHILD_CASES_OPEN names the open ones', () => {
      const error = thrownBy(() => spec.given(split).when(COMMANDS.SubmitCase[0], { actor: township }).events());
      expect(error).toBeInstanceOf(ChildCasesOpen);
      expect(error).toMatchObject({ code: 'CHILD_CASES_OPEN', details: { caseId: 'c-1', openChildCaseIds: ['c-1-yucun', 'c-1-grid'] } });
      const oneClosed = [...split, childClosed('c-1-yucun')];
      expect(thrownBy(() => spec.given(oneClosed).when(COMMANDS.SubmitCase[0], { actor: township }).events())).toMatchObject({
        code: 'CHILD_CASES_OPEN',
        details: { openChildCaseIds: ['c-1-grid'] },
      });
    });

    it('the system records a child’s closing; when every child is closed the parent is submitted', () => {
      spec.given(split).when({ type: 'RecordChildCaseClosed', childCaseId: 'c-1-yucun' }, { actor: system }).then([childClosed('c-1-yucun')]);
      const history = [...split, childClosed('c-1-yucun'), childClosed('c-1-grid')];
      expect(stateOf(history)).toMatchObject({ children: [{ closed: true }, { closed: true }] });
      expect(spec.given(history).when(COMMANDS.SubmitCase[0], { actor: township }).events()).toEqual([expect.objectContaining({ type: 'CaseSubmitted' })]);
    });

    it('a closing delivered twice decides nothing the second time, even once the parent is closed', () => {
      const history = [...split, childClosed('c-1-yucun')];
      spec.given(history).when({ type: 'RecordChildCaseClosed', childCaseId: 'c-1-yucun' }, { actor: system }).then([]);
      let closedParent = [...history, childClosed('c-1-grid')];
      closedParent = after(closedParent, COMMANDS.SubmitCase[0], { actor: township });
      closedParent = after(closedParent, { type: 'VerifyCase' }, { actor: admin });
      spec.given(closedParent).when({ type: 'RecordChildCaseClosed', childCaseId: 'c-1-grid' }, { actor: system }).then([]);
    });

    it('a case that is not a child gets UNKNOWN_CHILD_CASE, on an open or a closed parent', () => {
      spec.given(split).when({ type: 'RecordChildCaseClosed', childCaseId: 'c-9' }, { actor: system }).thenThrows(UnknownChildCase, 'UNKNOWN_CHILD_CASE');
      spec.given(HISTORY.closed).when({ type: 'RecordChildCaseClosed', childCaseId: 'c-9' }, { actor: system }).thenThrows(UnknownChildCase, 'UNKNOWN_CHILD_CASE');
    });

    it.each([admin, township])('only the system records a child’s closing: $userId gets ROLE_NOT_ALLOWED', (actor) => {
      spec.given(split).when({ type: 'RecordChildCaseClosed', childCaseId: 'c-1-yucun' }, { actor }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });

    it('end to end: the process manager opens and assigns a child from CaseSplit; its CaseClosed names the parent', () => {
      const [splitEvent] = spec.given(HISTORY.signed).when(splitCase(), { actor: township }).events();
      if (splitEvent?.type !== 'CaseSplit') throw new Error('expected CaseSplit');
      const plan = splitEvent.data.children[0]!;
      let child = after(
        [],
        {
          type: 'OpenCase',
          caseId: plan.caseId,
          title: plan.title,
          description: plan.description ?? null,
          severity: splitEvent.data.severity,
          source: splitEvent.data.source,
          responsibleUnitId: plan.unitId,
          unitChain: plan.unitChain,
          dueWorkingDays: plan.dueWorkingDays,
          parentCaseId: splitEvent.data.caseId,
        },
        { actor: system },
      );
      child = after(child, { type: 'AssignCase' }, { actor: system });
      expect(stateOf(child)).toMatchObject({ status: 'assigned', deadline: { dueOn: '2026-03-09' } });
      child = after(child, { type: 'SignCase' }, { actor: village });
      child = after(child, { type: 'ReportProgress', report: '已维修' }, { actor: village });
      child = after(child, { type: 'SubmitCase', report: '已恢复运行' }, { actor: township });
      child = after(child, { type: 'VerifyCase' }, { actor: inspector });
      expect(child.at(-1)).toMatchObject({ type: 'CaseClosed', data: { caseId: 'c-1-yucun', parentCaseId: 'c-1' } });

      let parent = after([...HISTORY.signed, splitEvent], { type: 'ReportProgress', report: '已分解' }, { actor: township });
      parent = after(parent, { type: 'RecordChildCaseClosed', childCaseId: 'c-1-yucun' }, { actor: system });
      parent = after(parent, COMMANDS.SubmitCase[0], { actor: township });
      parent = after(parent, { type: 'VerifyCase' }, { actor: admin });
      expect(stateOf(parent)).toMatchObject({ status: 'closed', children: [{ caseId: 'c-1-yucun', closed: true }] });
    });
  });

  describe('forbidden transitions', () => {
    it.each<[Step, CaseCommand['type'], string]>([
      ['registered', 'OpenCase', 'CASE_ALREADY_OPENED'],
      ['registered', 'SignCase', 'CASE_NOT_ASSIGNED'],
      ['registered', 'ReportProgress', 'CASE_NOT_ASSIGNED'],
      ['registered', 'SubmitCase', 'CASE_NOT_ASSIGNED'],
      ['registered', 'VerifyCase', 'CASE_NOT_ASSIGNED'],
      ['registered', 'RejectCase', 'CASE_NOT_ASSIGNED'],
      ['registered', 'UrgeCase', 'CASE_NOT_ASSIGNED'],
      ['registered', 'RequestExtension', 'CASE_NOT_ASSIGNED'],
      ['registered', 'ApproveExtension', 'CASE_NOT_ASSIGNED'],
      ['registered', 'DenyExtension', 'CASE_NOT_ASSIGNED'],
      ['registered', 'SplitCase', 'CASE_NOT_ASSIGNED'],
      ['registered', 'RecordChildCaseClosed', 'CASE_NOT_ASSIGNED'],
      ['assigned', 'OpenCase', 'CASE_ALREADY_OPENED'],
      ['assigned', 'AssignCase', 'CASE_ALREADY_ASSIGNED'],
      ['assigned', 'ReportProgress', 'CASE_NOT_SIGNED'],
      ['assigned', 'SubmitCase', 'CASE_NOT_SIGNED'],
      ['assigned', 'VerifyCase', 'CASE_NOT_SUBMITTED'],
      ['assigned', 'RejectCase', 'CASE_NOT_SUBMITTED'],
      ['assigned', 'SplitCase', 'CASE_NOT_SIGNED'],
      ['signed', 'OpenCase', 'CASE_ALREADY_OPENED'],
      ['signed', 'AssignCase', 'CASE_ALREADY_ASSIGNED'],
      ['signed', 'SignCase', 'CASE_ALREADY_SIGNED'],
      ['signed', 'SubmitCase', 'CASE_NOT_IN_PROGRESS'],
      ['signed', 'VerifyCase', 'CASE_NOT_SUBMITTED'],
      ['signed', 'RejectCase', 'CASE_NOT_SUBMITTED'],
      ['in-progress', 'OpenCase', 'CASE_ALREADY_OPENED'],
      ['in-progress', 'AssignCase', 'CASE_ALREADY_ASSIGNED'],
      ['in-progress', 'SignCase', 'CASE_ALREADY_SIGNED'],
      ['in-progress', 'VerifyCase', 'CASE_NOT_SUBMITTED'],
      ['in-progress', 'RejectCase', 'CASE_NOT_SUBMITTED'],
      ['submitted', 'OpenCase', 'CASE_ALREADY_OPENED'],
      ['submitted', 'AssignCase', 'CASE_ALREADY_ASSIGNED'],
      ['submitted', 'SignCase', 'CASE_ALREADY_SIGNED'],
      ['submitted', 'ReportProgress', 'CASE_ALREADY_SUBMITTED'],
      ['submitted', 'SubmitCase', 'CASE_ALREADY_SUBMITTED'],
      ['submitted', 'UrgeCase', 'CASE_ALREADY_SUBMITTED'],
      ['submitted', 'RequestExtension', 'CASE_ALREADY_SUBMITTED'],
      ['submitted', 'SplitCase', 'CASE_ALREADY_SUBMITTED'],
      ['closed', 'OpenCase', 'CASE_ALREADY_OPENED'],
      ['closed', 'AssignCase', 'CASE_ALREADY_CLOSED'],
      ['closed', 'SignCase', 'CASE_ALREADY_CLOSED'],
      ['closed', 'ReportProgress', 'CASE_ALREADY_CLOSED'],
      ['closed', 'SubmitCase', 'CASE_ALREADY_CLOSED'],
      ['closed', 'VerifyCase', 'CASE_ALREADY_CLOSED'],
      ['closed', 'RejectCase', 'CASE_ALREADY_CLOSED'],
      ['closed', 'UrgeCase', 'CASE_ALREADY_CLOSED'],
      ['closed', 'RequestExtension', 'CASE_ALREADY_CLOSED'],
      ['closed', 'ApproveExtension', 'CASE_ALREADY_CLOSED'],
      ['closed', 'DenyExtension', 'CASE_ALREADY_CLOSED'],
      ['closed', 'SplitCase', 'CASE_ALREADY_CLOSED'],
    ])('a %s case refuses %s with %s', (step, type, code) => {
      const [command, actor] = COMMANDS[type];
      spec.given(HISTORY[step]).when(command, { actor }).thenThrows(DomainError, code);
    });

    it.each(Object.keys(COMMANDS).filter((type) => type !== 'OpenCase') as CaseCommand['type'][])(
      'an unopened case refuses %s with CASE_NOT_FOUND (404)',
      (type) => {
        const [command, actor] = COMMANDS[type];
        spec.given([]).when(command, { actor }).thenThrows(NotFoundError, 'CASE_NOT_FOUND');
      },
    );

    it('a refused command is refused before the actor’s role is looked at', () => {
      spec.given(HISTORY.closed).when({ type: 'SignCase' }, { actor: auditor }).thenThrows(DomainError, 'CASE_ALREADY_CLOSED');
    });
  });

  describe('the state', () => {
    it('names the unit accountable now: the responsible unit until an escalation', () => {
      expect(accountableUnitOf(stateOf(HISTORY['in-progress']) as ExistingCase)).toBe('anji-tianhuangping');
      const escalated: CaseEvent = {
        type: 'CaseEscalated',
        data: { caseId: 'c-1', fromUnitId: 'anji-tianhuangping', toUnitId: 'anji', escalationLevel: 1, escalatedAt: LATER.toISOString() },
      };
      expect(accountableUnitOf(stateOf([...HISTORY['in-progress'], escalated]) as ExistingCase)).toBe('anji');
    });

    it('after a red escalation the responsible unit stays accountable, beside the unit above it', () => {
      const escalated: CaseEvent = {
        type: 'CaseEscalated',
        data: { caseId: 'c-1', fromUnitId: 'anji-tianhuangping', toUnitId: 'anji', escalationLevel: 1, escalatedAt: LATER.toISOString() },
      };
      expect(accountableUnitIdsOf(stateOf(HISTORY['in-progress']) as ExistingCase)).toEqual(['anji-tianhuangping']);
      expect(accountableUnitIdsOf(stateOf([...HISTORY['in-progress'], escalated]) as ExistingCase)).toEqual(['anji-tianhuangping', 'anji']);
      const again: CaseEvent = { type: 'CaseEscalated', data: { ...escalated.data, fromUnitId: 'anji', toUnitId: 'huzhou', escalationLevel: 2 } };
      expect(accountableUnitIdsOf(stateOf([...HISTORY['in-progress'], escalated, again]) as ExistingCase)).toEqual(['anji-tianhuangping', 'anji', 'huzhou']);
    });

    it('ignores an event that does not fit the step (folding never throws)', () => {
      expect(stateOf([opened, signed])).toMatchObject({ status: 'registered' });
      expect(stateOf([...HISTORY.closed, opened])).toMatchObject({ status: 'closed' });
    });
  });
});
