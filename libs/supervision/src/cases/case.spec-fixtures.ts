import { deciderSpecification, WhenContext } from '@app/testing';
import { Actor, loadChinaCalendar, SYSTEM_ACTOR } from '@app/workflow';
import { CaseCommand, OpenCase, SplitCase } from './case.commands';
import { CaseAssigned, CaseEvent, CaseOpened } from './case.events';
import { CaseSettings, DEFAULT_CASE_SETTINGS } from './case.settings';
import { CaseState } from './case.state';
import { caseWorkflow } from './case.workflow';

/** Shared by the case specs: actors, a case at 天荒坪镇 (安吉县) and its history step by step. */

export const calendar = loadChinaCalendar();

/** Monday 2 March 2026, 09:00 in China. */
export const OPENED_AT = new Date('2026-03-02T01:00:00.000Z');
/** Wednesday 4 March 2026, 10:00 in China. */
export const LATER = new Date('2026-03-04T02:00:00.000Z');

export const admin: Actor = { userId: 'admin', roles: ['admin'] };
export const inspector: Actor = { userId: 'inspector.wuxing', roles: ['inspector'], orgUnitId: 'wuxing', homeCountyId: 'wuxing' };
/** An official of the township the case is on. */
export const township: Actor = { userId: 'official.tianhuangping', roles: ['official'], orgUnitId: 'anji-tianhuangping', homeCountyId: 'anji' };
/** An official of the county above it: acts for the units below too. */
export const county: Actor = { userId: 'official.anji', roles: ['official'], orgUnitId: 'anji', homeCountyId: 'anji' };
/** An official of a village below it: not responsible for the township's case. */
export const village: Actor = { userId: 'official.yucun', roles: ['official'], orgUnitId: 'anji-tianhuangping-yucun', homeCountyId: 'anji' };
/** An official of another county. */
export const nanxun: Actor = { userId: 'official.nanxun', roles: ['official'], orgUnitId: 'nanxun', homeCountyId: 'nanxun' };
export const system: Actor = SYSTEM_ACTOR;
export const auditor: Actor = { userId: 'auditor', roles: ['auditor'] };

export const TOWNSHIP_CHAIN = ['anji-tianhuangping', 'anji', 'huzhou'];
export const YUCUN_CHAIN = ['anji-tianhuangping-yucun', 'anji-tianhuangping', 'anji', 'huzhou'];

/** The case workflow as the engine runs it, at `LATER` with the default thresholds unless a `when` says otherwise. */
export const spec = deciderSpecification(caseWorkflow, { now: LATER, calendar, settings: DEFAULT_CASE_SETTINGS });

export function stateOf(events: readonly CaseEvent[]): CaseState {
  return spec.given(events).state();
}

export function timersAfter(events: readonly CaseEvent[], settings: CaseSettings = DEFAULT_CASE_SETTINGS) {
  return spec.given(events).timers({ settings });
}

/** The events `command` decides after `history`; for building longer histories. */
export function after(history: readonly CaseEvent[], command: CaseCommand, context: WhenContext<CaseSettings>): CaseEvent[] {
  return [...history, ...spec.given(history).when(command, context).events()];
}

export const openCase = (overrides: Partial<OpenCase> = {}): OpenCase => ({
  type: 'OpenCase',
  caseId: 'c-1',
  title: '天荒坪镇农村生活污水处理设施运维不到位',
  description: '部分终端设施长期停运，未落实运维责任',
  severity: 'high',
  source: { kind: 'finding', roundId: 'r-2026-q1', taskId: 't-anji', findingId: 'f-1' },
  responsibleUnitId: 'anji-tianhuangping',
  unitChain: TOWNSHIP_CHAIN,
  dueWorkingDays: 5,
  ...overrides,
});

export const opened: CaseOpened = {
  type: 'CaseOpened',
  data: {
    caseId: 'c-1',
    title: '天荒坪镇农村生活污水处理设施运维不到位',
    description: '部分终端设施长期停运，未落实运维责任',
    severity: 'high',
    source: { kind: 'finding', roundId: 'r-2026-q1', taskId: 't-anji', findingId: 'f-1' },
    responsibleUnitId: 'anji-tianhuangping',
    unitChain: TOWNSHIP_CHAIN,
    dueWorkingDays: 5,
    parentCaseId: null,
    openedBy: 'inspector.wuxing',
    openedAt: OPENED_AT.toISOString(),
  },
};

