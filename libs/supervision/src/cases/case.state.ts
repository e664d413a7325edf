import { assertNever, CalendarDate, endOfShanghaiDay, shanghaiDateOf, WorkingDayCalendar } from '@app/workflow';
import { CaseSeverity, CaseSource, WARNING_COLOURS, WarningColour } from './case';
import { CaseEvent } from './case.events';

/** No CaseOpened yet: the id names no case. */
export interface UnopenedCase {
  readonly status: 'unopened';
}

/** A child case as its parent follows it. */
export interface ChildCaseSummary {
  readonly caseId: string;
  readonly unitId: string;
  readonly title: string;
  readonly closed: boolean;
}

/** 延期 asked for and not yet answered; a case has at most one. */
export interface PendingExtension {
  readonly newDueWorkingDays: number;
  readonly reason: string;
  readonly requestedBy: string;
  readonly requestedAt: string;
}

/** The working day a case is due on and its last instant (Asia/Shanghai). */
export interface CaseDeadline {
  readonly dueOn: CalendarDate;
  readonly deadlineAt: string;
}

/** The deadline `workingDays` working days after the day it is at `now` in China, counted on `calendar`. */
export function deadlineAfter(now: Date, workingDays: number, calendar: WorkingDayCalendar): CaseDeadline {
  const dueOn = calendar.addWorkingDays(shanghaiDateOf(now), workingDays);
  return { dueOn, deadlineAt: endOfShanghaiDay(dueOn).toISOString() };
}

/** What a case is and what has happened to it, whatever step it has reached. */
export interface CaseDetails {
  readonly caseId: string;
  readonly title: string;
  /** `null`: a child of a split sharing its parent's description (the views resolve it). */
  readonly description: string | null;
  readonly severity: CaseSeverity;
  readonly source: CaseSource;
  readonly responsibleUnitId: string;
  readonly unitChain: readonly string[];
  readonly dueWorkingDays: number;
  readonly parentCaseId: string | null;
  readonly openedAt: string;
  /** How far up `unitChain` the case has been escalated: 0 at the responsible unit. */
  readonly escalationLevel: number;
  /** The warnings up now, in colour order (blue, yellow, red). */
  readonly activeWarnings: readonly WarningColour[];
  readonly pendingExtension: PendingExtension | null;
  readonly approvedExtensions: number;
  readonly children: readonly ChildCaseSummary[];
  readonly progressReports: number;
  readonly urges: number;
  readonly rejections: number;
}

export interface RegisteredCase extends CaseDetails {
  readonly status: 'registered';
}

/** A case handed to its unit: from here on it has a deadline. */
export interface AssignedCaseDetails extends CaseDetails {
  readonly deadline: CaseDeadline;
  readonly assignedAt: string;
}

export interface AssignedCase extends AssignedCaseDetails {
  readonly status: 'assigned';
}

export interface SignedCase extends AssignedCaseDetails {
  readonly status: 'signed';
  readonly signedAt: string;
}

export interface InProgressCase extends AssignedCaseDetails {
  readonly status: 'in-progress';
  readonly signedAt: string;
}

export interface SubmittedCase extends AssignedCaseDetails {
  readonly status: 'submitted';
  readonly signedAt: string;
  readonly submittedAt: string;
}

export interface ClosedCase extends AssignedCaseDetails {
  readonly status: 'closed';
  readonly signedAt: string;
  readonly submittedAt: string;
  readonly closedAt: string;
}

export type CaseState = UnopenedCase | RegisteredCase | AssignedCase | SignedCase | InProgressCase | SubmittedCase | ClosedCase;
export type CaseStatus = CaseState['status'];
export type ExistingCase = Exclude<CaseState, UnopenedCase>;
export type AssignedStageCase = Exclude<ExistingCase, RegisteredCase>;

export function initialCaseState(): CaseState {
  return { status: 'unopened' };
}

export function hasDeadline(state: CaseState): state is AssignedStageCase {
  return state.status !== 'unopened' && state.status !== 'registered';
}

/**
 * The highest unit accountable now: the unit the case has been escalated to, or the responsible
 * unit before any escalation. The units below it on the chain stay accountable too
 * ({@link accountableUnitIdsOf}).
 */
export function accountableUnitOf(state: ExistingCase): string {
  return state.unitChain[state.escalationLevel] ?? state.responsibleUnitId;
}

