import { DomainError, ForbiddenError, NotFoundError } from '@app/workflow';

export class CaseNotFound extends NotFoundError {
  readonly code = 'CASE_NOT_FOUND';
  constructor(caseId?: string) {
    super('Case not found', caseId === undefined ? {} : { caseId });
  }
}

export class CaseAlreadyOpened extends DomainError {
  readonly code = 'CASE_ALREADY_OPENED';
  constructor(caseId: string) {
    super('Case already opened', { caseId });
  }
}

export class CaseDetailsRequired extends DomainError {
  readonly code = 'CASE_DETAILS_REQUIRED';
  constructor(missing: readonly string[]) {
    super('A case has an id, a title, a description and a responsible unit', { missing });
  }
}

export class UnknownCaseSeverity extends DomainError {
  readonly code = 'UNKNOWN_CASE_SEVERITY';
  constructor(severity: unknown) {
    super('A case is of low, medium, high or critical severity', { severity });
  }
}

export class InvalidCaseSource extends DomainError {
  readonly code = 'INVALID_CASE_SOURCE';
  constructor(source: unknown) {
    super('A case comes from a finding (its round, task and finding ids) or is opened directly', { source });
  }
}

/** An inspector opens cases only from findings; a direct case is an admin's decision. */
export class DirectCaseAdminOnly extends ForbiddenError {
  readonly code = 'DIRECT_CASE_ADMIN_ONLY';
  constructor() {
    super('Only an admin opens a case that does not come from a finding');
  }
}

/** Children are opened by the system from the parent's CaseSplit, so the parent tracks every one. */
export class ChildCaseOpenedBySplitOnly extends ForbiddenError {
  readonly code = 'CHILD_CASE_OPENED_BY_SPLIT_ONLY';
  constructor(parentCaseId: string) {
    super("A child case is opened only by the system, from its parent's split", { parentCaseId });
  }
}

export class InvalidUnitChain extends DomainError {
  readonly code = 'INVALID_UNIT_CHAIN';
  constructor(unitId: string, unitChain: unknown) {
    super('A unit chain starts at the responsible unit and climbs, each unit once, to the city', { unitId, unitChain });
  }
}

export class InvalidDeadline extends DomainError {
  readonly code = 'INVALID_DEADLINE';
  constructor(dueWorkingDays: unknown) {
    super('A deadline is a whole number of working days, at least 1', { dueWorkingDays });
  }
}

export class CaseAlreadyAssigned extends DomainError {
  readonly code = 'CASE_ALREADY_ASSIGNED';
  constructor(caseId: string) {
    super('Case already assigned', { caseId });
  }
}

export class CaseNotAssigned extends DomainError {
  readonly code = 'CASE_NOT_ASSIGNED';
  constructor(caseId: string) {
    super('Case not assigned yet: it is handed to its unit (交办) first', { caseId });
  }
}

export class CaseAlreadySigned extends DomainError {
  readonly code = 'CASE_ALREADY_SIGNED';
  constructor(caseId: string) {
    super('Case already signed for', { caseId });
  }
}

export class CaseNotSigned extends DomainError {
  readonly code = 'CASE_NOT_SIGNED';
  constructor(caseId: string) {
    super('Case not signed for yet: the unit signs for it (签收) first', { caseId });
  }
}

export class CaseNotInProgress extends DomainError {
  readonly code = 'CASE_NOT_IN_PROGRESS';
  constructor(caseId: string) {
    super('A case is submitted only after its handling has started: report progress (办理) first', { caseId });
  }
}

export class CaseAlreadySubmitted extends DomainError {
  readonly code = 'CASE_ALREADY_SUBMITTED';
  constructor(caseId: string) {
    super('Case already submitted: it waits for review (复核)', { caseId });
  }
}

export class CaseNotSubmitted extends DomainError {
  readonly code = 'CASE_NOT_SUBMITTED';
  constructor(caseId: string) {
    super('Case not submitted: only a submitted case is reviewed', { caseId });
  }
}