/** Assigned on Monday 2 March with 5 working days: due Monday 9 March. */
export const assigned: CaseAssigned = {
  type: 'CaseAssigned',
  data: {
    caseId: 'c-1',
    responsibleUnitId: 'anji-tianhuangping',
    dueWorkingDays: 5,
    dueOn: '2026-03-09',
    deadlineAt: '2026-03-09T15:59:59.999Z',
    assignedBy: 'admin',
    assignedAt: OPENED_AT.toISOString(),
  },
};

export const signed: CaseEvent = {
  type: 'CaseSigned',
  data: { caseId: 'c-1', unitId: 'anji-tianhuangping', signedBy: 'official.tianhuangping', signedAt: '2026-03-02T03:00:00.000Z' },
};

export const progressed: CaseEvent = {
  type: 'CaseProgressReported',
  data: { caseId: 'c-1', report: '已排查全镇终端设施', reportNumber: 1, reportedBy: 'official.tianhuangping', reportedAt: '2026-03-03T02:00:00.000Z' },
};

export const submitted: CaseEvent = {
  type: 'CaseSubmitted',
  data: { caseId: 'c-1', report: '停运设施全部恢复运行', submittedBy: 'official.tianhuangping', submittedAt: '2026-03-03T08:00:00.000Z' },
};

export const closed: CaseEvent = {
  type: 'CaseClosed',
  data: { caseId: 'c-1', parentCaseId: null, comment: null, pendingExtensionLapsed: false, verifiedBy: 'admin', closedAt: '2026-03-04T01:00:00.000Z' },
};

/** The unit asks on Wednesday 4 March for 10 working days from the approval. */
export const extensionRequested: CaseEvent = {
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

/** The case at each step of its life. */
export const HISTORY = {
  registered: [opened],
  assigned: [opened, assigned],
  signed: [opened, assigned, signed],
  'in-progress': [opened, assigned, signed, progressed],
  submitted: [opened, assigned, signed, progressed, submitted],
  closed: [opened, assigned, signed, progressed, submitted, closed],
} satisfies Record<string, CaseEvent[]>;

export type Step = keyof typeof HISTORY;

export const splitCase = (overrides: Partial<SplitCase> = {}): SplitCase => ({
  type: 'SplitCase',
  children: [
    { caseId: 'c-1-yucun', unitId: 'anji-tianhuangping-yucun', unitChain: YUCUN_CHAIN, title: '余村终端设施恢复运行', dueWorkingDays: 3 },
  ],
  ...overrides,
});

/** Each command, and an actor who may send it where it is allowed. */
export const COMMANDS: Record<CaseCommand['type'], [CaseCommand, Actor]> = {
  OpenCase: [openCase(), inspector],
  AssignCase: [{ type: 'AssignCase' }, admin],
  SignCase: [{ type: 'SignCase' }, township],
  ReportProgress: [{ type: 'ReportProgress', report: '已完成设施排查' }, township],
  SubmitCase: [{ type: 'SubmitCase', report: '整改完成' }, township],
  VerifyCase: [{ type: 'VerifyCase' }, admin],
  RejectCase: [{ type: 'RejectCase', reason: '整改材料不全' }, inspector],
  UrgeCase: [{ type: 'UrgeCase', message: '请加快整改' }, admin],
  RequestExtension: [{ type: 'RequestExtension', newDueWorkingDays: 10, reason: '设备采购周期长' }, township],
  ApproveExtension: [{ type: 'ApproveExtension' }, admin],
  DenyExtension: [{ type: 'DenyExtension', reason: '理由不充分' }, admin],
  SplitCase: [splitCase(), township],
  RecordChildCaseClosed: [{ type: 'RecordChildCaseClosed', childCaseId: 'c-1-yucun' }, system],
  RaiseWarning: [{ type: 'RaiseWarning', colour: 'yellow', dueAt: '2026-03-09T16:00:00.000Z' }, system],
};
