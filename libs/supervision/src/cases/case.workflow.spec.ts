import { Actor, DomainError, ForbiddenError, NotFoundError, RoleNotAllowedError } from '@app/workflow';
import { CaseCommand, OpenCase } from './case.commands';
import { ChildCasesOpen, DuplicateChildCase, UnknownChildCase } from './case.errors';
import { CaseEvent } from './case.events';
import {
  admin,
  after,
  as,
  assigned,
  auditor,
  COMMANDS,
  county,
  HISTORY,
  inspector,
  LATER,
  nanxun,
  opened,
  OPENED_AT,
  openCase,
  progressed,
  signed,
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
      as(inspector, OPENED_AT).given([]).when(openCase()).then([opened]);
    });

    it('an admin opens a case directly, of critical severity, with title and description trimmed', () => {
      const [event] = as(admin, OPENED_AT)
        .given([])
        .when(openCase({ source: { kind: 'direct' }, severity: 'critical', title: ' 标题 ', description: ' 说明 ' }))
        .events();
      expect(event).toMatchObject({ data: { source: { kind: 'direct' }, severity: 'critical', title: '标题', description: '说明', openedBy: 'admin' } });
    });

    it('the system opens a child case of a split', () => {
      const child = openCase({ caseId: 'c-1-yucun', responsibleUnitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN, parentCaseId: 'c-1' });
      const [event] = as(system, OPENED_AT).given([]).when(child).events();
      expect(event).toMatchObject({ data: { caseId: 'c-1-yucun', parentCaseId: 'c-1', unitChain: YUCUN_CHAIN, openedBy: 'system' } });
      expect(stateOf([event!])).toMatchObject({ status: 'registered', parentCaseId: 'c-1', escalationLevel: 0, activeWarnings: [] });
    });

    it('an inspector opening a case not from a finding gets DIRECT_CASE_ADMIN_ONLY (403)', () => {
      as(inspector).given([]).when(openCase({ source: { kind: 'direct' } })).thenThrows(ForbiddenError, 'DIRECT_CASE_ADMIN_ONLY');
    });

    it.each([admin, inspector])('$userId opening a child case gets CHILD_CASE_OPENED_BY_SPLIT_ONLY (403)', (actor) => {
      as(actor).given([]).when(openCase({ parentCaseId: 'c-0' })).thenThrows(ForbiddenError, 'CHILD_CASE_OPENED_BY_SPLIT_ONLY');
    });

    it.each<Partial<OpenCase>>([{ caseId: '' }, { title: ' ' }, { description: '' }, { responsibleUnitId: '' }])(
      'refuses %p with CASE_DETAILS_REQUIRED',
      (overrides) => {
        as(admin).given([]).when(openCase(overrides)).thenThrows(DomainError, 'CASE_DETAILS_REQUIRED');
      },
    );

    it('refuses an unknown severity with UNKNOWN_CASE_SEVERITY', () => {
      as(admin)
        .given([])
        .when(openCase({ severity: 'dire' as OpenCase['severity'] }))
        .thenThrows(DomainError, 'UNKNOWN_CASE_SEVERITY');
    });

    it.each<[string, unknown]>([
      ['a finding without its ids', { kind: 'finding', roundId: 'r-1', taskId: '', findingId: 'f-1' }],
      ['an unknown kind', { kind: 'rumour' }],
      ['no source', undefined],
    ])('refuses %s with INVALID_CASE_SOURCE', (_name, source) => {
      as(admin)
        .given([])
        .when(openCase({ source: source as OpenCase['source'] }))
        .thenThrows(DomainError, 'INVALID_CASE_SOURCE');
    });

    it.each<[string, unknown]>([
      ['an empty chain', []],
      ['a chain not starting at the responsible unit', ['anji', 'huzhou']],
      ['a chain naming a unit twice', ['anji-tianhuangping', 'anji', 'anji', 'huzhou']],
      ['a chain with a blank unit', ['anji-tianhuangping', '', 'huzhou']],
    ])('refuses %s with INVALID_UNIT_CHAIN', (_name, unitChain) => {
      as(admin)
        .given([])
        .when(openCase({ unitChain: unitChain as string[] }))
        .thenThrows(DomainError, 'INVALID_UNIT_CHAIN');
    });

    it.each([0, -1, 2.5])('refuses dueWorkingDays %p with INVALID_DEADLINE', (dueWorkingDays) => {
      as(admin).given([]).when(openCase({ dueWorkingDays })).thenThrows(DomainError, 'INVALID_DEADLINE');
    });

    it.each([township, auditor])('refuses $userId with ROLE_NOT_ALLOWED', (actor) => {
      as(actor).given([]).when(openCase()).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('AssignCase (交办)', () => {
    it('an admin assigns the case: due 5 working days from today, Monday to Monday', () => {
      as(admin, OPENED_AT).given(HISTORY.registered).when({ type: 'AssignCase' }).then([assigned]);
      expect(stateOf(HISTORY.assigned)).toMatchObject({ status: 'assigned', deadline: { dueOn: '2026-03-09', deadlineAt: '2026-03-09T15:59:59.999Z' } });
    });

    it.each([inspector, system])('$userId assigns too', (actor) => {
      const [event] = as(actor, OPENED_AT).given(HISTORY.registered).when({ type: 'AssignCase' }).events();
      expect(event).toMatchObject({ type: 'CaseAssigned', data: { assignedBy: actor.userId, dueOn: '2026-03-09' } });
    });

    it('counts over the Spring Festival onto the make-up Saturday and past the holiday week', () => {
      // Thursday 12 February: Fri 13 (1), make-up Sat 14 (2), 15–23 off, Tue 24 (3).
      const history = [{ ...opened, data: { ...opened.data, dueWorkingDays: 3 } }];
      const [event] = as(admin, new Date('2026-02-12T02:00:00.000Z')).given(history).when({ type: 'AssignCase' }).events();
      expect(event).toMatchObject({ data: { dueOn: '2026-02-24', deadlineAt: '2026-02-24T15:59:59.999Z' } });
    });

    it('counts from the day it is in China, not in UTC', () => {
      // 17:00 UTC on Sunday 1 March is 01:00 on Monday 2 March in China.
      const [event] = as(admin, new Date('2026-03-01T17:00:00.000Z')).given(HISTORY.registered).when({ type: 'AssignCase' }).events();
      expect(event).toMatchObject({ data: { dueOn: '2026-03-09' } });
    });

    it.each([township, auditor])('refuses $userId with ROLE_NOT_ALLOWED', (actor) => {
      as(actor).given(HISTORY.registered).when({ type: 'AssignCase' }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('SignCase (签收)', () => {
    it('an official of the responsible unit signs for the case', () => {
      as(township)
        .given(HISTORY.assigned)
        .when({ type: 'SignCase' })
        .then([
          { type: 'CaseSigned', data: { caseId: 'c-1', unitId: 'anji-tianhuangping', signedBy: 'official.tianhuangping', signedAt: LATER.toISOString() } },
        ]);
    });

    it('an official of a unit above it signs for it too', () => {
      expect(as(county).given(HISTORY.assigned).when({ type: 'SignCase' }).events()[0]).toMatchObject({ data: { signedBy: 'official.anji' } });
    });

    it.each<[string, Actor]>([
      ['a unit below', village],
      ['another county', nanxun],
      ['no unit', { userId: 'official.nowhere', roles: ['official'] }],
    ])('an official of %s gets NOT_RESPONSIBLE_UNIT (403)', (_name, actor) => {
      as(actor).given(HISTORY.assigned).when({ type: 'SignCase' }).thenThrows(ForbiddenError, 'NOT_RESPONSIBLE_UNIT');
    });

    it.each([admin, inspector])('refuses $userId with ROLE_NOT_ALLOWED', (actor) => {
      as(actor).given(HISTORY.assigned).when({ type: 'SignCase' }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('ReportProgress (办理)', () => {
    it('the first report starts the handling: signed → in-progress', () => {
      as(township)
        .given(HISTORY.signed)
        .when({ type: 'ReportProgress', report: ' 已排查全镇终端设施 ' })
        .then([
          {
            type: 'CaseProgressReported',
            data: { caseId: 'c-1', report: '已排查全镇终端设施', reportNumber: 1, reportedBy: 'official.tianhuangping', reportedAt: LATER.toISOString() },
          },
        ]);
      expect(stateOf(HISTORY['in-progress'])).toMatchObject({ status: 'in-progress', progressReports: 1 });
    });

    it('is repeatable: later reports are numbered on and the case stays in progress', () => {
      const history = after(HISTORY['in-progress'], { type: 'ReportProgress', report: '已恢复3处终端' }, county);
      expect(history.at(-1)).toMatchObject({ data: { reportNumber: 2, reportedBy: 'official.anji' } });
      expect(stateOf(history)).toMatchObject({ status: 'in-progress', progressReports: 2 });
    });

    it.each(['', '  '])('refuses report %p with REPORT_REQUIRED', (report) => {
      as(township).given(HISTORY.signed).when({ type: 'ReportProgress', report }).thenThrows(DomainError, 'REPORT_REQUIRED');
    });

    it('refuses an official of another county with NOT_RESPONSIBLE_UNIT', () => {
      as(nanxun).given(HISTORY.signed).when(COMMANDS.ReportProgress[0]).thenThrows(ForbiddenError, 'NOT_RESPONSIBLE_UNIT');
    });

    it('refuses an inspector with ROLE_NOT_ALLOWED', () => {
      as(inspector).given(HISTORY.signed).when(COMMANDS.ReportProgress[0]).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('SubmitCase (反馈)', () => {
    it('the unit submits its completion report', () => {
      as(township)
        .given(HISTORY['in-progress'])
        .when({ type: 'SubmitCase', report: '停运设施全部恢复运行' })
        .then([{ type: 'CaseSubmitted', data: { caseId: 'c-1', report: '停运设施全部恢复运行', submittedBy: 'official.tianhuangping', submittedAt: LATER.toISOString() } }]);
      expect(stateOf(HISTORY.submitted)).toMatchObject({ status: 'submitted' });
    });

    it('refuses an empty report with REPORT_REQUIRED', () => {
      as(township).given(HISTORY['in-progress']).when({ type: 'SubmitCase', report: ' ' }).thenThrows(DomainError, 'REPORT_REQUIRED');
    });

    it('refuses an official of a unit below with NOT_RESPONSIBLE_UNIT', () => {
      as(village).given(HISTORY['in-progress']).when(COMMANDS.SubmitCase[0]).thenThrows(ForbiddenError, 'NOT_RESPONSIBLE_UNIT');
    });

    it.each([admin, inspector])('refuses $userId with ROLE_NOT_ALLOWED', (actor) => {
      as(actor).given(HISTORY['in-progress']).when(COMMANDS.SubmitCase[0]).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('VerifyCase (复核 passed → 办结)', () => {
    it('an admin closes a submitted case', () => {
      as(admin)
        .given(HISTORY.submitted)
        .when({ type: 'VerifyCase', comment: ' 经现场核查属实 ' })
        .then([
          {
            type: 'CaseClosed',
            data: { caseId: 'c-1', parentCaseId: null, comment: '经现场核查属实', pendingExtensionLapsed: false, verifiedBy: 'admin', closedAt: LATER.toISOString() },
          },
        ]);
    });

    it('an inspector closes it too; the closed case wants no timers', () => {
      const history = after(HISTORY.submitted, { type: 'VerifyCase' }, inspector);
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
      const events = as(admin).given(history).when({ type: 'VerifyCase' }).events();
      const cleared = (colour: string) => ({
        type: 'WarningCleared',
        data: { caseId: 'c-1', colour, reason: 'case-closed', clearedBy: 'admin', clearedAt: LATER.toISOString() },
      });
      expect(events).toEqual([expect.objectContaining({ type: 'CaseClosed' }), cleared('blue'), cleared('yellow'), cleared('red')]);
      expect(stateOf([...history, ...events])).toMatchObject({ status: 'closed', activeWarnings: [] });
    });

    it('an extension still pending lapses with the closing', () => {
      const history = [opened, assigned, signed, progressed, extensionRequested, submitted];
      const [event] = as(admin).given(history).when({ type: 'VerifyCase' }).events();
      expect(event).toMatchObject({ data: { pendingExtensionLapsed: true } });
      expect(stateOf([...history, event!])).toMatchObject({ pendingExtension: null });
    });

    it('refuses an official with ROLE_NOT_ALLOWED', () => {
      as(township).given(HISTORY.submitted).when({ type: 'VerifyCase' }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('RejectCase (复核 failed → back to 办理)', () => {
    it('sends the case back with the reason recorded', () => {
      as(inspector)
        .given(HISTORY.submitted)
        .when({ type: 'RejectCase', reason: ' 整改材料不全 ' })
        .then([{ type: 'CaseRejected', data: { caseId: 'c-1', reason: '整改材料不全', rejectionNumber: 1, rejectedBy: 'inspector.wuxing', rejectedAt: LATER.toISOString() } }]);
    });

    it('the case is in progress again: it is reported on and submitted again, and rejections are counted', () => {
      let history = after(HISTORY.submitted, { type: 'RejectCase', reason: '材料不全' }, admin);
      expect(stateOf(history)).toMatchObject({ status: 'in-progress', rejections: 1 });
      expect(stateOf(history)).not.toHaveProperty('submittedAt');
      history = after(history, { type: 'ReportProgress', report: '补充材料' }, township);
      history = after(history, { type: 'SubmitCase', report: '补充完成' }, township);
      history = after(history, { type: 'RejectCase', reason: '仍有遗漏' }, admin);
      expect(history.at(-1)).toMatchObject({ data: { rejectionNumber: 2 } });
    });

    it.each(['', ' '])('refuses reason %p with REJECTION_REASON_REQUIRED', (reason) => {
      as(admin).given(HISTORY.submitted).when({ type: 'RejectCase', reason }).thenThrows(DomainError, 'REJECTION_REASON_REQUIRED');
    });

    it('refuses an official with ROLE_NOT_ALLOWED', () => {
      as(township).given(HISTORY.submitted).when(COMMANDS.RejectCase[0]).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('UrgeCase (催办)', () => {
    it.each<Step>(['assigned', 'signed', 'in-progress'])('an admin urges a case that is %s', (step) => {
      as(admin)
        .given(HISTORY[step])
        .when({ type: 'UrgeCase', message: '请加快整改' })
        .then([
          {
            type: 'CaseUrged',
            data: { caseId: 'c-1', message: '请加快整改', urgeNumber: 1, urgedUnitId: 'anji-tianhuangping', urgedBy: 'admin', urgedAt: LATER.toISOString() },
          },
        ]);
    });

    it('an inspector urges without a message; urges are counted and change nothing else', () => {
      const history = after(after(HISTORY.signed, { type: 'UrgeCase' }, inspector), { type: 'UrgeCase' }, inspector);
      expect(history.at(-1)).toMatchObject({ data: { message: null, urgeNumber: 2 } });
      expect(stateOf(history)).toMatchObject({ status: 'signed', urges: 2 });
    });

    it('refuses an official with ROLE_NOT_ALLOWED', () => {
      as(county).given(HISTORY.signed).when({ type: 'UrgeCase' }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('RequestExtension (延期 requested)', () => {
    it.each<Step>(['assigned', 'signed', 'in-progress'])('the unit asks for a new deadline on a case that is %s', (step) => {
      as(township)
        .given(HISTORY[step])
        .when({ type: 'RequestExtension', newDueWorkingDays: 10, reason: ' 设备采购周期长 ' })
        .then([extensionRequested]);
    });

    it('one request at a time: a second gets EXTENSION_ALREADY_PENDING', () => {
      as(township)
        .given([...HISTORY['in-progress'], extensionRequested])
        .when(COMMANDS.RequestExtension[0])
        .thenThrows(DomainError, 'EXTENSION_ALREADY_PENDING');
    });

    it('refuses no reason with EXTENSION_REASON_REQUIRED', () => {
      as(township)
        .given(HISTORY['in-progress'])
        .when({ type: 'RequestExtension', newDueWorkingDays: 10, reason: '' })
        .thenThrows(DomainError, 'EXTENSION_REASON_REQUIRED');
    });

    it.each([0, -3, 1.5])('refuses newDueWorkingDays %p with INVALID_DEADLINE', (newDueWorkingDays) => {
      as(township)
        .given(HISTORY['in-progress'])
        .when({ type: 'RequestExtension', newDueWorkingDays, reason: '需要时间' })
        .thenThrows(DomainError, 'INVALID_DEADLINE');
    });

    it.each([2, 3])('refuses %p working days from Wednesday 4 March, not after the deadline of Monday 9 March, with EXTENSION_NOT_LATER', (days) => {
      as(township)
        .given(HISTORY['in-progress'])
        .when({ type: 'RequestExtension', newDueWorkingDays: days, reason: '需要时间' })
        .thenThrows(DomainError, 'EXTENSION_NOT_LATER');
    });

    it('accepts 4 working days from Wednesday 4 March: Tuesday 10 March, one day later', () => {
      expect(as(township).given(HISTORY['in-progress']).when({ type: 'RequestExtension', newDueWorkingDays: 4, reason: '需要时间' }).events()).toHaveLength(1);
    });

    it('refuses an official of another county with NOT_RESPONSIBLE_UNIT', () => {
      as(nanxun).given(HISTORY['in-progress']).when(COMMANDS.RequestExtension[0]).thenThrows(ForbiddenError, 'NOT_RESPONSIBLE_UNIT');
    });

    it.each([admin, inspector])('refuses $userId with ROLE_NOT_ALLOWED', (actor) => {
      as(actor).given(HISTORY['in-progress']).when(COMMANDS.RequestExtension[0]).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
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
      as(admin, FRIDAY)
        .given([...HISTORY['in-progress'], extensionRequested])
        .when({ type: 'ApproveExtension', comment: '同意' })
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
      expect(as(admin, FRIDAY).given(history).when({ type: 'ApproveExtension' }).events()[0]).toMatchObject({ type: 'ExtensionApproved', data: { comment: null } });
    });

    it.each<Step>(['assigned', 'in-progress', 'submitted'])('with nothing pending on a case that is %s, gets NO_PENDING_EXTENSION', (step) => {
      as(admin).given(HISTORY[step]).when({ type: 'ApproveExtension' }).thenThrows(DomainError, 'NO_PENDING_EXTENSION');
    });

    it('a second request after an approval is answered on its own', () => {
      let history = after([...HISTORY['in-progress'], extensionRequested], { type: 'ApproveExtension' }, admin, FRIDAY);
      history = after(history, { type: 'RequestExtension', newDueWorkingDays: 15, reason: '汛期施工受限' }, township, FRIDAY);
      expect(stateOf(history)).toMatchObject({ pendingExtension: { newDueWorkingDays: 15 } });
    });

    it.each([inspector, township])('refuses $userId with ROLE_NOT_ALLOWED', (actor) => {
      as(actor).given([...HISTORY['in-progress'], extensionRequested]).when({ type: 'ApproveExtension' }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('DenyExtension (延期 denied)', () => {
    it('an admin denies with a reason; the deadline stands and the unit may ask again', () => {
      const history = [...HISTORY['in-progress'], extensionRequested];
      as(admin, FRIDAY)
        .given(history)
        .when({ type: 'DenyExtension', reason: ' 理由不充分 ' })
        .then([
          {
            type: 'ExtensionDenied',
            data: { caseId: 'c-1', newDueWorkingDays: 10, reason: '理由不充分', requestedBy: 'official.tianhuangping', deniedBy: 'admin', deniedAt: FRIDAY.toISOString() },
          },
        ]);
      const denied = after(history, { type: 'DenyExtension', reason: '理由不充分' }, admin, FRIDAY);
      expect(stateOf(denied)).toMatchObject({ pendingExtension: null, approvedExtensions: 0, deadline: { dueOn: '2026-03-09' } });
      expect(as(township, FRIDAY).given(denied).when(COMMANDS.RequestExtension[0]).events()).toHaveLength(1);
    });

    it('with nothing pending gets NO_PENDING_EXTENSION', () => {
      as(admin).given(HISTORY.signed).when({ type: 'DenyExtension', reason: '无' }).thenThrows(DomainError, 'NO_PENDING_EXTENSION');
    });

    it('refuses no reason with EXTENSION_REASON_REQUIRED', () => {
      as(admin)
        .given([...HISTORY.signed, extensionRequested])
        .when({ type: 'DenyExtension', reason: ' ' })
        .thenThrows(DomainError, 'EXTENSION_REASON_REQUIRED');
    });

    it('refuses an official with ROLE_NOT_ALLOWED', () => {
      as(county).given([...HISTORY.signed, extensionRequested]).when(COMMANDS.DenyExtension[0]).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('SplitCase (逐级传导: split to lower units)', () => {
    const GRID_CHAIN = ['anji-tianhuangping-yucun-grid-1', ...YUCUN_CHAIN];

    it('the responsible unit passes part of the case down to a village; the child refers to the parent’s description, not a copy', () => {
      as(township)
        .given(HISTORY.signed)
        .when(splitCase())
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
      const [event] = as(township).given(history).when(splitCase({ children })).events();
      expect(JSON.stringify(event).length).toBeLessThan(16 * 1024);
      expect(JSON.stringify(event)).not.toContain(long.slice(0, 50));
    });

    it('a child opened with no description of its own records none: it shares its parent’s', () => {
      const child = openCase({ caseId: 'c-1-yucun', responsibleUnitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN, parentCaseId: 'c-1', description: null });
      const [event] = as(system, OPENED_AT).given([]).when(child).events();
      expect(event).toMatchObject({ type: 'CaseOpened', data: { caseId: 'c-1-yucun', description: null, parentCaseId: 'c-1' } });
      expect(stateOf([event!])).toMatchObject({ description: null, parentCaseId: 'c-1' });
    });

    it('a case that is no child has a description of its own: CASE_DETAILS_REQUIRED otherwise', () => {
      const error = thrownBy(() => as(admin).given([]).when(openCase({ description: null })).events());
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
        admin,
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
      as(township)
        .given(HISTORY.signed)
        .when(splitCase({ children: [{ caseId: 'c-1-x', unitId, unitChain, title: '子件', dueWorkingDays: 2 }] }))
        .thenThrows(DomainError, 'CHILD_UNIT_NOT_BELOW');
    });

    it('refuses a child chain that does not start at the child unit with INVALID_UNIT_CHAIN', () => {
      as(township)
        .given(HISTORY.signed)
        .when(splitCase({ children: [{ caseId: 'c-1-x', unitId: 'anji-tianhuangping-yucun', unitChain: ['anji-tianhuangping', 'anji'], title: '子件', dueWorkingDays: 2 }] }))
        .thenThrows(DomainError, 'INVALID_UNIT_CHAIN');
    });

    it('refuses no children with SPLIT_WITHOUT_CHILDREN', () => {
      as(township).given(HISTORY.signed).when(splitCase({ children: [] })).thenThrows(DomainError, 'SPLIT_WITHOUT_CHILDREN');
    });

    it.each([{ caseId: '' }, { unitId: ' ' }, { title: '' }])('refuses a child with %p with CHILD_CASE_INCOMPLETE', (overrides) => {
      as(township)
        .given(HISTORY.signed)
        .when(splitCase({ children: [{ ...splitCase().children[0]!, ...overrides }] }))
        .thenThrows(DomainError, 'CHILD_CASE_INCOMPLETE');
    });

    it('refuses a child id already taken — the parent’s, a sibling’s, an earlier child’s — with DUPLICATE_CHILD_CASE', () => {
      const child = splitCase().children[0]!;
      as(township).given(HISTORY.signed).when(splitCase({ children: [{ ...child, caseId: 'c-1' }] })).thenThrows(DuplicateChildCase, 'DUPLICATE_CHILD_CASE');
      as(township).given(HISTORY.signed).when(splitCase({ children: [child, child] })).thenThrows(DuplicateChildCase, 'DUPLICATE_CHILD_CASE');
      const history = after(HISTORY.signed, splitCase(), township);
      as(township).given(history).when(splitCase()).thenThrows(DuplicateChildCase, 'DUPLICATE_CHILD_CASE');
    });

    it.each([0, 2.5])('refuses a child due in %p working days with INVALID_DEADLINE', (dueWorkingDays) => {
      as(township)
        .given(HISTORY.signed)
        .when(splitCase({ children: [{ ...splitCase().children[0]!, dueWorkingDays }] }))
        .thenThrows(DomainError, 'INVALID_DEADLINE');
    });

    it('a child is due no later than its parent: on the same day is fine, a day later gets CHILD_DEADLINE_AFTER_PARENT', () => {
      // From Wednesday 4 March, 3 working days is Monday 9 March, the parent's due day; 4 is Tuesday.
      const child = splitCase().children[0]!;
      expect(as(township).given(HISTORY.signed).when(splitCase({ children: [{ ...child, dueWorkingDays: 3 }] })).events()).toHaveLength(1);
      as(township)
        .given(HISTORY.signed)
        .when(splitCase({ children: [{ ...child, dueWorkingDays: 4 }] }))
        .thenThrows(DomainError, 'CHILD_DEADLINE_AFTER_PARENT');
    });

    it('refuses an official of a unit below with NOT_RESPONSIBLE_UNIT', () => {
      as(village).given(HISTORY.signed).when(splitCase()).thenThrows(ForbiddenError, 'NOT_RESPONSIBLE_UNIT');
    });

    it('refuses an inspector with ROLE_NOT_ALLOWED', () => {
      as(inspector).given(HISTORY.signed).when(splitCase()).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });
  });

  describe('child cases and the parent’s submission', () => {
    const two = splitCase({
      children: [
        { caseId: 'c-1-yucun', unitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN, title: '余村', dueWorkingDays: 3 },
        { caseId: 'c-1-grid', unitId: 'anji-tianhuangping-yucun-grid-1', unitChain: ['anji-tianhuangping-yucun-grid-1', ...YUCUN_CHAIN], title: '网格', dueWorkingDays: 2 },
      ],
    });
    const split = after(HISTORY['in-progress'], two, township);
    const childClosed = (childCaseId: string): CaseEvent => ({ type: 'ChildCaseClosed', data: { caseId: 'c-1', childCaseId, recordedAt: LATER.toISOString() } });

    it('while any child is open the parent is not submitted: CHILD_CASES_OPEN names the open ones', () => {
      const error = thrownBy(() => as(township).given(split).when(COMMANDS.SubmitCase[0]).events());
      expect(error).toBeInstanceOf(ChildCasesOpen);
      expect(error).toMatchObject({ code: 'CHILD_CASES_OPEN', details: { caseId: 'c-1', openChildCaseIds: ['c-1-yucun', 'c-1-grid'] } });
      const oneClosed = [...split, childClosed('c-1-yucun')];
      expect(thrownBy(() => as(township).given(oneClosed).when(COMMANDS.SubmitCase[0]).events())).toMatchObject({
        code: 'CHILD_CASES_OPEN',
        details: { openChildCaseIds: ['c-1-grid'] },
      });
    });

    it('the system records a child’s closing; when every child is closed the parent is submitted', () => {
      as(system).given(split).when({ type: 'RecordChildCaseClosed', childCaseId: 'c-1-yucun' }).then([childClosed('c-1-yucun')]);
      const history = [...split, childClosed('c-1-yucun'), childClosed('c-1-grid')];
      expect(stateOf(history)).toMatchObject({ children: [{ closed: true }, { closed: true }] });
      expect(as(township).given(history).when(COMMANDS.SubmitCase[0]).events()).toEqual([expect.objectContaining({ type: 'CaseSubmitted' })]);
    });

    it('a closing delivered twice decides nothing the second time, even once the parent is closed', () => {
      const history = [...split, childClosed('c-1-yucun')];
      as(system).given(history).when({ type: 'RecordChildCaseClosed', childCaseId: 'c-1-yucun' }).then([]);
      let closedParent = [...history, childClosed('c-1-grid')];
      closedParent = after(closedParent, COMMANDS.SubmitCase[0], township);
      closedParent = after(closedParent, { type: 'VerifyCase' }, admin);
      as(system).given(closedParent).when({ type: 'RecordChildCaseClosed', childCaseId: 'c-1-grid' }).then([]);
    });

    it('a case that is not a child gets UNKNOWN_CHILD_CASE, on an open or a closed parent', () => {
      as(system).given(split).when({ type: 'RecordChildCaseClosed', childCaseId: 'c-9' }).thenThrows(UnknownChildCase, 'UNKNOWN_CHILD_CASE');
      as(system).given(HISTORY.closed).when({ type: 'RecordChildCaseClosed', childCaseId: 'c-9' }).thenThrows(UnknownChildCase, 'UNKNOWN_CHILD_CASE');
    });

    it.each([admin, township])('only the system records a child’s closing: $userId gets ROLE_NOT_ALLOWED', (actor) => {
      as(actor).given(split).when({ type: 'RecordChildCaseClosed', childCaseId: 'c-1-yucun' }).thenThrows(RoleNotAllowedError, 'ROLE_NOT_ALLOWED');
    });

    it('end to end: the process manager opens and assigns a child from CaseSplit; its CaseClosed names the parent', () => {
      const [splitEvent] = as(township).given(HISTORY.signed).when(splitCase()).events();
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
        system,
      );
      child = after(child, { type: 'AssignCase' }, system);
      expect(stateOf(child)).toMatchObject({ status: 'assigned', deadline: { dueOn: '2026-03-09' } });
      child = after(child, { type: 'SignCase' }, village);
      child = after(child, { type: 'ReportProgress', report: '已维修' }, village);
      child = after(child, { type: 'SubmitCase', report: '已恢复运行' }, township);
      child = after(child, { type: 'VerifyCase' }, inspector);
      expect(child.at(-1)).toMatchObject({ type: 'CaseClosed', data: { caseId: 'c-1-yucun', parentCaseId: 'c-1' } });

      let parent = after([...HISTORY.signed, splitEvent], { type: 'ReportProgress', report: '已分解' }, township);
      parent = after(parent, { type: 'RecordChildCaseClosed', childCaseId: 'c-1-yucun' }, system);
      parent = after(parent, COMMANDS.SubmitCase[0], township);
      parent = after(parent, { type: 'VerifyCase' }, admin);
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
      as(actor).given(HISTORY[step]).when(command).thenThrows(DomainError, code);
    });

    it.each(Object.keys(COMMANDS).filter((type) => type !== 'OpenCase') as CaseCommand['type'][])(
      'an unopened case refuses %s with CASE_NOT_FOUND (404)',
      (type) => {
        const [command, actor] = COMMANDS[type];
        as(actor).given([]).when(command).thenThrows(NotFoundError, 'CASE_NOT_FOUND');
      },
    );

    it('a refused command is refused before the actor’s role is looked at', () => {
      as(auditor).given(HISTORY.closed).when({ type: 'SignCase' }).thenThrows(DomainError, 'CASE_ALREADY_CLOSED');
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
