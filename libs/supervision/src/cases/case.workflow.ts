import {
  Actor,
  assertNever,
  CalendarDate,
  DecisionContext,
  DomainError,
  endOfShanghaiDay,
  shanghaiDateOf,
  Transition,
  WorkflowDefinition,
} from '@app/workflow';
import { CaseSource, isCaseSeverity, isWarningColour, WARNING_LEVELS, WarningColour, WarningReason } from './case';
import {
  ApproveExtension,
  AssignCase,
  CaseCommand,
  DenyExtension,
  OpenCase,
  RaiseWarning,
  RecordChildCaseClosed,
  RejectCase,
  ReportProgress,
  RequestExtension,
  SignCase,
  SplitCase,
  SubmitCase,
  UrgeCase,
  VerifyCase,
} from './case.commands';
import {
  CaseAlreadyAssigned,
  CaseAlreadyClosed,
  CaseAlreadyOpened,
  CaseAlreadySigned,
  CaseAlreadySubmitted,
  CaseDetailsRequired,
  CaseNotAssigned,
  CaseNotFound,
  CaseNotInProgress,
  CaseNotSigned,
  CaseNotSubmitted,
  ChildCaseIncomplete,
  ChildCaseOpenedBySplitOnly,
  ChildCasesOpen,
  ChildDeadlineAfterParent,
  ChildUnitNotBelow,
  DirectCaseAdminOnly,
  DuplicateChildCase,
  ExtensionAlreadyPending,
  ExtensionNotLater,
  ExtensionReasonRequired,
  InvalidCaseSource,
  InvalidDeadline,
  InvalidUnitChain,
  NoPendingExtension,
  NotResponsibleUnit,
  RejectionReasonRequired,
  ReportRequired,
  SplitWithoutChildren,
  UnknownCaseSeverity,
  UnknownChildCase,
  UnknownWarningColour,
} from './case.errors';
import { CaseEvent, SplitChild } from './case.events';
import { CaseSettings } from './case.settings';
import { accountableUnitOf, AssignedStageCase, CaseState, evolveCase, ExistingCase, hasDeadline, initialCaseState, openChildCaseIds } from './case.state';
import { isOverdue, nextEscalation, pendingWarningAt, warningTimers } from './case-warnings';

