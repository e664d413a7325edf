import { CalendarDate, DomainEvent } from '@app/workflow';
import type { EvidenceRef } from '../shared/evidence';
import { CaseSeverity, CaseSource, WarningClearance, WarningColour, WarningReason } from './case';

/** Instants are ISO 8601 strings: events are stored as JSON and must read back unchanged. */
export type CaseOpened = DomainEvent<
  'CaseOpened',
  {
    caseId: string;
    title: string;
    /**
     * `null` for the child of a split that shares its parent's description (resolved through
     * `parentCaseId`, up to the nearest case with one of its own). Children split before sharing
     * was introduced carry a copy.
     */
    description: string | null;
    severity: CaseSeverity;
    source: CaseSource;
    responsibleUnitId: string;
    /** The responsible unit, then each unit above it, ending with the city: the escalation path. */
    unitChain: string[];
    dueWorkingDays: number;
    /** The case this one was split from; `null` for a case of its own. */
    parentCaseId: string | null;
    openedBy: string;
    openedAt: string;
  }
>;

export type CaseAssigned = DomainEvent<
  'CaseAssigned',
  {
    caseId: string;
    responsibleUnitId: string;
    dueWorkingDays: number;
    /** The working day the case is due on (Asia/Shanghai). */
    dueOn: CalendarDate;
    /** The last instant of `dueOn`: the case is overdue after it. */
    deadlineAt: string;
    assignedBy: string;
    assignedAt: string;
  }
>;

export type CaseSigned = DomainEvent<'CaseSigned', { caseId: string; unitId: string; signedBy: string; signedAt: string }>;

/** The first report moves a signed case into 办理. */
export type CaseProgressReported = DomainEvent<
  'CaseProgressReported',
  {
    caseId: string;
    report: string;
    reportNumber: number;
    reportedBy: string;
    reportedAt: string;
    /** The files put in with the report, by SHA-256; absent when none. */
    attachments?: EvidenceRef[];
  }
>;

export type CaseSubmitted = DomainEvent<
  'CaseSubmitted',
  { caseId: string; report: string; submittedBy: string; submittedAt: string; attachments?: EvidenceRef[] }
>;

/** 复核 failed: back to 办理. */
export type CaseRejected = DomainEvent<
  'CaseRejected',
  { caseId: string; reason: string; rejectionNumber: number; rejectedBy: string; rejectedAt: string }
>;

/**
 * 复核 passed: 办结. Followed in the same decision by one WarningCleared (reason `case-closed`)
 * per warning still up, so a board learns of 摘牌 from WarningCleared alone.
 */
export type CaseClosed = DomainEvent<
  'CaseClosed',
  {
    caseId: string;
    /** So the process manager can tell the parent without loading this case. */
    parentCaseId: string | null;
    comment: string | null;
    /** An extension still pending when the case closed; it lapses unanswered. */
    pendingExtensionLapsed: boolean;
    verifiedBy: string;
    closedAt: string;
  }
>;

export type CaseUrged = DomainEvent<
  'CaseUrged',
  { caseId: string; message: string | null; urgeNumber: number; urgedUnitId: string; urgedBy: string; urgedAt: string }
>;

export type ExtensionRequested = DomainEvent<
  'ExtensionRequested',
  { caseId: string; newDueWorkingDays: number; reason: string; currentDueOn: CalendarDate; requestedBy: string; requestedAt: string }
>;

/**
 * The deadline moves to `dueOn`. Followed by WarningCleared (reason `extension-approved`) for
 * every warning up, and, from the `redOnApprovedExtension`-th approval on, by a red
 * WarningRaised (reason `repeated-extension`) and its CaseEscalated.
 */
export type ExtensionApproved = DomainEvent<
  'ExtensionApproved',
  {
    caseId: string;
    /** 1 for the first extension approved on this case, 2 for the second… */
    extensionNumber: number;
    newDueWorkingDays: number;
    previousDueOn: CalendarDate;
    previousDeadlineAt: string;
    dueOn: CalendarDate;
    deadlineAt: string;
    comment: string | null;
    requestedBy: string;
    approvedBy: string;
    approvedAt: string;
  }
>;

export type ExtensionDenied = DomainEvent<
  'ExtensionDenied',
  { caseId: string; newDueWorkingDays: number; reason: string; requestedBy: string; deniedBy: string; deniedAt: string }
>;

/** A child case as the split planned it; the process manager opens and assigns it. */
export interface SplitChild {
  caseId: string;
  unitId: string;
  unitChain: string[];
  title: string;
  /**
   * The child's own description. Absent, the child shares its parent's: a split of many children
   * refers to the parent's text instead of copying it into every child (splits recorded before
   * carry a copy here).
   */
  description?: string;
  dueWorkingDays: number;
}

/**
 * 逐级传导压力: parts of the case passed down to lower units. Carries the parent's severity and
 * source once for all children, so the process manager can open each child from this event alone.
 */
export type CaseSplit = DomainEvent<
  'CaseSplit',
  { caseId: string; severity: CaseSeverity; source: CaseSource; children: SplitChild[]; splitBy: string; splitAt: string }
>;

export type ChildCaseClosed = DomainEvent<'ChildCaseClosed', { caseId: string; childCaseId: string; recordedAt: string }>;

/** 挂牌: a warning goes up. */
export type WarningRaised = DomainEvent<
  'WarningRaised',
  {
    caseId: string;
    colour: WarningColour;
    /** blue 1, yellow 2, red 3. */
    level: 1 | 2 | 3;
    reason: WarningReason;
    /** The deadline the warning is about. */
    dueOn: CalendarDate;
    deadlineAt: string;
    /** The instant of the timer that raised it; `null` when an approval raised it. */
    timerDueAt: string | null;
    /** The unit accountable when it went up (before any escalation it causes). */
    accountableUnitId: string;
    raisedBy: string;
    raisedAt: string;
  }
>;

/** 摘牌: a warning comes down. */
export type WarningCleared = DomainEvent<
  'WarningCleared',
  { caseId: string; colour: WarningColour; reason: WarningClearance; clearedBy: string; clearedAt: string }
>;

/**
 * A red warning passed the case one level up its unit chain: `toUnitId` (and its secretary,
 * 第一责任人, whom the read model resolves) is now accountable too, beside `fromUnitId` and the
 * units below it, which stay accountable. Escalation is never undone.
 */
export type CaseEscalated = DomainEvent<
  'CaseEscalated',
  { caseId: string; fromUnitId: string; toUnitId: string; escalationLevel: number; escalatedAt: string }
>;

export type CaseEvent =
  | CaseOpened
  | CaseAssigned
  | CaseSigned
  | CaseProgressReported
  | CaseSubmitted
  | CaseRejected
  | CaseClosed
  | CaseUrged
  | ExtensionRequested
  | ExtensionApproved
  | ExtensionDenied
  | CaseSplit
  | ChildCaseClosed
  | WarningRaised
  | WarningCleared
  | CaseEscalated;

export const CASE_EVENT_TYPES: readonly CaseEvent['type'][] = [
  'CaseOpened',
  'CaseAssigned',
  'CaseSigned',
  'CaseProgressReported',
  'CaseSubmitted',
  'CaseRejected',
  'CaseClosed',
  'CaseUrged',
  'ExtensionRequested',
  'ExtensionApproved',
  'ExtensionDenied',
  'CaseSplit',
  'ChildCaseClosed',
  'WarningRaised',
  'WarningCleared',
  'CaseEscalated',
];