/**
 * Every unit accountable for the case now, the responsible unit first: escalation makes the unit
 * above accountable too (its secretary, 第一责任人, beside the unit's own), it does not take the
 * case off the unit below. Each red escalation adds the next unit up the chain.
 */
export function accountableUnitIdsOf(state: Pick<ExistingCase, 'unitChain' | 'escalationLevel'>): string[] {
  return state.unitChain.slice(0, state.escalationLevel + 1);
}

export function openChildCaseIds(state: ExistingCase): string[] {
  return state.children.filter((child) => !child.closed).map((child) => child.caseId);
}

function withWarning(warnings: readonly WarningColour[], colour: WarningColour): WarningColour[] {
  return WARNING_COLOURS.filter((candidate) => candidate === colour || warnings.includes(candidate));
}

export function evolveCase(state: CaseState, event: CaseEvent): CaseState {
  if (event.type === 'CaseOpened') {
    if (state.status !== 'unopened') return state;
    const { caseId, title, description, severity, source, responsibleUnitId, unitChain, dueWorkingDays, parentCaseId, openedAt } = event.data;
    return {
      status: 'registered',
      caseId,
      title,
      description,
      severity,
      source,
      responsibleUnitId,
      unitChain,
      dueWorkingDays,
      parentCaseId,
      openedAt,
      escalationLevel: 0,
      activeWarnings: [],
      pendingExtension: null,
      approvedExtensions: 0,
      children: [],
      progressReports: 0,
      urges: 0,
      rejections: 0,
    };
  }
  if (state.status === 'unopened') return state;
  switch (event.type) {
    case 'CaseAssigned': {
      if (state.status !== 'registered') return state;
      const { dueOn, deadlineAt, assignedAt } = event.data;
      return { ...state, status: 'assigned', deadline: { dueOn, deadlineAt }, assignedAt };
    }
    case 'CaseSigned':
      return state.status === 'assigned' ? { ...state, status: 'signed', signedAt: event.data.signedAt } : state;
    case 'CaseProgressReported':
      if (state.status === 'signed') return { ...state, status: 'in-progress', progressReports: state.progressReports + 1 };
      return { ...state, progressReports: state.progressReports + 1 };
    case 'CaseSubmitted':
      return state.status === 'in-progress' ? { ...state, status: 'submitted', submittedAt: event.data.submittedAt } : state;
    case 'CaseRejected':
      if (state.status !== 'submitted') return state;
      return { ...withoutSubmission(state), status: 'in-progress', rejections: state.rejections + 1 };
    case 'CaseClosed':
      return state.status === 'submitted' ? { ...state, status: 'closed', closedAt: event.data.closedAt, pendingExtension: null } : state;
    case 'CaseUrged':
      return { ...state, urges: state.urges + 1 };
    case 'ExtensionRequested': {
      const { newDueWorkingDays, reason, requestedBy, requestedAt } = event.data;
      return { ...state, pendingExtension: { newDueWorkingDays, reason, requestedBy, requestedAt } };
    }
    case 'ExtensionApproved': {
      if (!hasDeadline(state)) return state;
      const { dueOn, deadlineAt, extensionNumber } = event.data;
      return { ...state, deadline: { dueOn, deadlineAt }, approvedExtensions: extensionNumber, pendingExtension: null };
    }
    case 'ExtensionDenied':
      return { ...state, pendingExtension: null };
    case 'CaseSplit': {
      const added = event.data.children.map(({ caseId, unitId, title }) => ({ caseId, unitId, title, closed: false }));
      return { ...state, children: [...state.children, ...added] };
    }
    case 'ChildCaseClosed':
      return {
        ...state,
        children: state.children.map((child) => (child.caseId === event.data.childCaseId ? { ...child, closed: true } : child)),
      };
    case 'WarningRaised':
      return { ...state, activeWarnings: withWarning(state.activeWarnings, event.data.colour) };
    case 'WarningCleared':
      return { ...state, activeWarnings: state.activeWarnings.filter((colour) => colour !== event.data.colour) };
    case 'CaseEscalated':
      return { ...state, escalationLevel: event.data.escalationLevel };
    default:
      return assertNever(event);
  }
}

function withoutSubmission({ submittedAt: _submittedAt, ...rest }: SubmittedCase): Omit<SubmittedCase, 'submittedAt'> {
  return rest;
}
