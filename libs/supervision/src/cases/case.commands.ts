import type { EvidenceRef } from '../shared/evidence';
import { CaseSeverity, CaseSource, WarningColour } from './case';

/**
 * 立项: opens a case. The caller resolves what lives elsewhere: `unitChain` is the responsible
 * unit followed by the units above it up to the city (`OrgTree.ancestors`), used to escalate.
 * An admin opens any case, an inspector only from a finding, and the system opens the children
 * of a split (`parentCaseId`).
 */
export interface OpenCase {
  readonly type: 'OpenCase';
  readonly caseId: string;
  readonly title: string;
  /** `null` only for the child of a split that shares its parent's description. */
  readonly description: string | null;
  readonly severity: CaseSeverity;
  readonly source: CaseSource;
  readonly responsibleUnitId: string;
  readonly unitChain: readonly string[];
  /**
   * For a case from a finding: the chain of the unit where the problem was found, from that unit
   * up to the city, when the org tree knows the unit (not recorded; the responsible unit must be on it).
   */
  readonly findingUnitChain?: readonly string[];
  /** Working days the unit gets, counted from the day the case is assigned. */
  readonly dueWorkingDays: number;
  readonly parentCaseId?: string;
}

/** 交办: hands the case to its responsible unit; the deadline starts counting today (China). */
export interface AssignCase {
  readonly type: 'AssignCase';
}

/** 签收: the responsible unit acknowledges the case. */
export interface SignCase {
  readonly type: 'SignCase';
}

/** 办理: a progress report; the first one starts the handling. */
export interface ReportProgress {
  readonly type: 'ReportProgress';
  readonly report: string;
  /** Evidence of the progress (整改过程材料): photos, notices, minutes. */
  readonly attachments?: readonly EvidenceRef[];
}

/** 反馈: the completion report; the case then waits for 复核. */
export interface SubmitCase {
  readonly type: 'SubmitCase';
  readonly report: string;
  /** Evidence of the completed rectification (整改完成材料). */
  readonly attachments?: readonly EvidenceRef[];
}

/** 复核 passed: the case is closed (办结/销号). */
export interface VerifyCase {
  readonly type: 'VerifyCase';
  readonly comment?: string;
}

/** 复核 failed: the case goes back to 办理 with the reason. */
export interface RejectCase {
  readonly type: 'RejectCase';
  readonly reason: string;
}

/** 催办: a recorded reminder to the responsible unit. */
export interface UrgeCase {
  readonly type: 'UrgeCase';
  readonly message?: string;
}

/** 延期 requested: a new deadline `newDueWorkingDays` working days from the day it is approved. */
export interface RequestExtension {
  readonly type: 'RequestExtension';
  readonly newDueWorkingDays: number;
  readonly reason: string;
}

export interface ApproveExtension {
  readonly type: 'ApproveExtension';
  readonly comment?: string;
}

export interface DenyExtension {
  readonly type: 'DenyExtension';
  readonly reason: string;
}

/**
 * One child of a split: a case for a unit below the parent's. `unitChain` is the child unit up
 * to the city, as for OpenCase; it must pass through the parent's unit.
 */
export interface ChildCasePlan {
  readonly caseId: string;
  readonly unitId: string;
  readonly unitChain: readonly string[];
  readonly title: string;
  /** The child's own description; absent, the child shares its parent's (it is not copied). */
  readonly description?: string;
  readonly dueWorkingDays: number;
}

/** 逐级传导压力: passes parts of the case down to lower units as child cases (纵向到底). */
export interface SplitCase {
  readonly type: 'SplitCase';
  readonly children: readonly ChildCasePlan[];
}

/** Sent by the process manager that follows child cases when one of them closes. */
export interface RecordChildCaseClosed {
  readonly type: 'RecordChildCaseClosed';
  readonly childCaseId: string;
}

/** Sent by a warning timer as the `system` actor; `dueAt` is the timer's instant (ISO 8601). */
export interface RaiseWarning {
  readonly type: 'RaiseWarning';
  readonly colour: WarningColour;
  readonly dueAt: string;
}

export type CaseCommand =
  | OpenCase
  | AssignCase
  | SignCase
  | ReportProgress
  | SubmitCase
  | VerifyCase
  | RejectCase
  | UrgeCase
  | RequestExtension
  | ApproveExtension
  | DenyExtension
  | SplitCase
  | RecordChildCaseClosed
  | RaiseWarning;