export class CaseAlreadyClosed extends DomainError {
  readonly code = 'CASE_ALREADY_CLOSED';
  constructor(caseId: string) {
    super('Case already closed', { caseId });
  }
}

/** 纵向到底: a parent answers for its children, so it waits for every one of them. */
export class ChildCasesOpen extends DomainError {
  readonly code = 'CHILD_CASES_OPEN';
  constructor(caseId: string, openChildCaseIds: readonly string[]) {
    super('A case is submitted only when every case split from it is closed', { caseId, openChildCaseIds });
  }
}

export class ReportRequired extends DomainError {
  readonly code = 'REPORT_REQUIRED';
  constructor() {
    super('A progress or completion report says what was done');
  }
}

export class RejectionReasonRequired extends DomainError {
  readonly code = 'REJECTION_REASON_REQUIRED';
  constructor() {
    super('A case is sent back with a reason');
  }
}

export class ExtensionReasonRequired extends DomainError {
  readonly code = 'EXTENSION_REASON_REQUIRED';
  constructor() {
    super('An extension is requested, and denied, with a reason');
  }
}

export class ExtensionAlreadyPending extends DomainError {
  readonly code = 'EXTENSION_ALREADY_PENDING';
  constructor(caseId: string) {
    super('An extension is already pending: a case has one request at a time', { caseId });
  }
}

export class NoPendingExtension extends DomainError {
  readonly code = 'NO_PENDING_EXTENSION';
  constructor(caseId: string) {
    super('No extension is pending', { caseId });
  }
}

export class ExtensionNotLater extends DomainError {
  readonly code = 'EXTENSION_NOT_LATER';
  constructor(caseId: string, dueOn: string, requestedDueOn: string) {
    super('An extension moves the deadline later', { caseId, dueOn, requestedDueOn });
  }
}

export class SplitWithoutChildren extends DomainError {
  readonly code = 'SPLIT_WITHOUT_CHILDREN';
  constructor() {
    super('A split passes at least one child case down');
  }
}

export class ChildCaseIncomplete extends DomainError {
  readonly code = 'CHILD_CASE_INCOMPLETE';
  constructor(index: number) {
    super('A child case has an id, a unit and a title', { index });
  }
}

export class DuplicateChildCase extends DomainError {
  readonly code = 'DUPLICATE_CHILD_CASE';
  constructor(childCaseId: string) {
    super('A child case id is new: not the parent, not another child', { childCaseId });
  }
}

/** A finding's case goes to the unit where the problem was found or to one above it, never sideways. */
export class CaseUnitOffFindingChain extends DomainError {
  readonly code = 'CASE_UNIT_OFF_FINDING_CHAIN';
  constructor(findingUnitId: string, responsibleUnitId: string) {
    super('A case from a finding goes to the unit where the problem was found or a unit above it', { findingUnitId, responsibleUnitId });
  }
}

/** 纵向到底: a case is passed down, never sideways or up. */
export class ChildUnitNotBelow extends DomainError {
  readonly code = 'CHILD_UNIT_NOT_BELOW';
  constructor(childUnitId: string, unitId: string) {
    super("A case is split only to units below its own unit", { childUnitId, unitId });
  }
}

/** Pressure passes down: a child is due no later than its parent, or the parent cannot be on time. */
export class ChildDeadlineAfterParent extends DomainError {
  readonly code = 'CHILD_DEADLINE_AFTER_PARENT';
  constructor(childCaseId: string, childDueOn: string, parentDueOn: string) {
    super("A child case is due no later than its parent", { childCaseId, childDueOn, parentDueOn });
  }
}

export class UnknownChildCase extends DomainError {
  readonly code = 'UNKNOWN_CHILD_CASE';
  constructor(caseId: string, childCaseId: unknown) {
    super('Only a case split from this one is recorded as its child', { caseId, childCaseId });
  }
}

export class UnknownWarningColour extends DomainError {
  readonly code = 'UNKNOWN_WARNING_COLOUR';
  constructor(colour: unknown) {
    super('A warning is blue, yellow or red', { colour });
  }
}