type Context = DecisionContext<CaseSettings>;
type CaseTransition<C extends CaseCommand> = Transition<CaseState, C, CaseEvent, CaseSettings>;

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function isWholeWorkingDays(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

function optionalText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function existing(state: CaseState): ExistingCase {
  if (state.status === 'unopened') throw new CaseNotFound();
  return state;
}

function assigned(state: CaseState): AssignedStageCase {
  const found = existing(state);
  if (!hasDeadline(found)) throw new CaseNotAssigned(found.caseId);
  return found;
}

function dueOnAfter(now: Date, workingDays: number, context: Context): { dueOn: CalendarDate; deadlineAt: string } {
  const dueOn = context.calendar.addWorkingDays(shanghaiDateOf(now), workingDays);
  return { dueOn, deadlineAt: endOfShanghaiDay(dueOn).toISOString() };
}

/** A unit chain as OpenCase and SplitCase take it: starts at `unitId`, each unit once, none blank. */
function isUnitChainOf(unitId: string, chain: unknown): chain is readonly string[] {
  if (!Array.isArray(chain) || chain.length === 0 || chain[0] !== unitId) return false;
  if (chain.some((unit) => isBlank(unit))) return false;
  return new Set(chain).size === chain.length;
}

function isCaseSource(source: unknown): source is CaseSource {
  if (typeof source !== 'object' || source === null) return false;
  const candidate = source as Record<string, unknown>;
  if (candidate.kind === 'direct') return true;
  return candidate.kind === 'finding' && !isBlank(candidate.roundId) && !isBlank(candidate.taskId) && !isBlank(candidate.findingId);
}

/**
 * An official acts for its own unit and the units below it: their unit is on the case's chain
 * (the responsible unit or a unit above it). Admins act everywhere.
 */
function asOfficialInScope(state: CaseState, _command: CaseCommand, { actor }: Context): void {
  if (actor.roles.includes('admin')) return;
  const found = existing(state);
  if (actor.orgUnitId === undefined || !found.unitChain.includes(actor.orgUnitId)) throw new NotResponsibleUnit(found.caseId, actor.orgUnitId);
}

/** A child of a split may share its parent's description instead of carrying one: `null`. */
function sharesParentDescription(command: OpenCase): boolean {
  return command.description === null && optionalText(command.parentCaseId) !== null;
}

function checkOpening(_state: CaseState, command: OpenCase, { actor }: Context): void {
  const required = {
    caseId: command.caseId,
    title: command.title,
    ...(sharesParentDescription(command) ? {} : { description: command.description }),
    responsibleUnitId: command.responsibleUnitId,
  };
  const missing = Object.entries(required)
    .filter(([, value]) => isBlank(value))
    .map(([field]) => field);
  if (missing.length > 0) throw new CaseDetailsRequired(missing);
  if (!isCaseSeverity(command.severity)) throw new UnknownCaseSeverity(command.severity);
  if (!isCaseSource(command.source)) throw new InvalidCaseSource(command.source);
  const isSystem = actor.roles.includes('system');
  const parentCaseId = optionalText(command.parentCaseId);
  if (parentCaseId !== null && !isSystem) throw new ChildCaseOpenedBySplitOnly(parentCaseId);
  if (command.source.kind === 'direct' && !isSystem && !actor.roles.includes('admin')) throw new DirectCaseAdminOnly();
  if (!isUnitChainOf(command.responsibleUnitId, command.unitChain)) throw new InvalidUnitChain(command.responsibleUnitId, command.unitChain);
  if (!isWholeWorkingDays(command.dueWorkingDays)) throw new InvalidDeadline(command.dueWorkingDays);
}

function open(_state: CaseState, command: OpenCase, { actor, now }: Context): CaseEvent[] {
  return [
    {
      type: 'CaseOpened',
      data: {
        caseId: command.caseId,
        title: command.title.trim(),
        description: sharesParentDescription(command) ? null : command.description!.trim(),
        severity: command.severity,
        source:
          command.source.kind === 'finding'
            ? { kind: 'finding', roundId: command.source.roundId, taskId: command.source.taskId, findingId: command.source.findingId }
            : { kind: 'direct' },
        responsibleUnitId: command.responsibleUnitId,
        unitChain: [...command.unitChain],
        dueWorkingDays: command.dueWorkingDays,
        parentCaseId: optionalText(command.parentCaseId),
        openedBy: actor.userId,
        openedAt: now.toISOString(),
      },
    },
  ];
}

function assign(state: CaseState, _command: AssignCase, context: Context): CaseEvent[] {
  const found = existing(state);
  return [
    {
      type: 'CaseAssigned',
      data: {
        caseId: found.caseId,
        responsibleUnitId: found.responsibleUnitId,
        dueWorkingDays: found.dueWorkingDays,
        ...dueOnAfter(context.now, found.dueWorkingDays, context),
        assignedBy: context.actor.userId,
        assignedAt: context.now.toISOString(),
      },
    },
  ];
}

function requireReport(_state: CaseState, command: ReportProgress | SubmitCase): void {
  if (isBlank(command.report)) throw new ReportRequired();
}

function requireChildrenClosed(state: CaseState): void {
  const found = existing(state);
  const open = openChildCaseIds(found);
  if (open.length > 0) throw new ChildCasesOpen(found.caseId, open);
}

/** Clears (摘牌) every warning up, in colour order. */
function clearWarnings(state: ExistingCase, reason: 'extension-approved' | 'case-closed', actor: Actor, now: Date): CaseEvent[] {
  return state.activeWarnings.map((colour) => ({
    type: 'WarningCleared' as const,
    data: { caseId: state.caseId, colour, reason, clearedBy: actor.userId, clearedAt: now.toISOString() },
  }));
}

/**
 * 挂牌: raises a warning on `state`'s current deadline. A red one escalates the case one level up
 * its unit chain; at the top (the city) there is nobody above, so the red goes up and the case
 * stays where it is.
 */
function raise(
  state: AssignedStageCase,
  colour: WarningColour,
  reason: WarningReason,
  timerDueAt: string | null,
  actor: Actor,
  now: Date,
): CaseEvent[] {
  const raised: CaseEvent = {
    type: 'WarningRaised',
    data: {
      caseId: state.caseId,
      colour,
      level: WARNING_LEVELS[colour],
      reason,
      dueOn: state.deadline.dueOn,
      deadlineAt: state.deadline.deadlineAt,
      timerDueAt,
      accountableUnitId: accountableUnitOf(state),
      raisedBy: actor.userId,
      raisedAt: now.toISOString(),
    },
  };
  const escalation = colour === 'red' ? nextEscalation(state) : null;
  if (escalation === null) return [raised];
  return [raised, { type: 'CaseEscalated', data: { caseId: state.caseId, ...escalation, escalatedAt: now.toISOString() } }];
}

const REASON_OF: Readonly<Record<WarningColour, WarningReason>> = { blue: 'deadline-near', yellow: 'overdue', red: 'long-overdue' };

/**
 * A warning timer fired. It raises its warning only when the case still wants exactly this timer:
 * same colour not up yet, same instant (the deadline has not moved since), the case still with
 * its unit, the instant reached. Anything else is a late, duplicate or stale fire and decides
 * nothing, so it is harmless. Blue is also not raised on a case already overdue (a rejection
 * after the deadline restarts the clock with every instant passed): yellow says more.
 */
function raiseWarning(state: CaseState, command: RaiseWarning, { actor, now, calendar, settings }: Context): CaseEvent[] {
  if (!hasDeadline(state)) return [];
  const wantedAt = pendingWarningAt(state, command.colour, calendar, settings);
  if (wantedAt === undefined || wantedAt.getTime() !== Date.parse(command.dueAt)) return [];
  if (now.getTime() < wantedAt.getTime()) return [];
  if (command.colour === 'blue' && isOverdue(state, now)) return [];
  return raise(state, command.colour, REASON_OF[command.colour], wantedAt.toISOString(), actor, now);
}

function checkExtensionRequest(state: CaseState, command: RequestExtension, context: Context): void {
  const found = assigned(state);
  if (found.pendingExtension !== null) throw new ExtensionAlreadyPending(found.caseId);
  if (isBlank(command.reason)) throw new ExtensionReasonRequired();
  if (!isWholeWorkingDays(command.newDueWorkingDays)) throw new InvalidDeadline(command.newDueWorkingDays);
  const { dueOn } = dueOnAfter(context.now, command.newDueWorkingDays, context);
  if (dueOn <= found.deadline.dueOn) throw new ExtensionNotLater(found.caseId, found.deadline.dueOn, dueOn);
}

function requestExtension(state: CaseState, command: RequestExtension, { actor, now }: Context): CaseEvent[] {
  const found = assigned(state);
  return [
    {
      type: 'ExtensionRequested',
      data: {
        caseId: found.caseId,
        newDueWorkingDays: command.newDueWorkingDays,
        reason: command.reason.trim(),
        currentDueOn: found.deadline.dueOn,
        requestedBy: actor.userId,
        requestedAt: now.toISOString(),
      },
    },
  ];
}

function requirePendingExtension(state: CaseState): void {
  const found = existing(state);
  if (found.pendingExtension === null) throw new NoPendingExtension(found.caseId);
}

/**
 * 延期 approved: the new deadline counts `newDueWorkingDays` from today, so the case is no
 * longer overdue. Every warning up is cleared (摘牌), blue and red included: each was about the
 * old deadline, and the timers, recomputed from the new one, raise them again when they fall due.
 * Escalation stays: the superior unit remains accountable. From the `redOnApprovedExtension`-th
 * approval on (the 2nd by default) the case is extended again and again, and that is itself a red
 * warning, with its escalation.
 */
function approveExtension(state: CaseState, command: ApproveExtension, context: Context): CaseEvent[] {
  const found = assigned(state);
  const pending = found.pendingExtension;
  if (pending === null) throw new NoPendingExtension(found.caseId);
  const { actor, now, settings } = context;
  const next = dueOnAfter(now, pending.newDueWorkingDays, context);
  if (next.dueOn <= found.deadline.dueOn) throw new ExtensionNotLater(found.caseId, found.deadline.dueOn, next.dueOn);
  const extensionNumber = found.approvedExtensions + 1;
  const approved: CaseEvent = {
    type: 'ExtensionApproved',
    data: {
      caseId: found.caseId,
      extensionNumber,
      newDueWorkingDays: pending.newDueWorkingDays,
      previousDueOn: found.deadline.dueOn,
      previousDeadlineAt: found.deadline.deadlineAt,
      ...next,
      comment: optionalText(command.comment),
      requestedBy: pending.requestedBy,
      approvedBy: actor.userId,
      approvedAt: now.toISOString(),
    },
  };
  const cleared = clearWarnings(found, 'extension-approved', actor, now);
  if (extensionNumber < settings.redOnApprovedExtension) return [approved, ...cleared];
  const extended = [approved, ...cleared].reduce(evolveCase, found as CaseState) as AssignedStageCase;
  return [approved, ...cleared, ...raise(extended, 'red', 'repeated-extension', null, actor, now)];
}

function denyExtension(state: CaseState, command: DenyExtension, { actor, now }: Context): CaseEvent[] {
  const found = existing(state);
  const pending = found.pendingExtension;
  if (pending === null) throw new NoPendingExtension(found.caseId);
  return [
    {
      type: 'ExtensionDenied',
      data: {
        caseId: found.caseId,
        newDueWorkingDays: pending.newDueWorkingDays,
        reason: command.reason.trim(),
        requestedBy: pending.requestedBy,
        deniedBy: actor.userId,
        deniedAt: now.toISOString(),
      },
    },
  ];
}

/**
 * A split passes parts of the case to units below it (纵向到底). Each child's chain must pass
 * through the parent's unit above the child's own, and a child is due no later than the parent
 * (its deadline counted from today, as its assignment will count it).
 */
function checkSplit(state: CaseState, command: SplitCase, context: Context): void {
  const parent = assigned(state);
  const children = Array.isArray(command.children) ? command.children : [];
  if (children.length === 0) throw new SplitWithoutChildren();
  const taken = new Set([parent.caseId, ...parent.children.map((child) => child.caseId)]);
  children.forEach((child, index) => {
    if (isBlank(child?.caseId) || isBlank(child.unitId) || isBlank(child.title)) throw new ChildCaseIncomplete(index);
    if (taken.has(child.caseId)) throw new DuplicateChildCase(child.caseId);
    taken.add(child.caseId);
    if (!isUnitChainOf(child.unitId, child.unitChain)) throw new InvalidUnitChain(child.unitId, child.unitChain);
    if (!child.unitChain.slice(1).includes(parent.responsibleUnitId)) throw new ChildUnitNotBelow(child.unitId, parent.responsibleUnitId);
    if (!isWholeWorkingDays(child.dueWorkingDays)) throw new InvalidDeadline(child.dueWorkingDays);
    const { dueOn } = dueOnAfter(context.now, child.dueWorkingDays, context);
    if (dueOn > parent.deadline.dueOn) throw new ChildDeadlineAfterParent(child.caseId, dueOn, parent.deadline.dueOn);
  });
}

/**
 * The children refer to what they share with the parent instead of copying it: its severity and
 * source are carried once, and a child without a description of its own shares the parent's.
 */
function split(state: CaseState, command: SplitCase, { actor, now }: Context): CaseEvent[] {
  const parent = assigned(state);
  const children: SplitChild[] = command.children.map((child) => {
    const description = optionalText(child.description);
    return {
      caseId: child.caseId,
      unitId: child.unitId,
      unitChain: [...child.unitChain],
      title: child.title.trim(),
      ...(description === null ? {} : { description }),
      dueWorkingDays: child.dueWorkingDays,
    };
  });
  return [
    {
      type: 'CaseSplit',
      data: { caseId: parent.caseId, severity: parent.severity, source: parent.source, children, splitBy: actor.userId, splitAt: now.toISOString() },
    },
  ];
}

/** A process manager may deliver a child's closing more than once: a repeat decides nothing. */
function recordChildClosed(state: CaseState, command: RecordChildCaseClosed, { now }: Context): CaseEvent[] {
  const parent = existing(state);
  const child = parent.children.find((candidate) => candidate.caseId === command.childCaseId);
  if (child === undefined) throw new UnknownChildCase(parent.caseId, command.childCaseId);
  if (child.closed) return [];
  return [{ type: 'ChildCaseClosed', data: { caseId: parent.caseId, childCaseId: child.caseId, recordedAt: now.toISOString() } }];
}

const opening: CaseTransition<OpenCase> = { roles: ['admin', 'inspector', 'system'], guards: [checkOpening], decide: open };

/** The system assigns the children of a split right after opening them. */
const assignment: CaseTransition<AssignCase> = { roles: ['admin', 'inspector', 'system'], decide: assign };

const signing: CaseTransition<SignCase> = {
  roles: ['official'],
  guards: [asOfficialInScope],
  decide: (state, _command, { actor, now }) => {
    const found = existing(state);
    return [{ type: 'CaseSigned', data: { caseId: found.caseId, unitId: found.responsibleUnitId, signedBy: actor.userId, signedAt: now.toISOString() } }];
  },
};

const progress: CaseTransition<ReportProgress> = {
  roles: ['official'],
  guards: [asOfficialInScope, requireReport],
  decide: (state, command, { actor, now }) => {
    const found = existing(state);
    return [
      {
        type: 'CaseProgressReported',
        data: { caseId: found.caseId, report: command.report.trim(), reportNumber: found.progressReports + 1, reportedBy: actor.userId, reportedAt: now.toISOString() },
      },
    ];
  },
};

const submission: CaseTransition<SubmitCase> = {
  roles: ['official'],
  guards: [asOfficialInScope, requireReport, requireChildrenClosed],
  decide: (state, command, { actor, now }) => [
    { type: 'CaseSubmitted', data: { caseId: existing(state).caseId, report: command.report.trim(), submittedBy: actor.userId, submittedAt: now.toISOString() } },
  ],
};

/** 复核 passed: 办结, and every warning comes down with it (摘牌, one WarningCleared per colour). */
const verification: CaseTransition<VerifyCase> = {
  roles: ['admin', 'inspector'],
  guards: [requireChildrenClosed],
  decide: (state, command, { actor, now }) => {
    const found = existing(state);
    const closed: CaseEvent = {
      type: 'CaseClosed',
      data: {
        caseId: found.caseId,
        parentCaseId: found.parentCaseId,
        comment: optionalText(command.comment),
        pendingExtensionLapsed: found.pendingExtension !== null,
        verifiedBy: actor.userId,
        closedAt: now.toISOString(),
      },
    };
    return [closed, ...clearWarnings(found, 'case-closed', actor, now)];
  },
};

/** 复核 failed: back to 办理 against the same deadline; warnings stay up. */
const rejection: CaseTransition<RejectCase> = {
  roles: ['admin', 'inspector'],
  guards: [
    (_state, command) => {
      if (isBlank(command.reason)) throw new RejectionReasonRequired();
    },
  ],
  decide: (state, command, { actor, now }) => {
    const found = existing(state);
    return [
      {
        type: 'CaseRejected',
        data: { caseId: found.caseId, reason: command.reason.trim(), rejectionNumber: found.rejections + 1, rejectedBy: actor.userId, rejectedAt: now.toISOString() },
      },
    ];
  },
};

const urging: CaseTransition<UrgeCase> = {
  roles: ['admin', 'inspector'],
  decide: (state, command, { actor, now }) => {
    const found = existing(state);
    return [
      {
        type: 'CaseUrged',
        data: {
          caseId: found.caseId,
          message: optionalText(command.message),
          urgeNumber: found.urges + 1,
          urgedUnitId: found.responsibleUnitId,
          urgedBy: actor.userId,
          urgedAt: now.toISOString(),
        },
      },
    ];
  },
};

const extensionRequest: CaseTransition<RequestExtension> = {
  roles: ['official'],
  guards: [asOfficialInScope, checkExtensionRequest],
  decide: requestExtension,
};

const extensionApproval: CaseTransition<ApproveExtension> = { roles: ['admin'], guards: [requirePendingExtension], decide: approveExtension };

const extensionDenial: CaseTransition<DenyExtension> = {
  roles: ['admin'],
  guards: [
    requirePendingExtension,
    (_state, command) => {
      if (isBlank(command.reason)) throw new ExtensionReasonRequired();
    },
  ],
  decide: denyExtension,
};

const splitting: CaseTransition<SplitCase> = { roles: ['official', 'admin'], guards: [asOfficialInScope, checkSplit], decide: split };

const childClosed: CaseTransition<RecordChildCaseClosed> = { roles: ['system'], decide: recordChildClosed };

const warning: CaseTransition<RaiseWarning> = {
  roles: ['system'],
  guards: [
    (_state, command) => {
      if (!isWarningColour(command.colour)) throw new UnknownWarningColour(command.colour);
    },
  ],
  decide: raiseWarning,
};

/**
 * The error for a command the case's current step does not take. OpenCase on any existing case
 * is CASE_ALREADY_OPENED (the id is taken); every other command on a closed case is
 * CASE_ALREADY_CLOSED, except the two the system may repeat harmlessly (a late warning timer, a
 * child's closing delivered twice), which the closed step accepts and answers with no events.
 */
function refuseCaseCommand(state: CaseState, command: CaseCommand): DomainError {
  if (state.status === 'unopened') return new CaseNotFound();
  const { caseId, status } = state;
  if (command.type === 'OpenCase') return new CaseAlreadyOpened(caseId);
  if (status === 'closed') return new CaseAlreadyClosed(caseId);
  if (status === 'registered' && command.type !== 'AssignCase') return new CaseNotAssigned(caseId);
  switch (command.type) {
    case 'AssignCase':
      return new CaseAlreadyAssigned(caseId);
    case 'SignCase':
      return new CaseAlreadySigned(caseId);
    case 'ReportProgress':
    case 'SplitCase':
      return status === 'assigned' ? new CaseNotSigned(caseId) : new CaseAlreadySubmitted(caseId);
    case 'SubmitCase':
      if (status === 'assigned') return new CaseNotSigned(caseId);
      return status === 'signed' ? new CaseNotInProgress(caseId) : new CaseAlreadySubmitted(caseId);
    case 'VerifyCase':
    case 'RejectCase':
      return new CaseNotSubmitted(caseId);
    case 'UrgeCase':
    case 'RequestExtension':
    case 'ApproveExtension':
    case 'DenyExtension':
    case 'RecordChildCaseClosed':
    case 'RaiseWarning':
      return new CaseAlreadySubmitted(caseId);
    default:
      return assertNever(command);
  }
}

/** Commands every step from 交办 to 办理 takes: reminders, extensions, the system's. */
const WHILE_WITH_UNIT = {
  UrgeCase: urging,
  RequestExtension: extensionRequest,
  ApproveExtension: extensionApproval,
  DenyExtension: extensionDenial,
  RecordChildCaseClosed: childClosed,
  RaiseWarning: warning,
} as const;

/**
 * A 督办 case's life (stream `case-<id>`): registered (立项) → assigned (交办, the deadline set in
 * working days) → signed (签收) → in-progress (办理, from the first progress report) → submitted
 * (反馈) → closed (复核 passed, 办结), or back to in-progress (复核 failed). While the case is with
 * its unit (assigned, signed, in-progress) it can be urged (催办), an extension asked for and
 * answered (延期, one pending at a time; an answer is also taken while submitted), and, once
 * signed, split to lower units; it wants a timer per warning still to go up (blue, yellow, red),
 * recomputed from its deadline after every change, and a red warning escalates it one level up.
 */
export const caseWorkflow: WorkflowDefinition<CaseState, CaseCommand, CaseEvent, CaseSettings> = {
  name: 'case',
  version: 1,
  initialState: initialCaseState,
  evolve: evolveCase,
  statusOf: (state) => state.status,
  refuse: refuseCaseCommand,
  states: {
    unopened: {
      on: { OpenCase: opening },
    },
    registered: {
      on: { AssignCase: assignment, RaiseWarning: warning },
    },
    assigned: {
      on: { SignCase: signing, ...WHILE_WITH_UNIT },
      timers: warningTimers,
    },
    signed: {
      on: { ReportProgress: progress, SplitCase: splitting, ...WHILE_WITH_UNIT },
      timers: warningTimers,
    },
    'in-progress': {
      on: { ReportProgress: progress, SubmitCase: submission, SplitCase: splitting, ...WHILE_WITH_UNIT },
      timers: warningTimers,
    },
    submitted: {
      on: {
        VerifyCase: verification,
        RejectCase: rejection,
        ApproveExtension: extensionApproval,
        DenyExtension: extensionDenial,
        RecordChildCaseClosed: childClosed,
        RaiseWarning: warning,
      },
    },
    closed: {
      on: { RecordChildCaseClosed: childClosed, RaiseWarning: warning },
    },
  },
};
