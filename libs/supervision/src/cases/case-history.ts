import { assertNever } from '@app/workflow';
import { withAttachments } from '../shared/evidence';
import { CASE_EVENT_TYPES, CaseEvent } from './case.events';

/**
 * One step of a case as its history tells it: when it took effect and who took it (as the event
 * records them; `null` for the steps only the system takes), and what it said — the report, the
 * reason, the message, the new deadline, the children of a split — without the case id, which
 * the history is of.
 */
export interface CaseStep {
  readonly at: string;
  readonly by: string | null;
  readonly details: Readonly<Record<string, unknown>>;
}

const CASE_TYPES = new Set<string>(CASE_EVENT_TYPES);

export function isCaseEvent(event: { readonly type: string }): event is CaseEvent {
  return CASE_TYPES.has(event.type);
}

/** What a case event says, as a step of the case's history. */
export function caseStepOf(event: CaseEvent): CaseStep {
  switch (event.type) {
    case 'CaseOpened': {
      const { title, description, severity, source, responsibleUnitId, dueWorkingDays, parentCaseId } = event.data;
      // `description: null` is a child of a split sharing its parent's (see `parentCaseId`).
      return {
        at: event.data.openedAt,
        by: event.data.openedBy,
        details: { title, description, severity, source, responsibleUnitId, dueWorkingDays, parentCaseId },
      };
    }
    case 'CaseAssigned': {
      const { responsibleUnitId, dueWorkingDays, dueOn, deadlineAt } = event.data;
      return { at: event.data.assignedAt, by: event.data.assignedBy, details: { responsibleUnitId, dueWorkingDays, dueOn, deadlineAt } };
    }
    case 'CaseSigned':
      return { at: event.data.signedAt, by: event.data.signedBy, details: { unitId: event.data.unitId } };
    case 'CaseProgressReported':
      return {
        at: event.data.reportedAt,
        by: event.data.reportedBy,
        details: { report: event.data.report, reportNumber: event.data.reportNumber, ...withAttachments(event.data.attachments ?? []) },
      };
    case 'CaseSubmitted':
      return { at: event.data.submittedAt, by: event.data.submittedBy, details: { report: event.data.report, ...withAttachments(event.data.attachments ?? []) } };
    case 'CaseRejected':
      return { at: event.data.rejectedAt, by: event.data.rejectedBy, details: { reason: event.data.reason, rejectionNumber: event.data.rejectionNumber } };
    case 'CaseClosed':
      return {
        at: event.data.closedAt,
        by: event.data.verifiedBy,
        details: { comment: event.data.comment, pendingExtensionLapsed: event.data.pendingExtensionLapsed },
      };
    case 'CaseUrged': {
      const { message, urgeNumber, urgedUnitId } = event.data;
      return { at: event.data.urgedAt, by: event.data.urgedBy, details: { message, urgeNumber, urgedUnitId } };
    }
    case 'ExtensionRequested': {
      const { newDueWorkingDays, reason, currentDueOn } = event.data;
      return { at: event.data.requestedAt, by: event.data.requestedBy, details: { newDueWorkingDays, reason, currentDueOn } };
    }
    case 'ExtensionApproved': {
      const { extensionNumber, newDueWorkingDays, previousDueOn, dueOn, comment, requestedBy } = event.data;
      return { at: event.data.approvedAt, by: event.data.approvedBy, details: { extensionNumber, newDueWorkingDays, previousDueOn, dueOn, comment, requestedBy } };
    }
    case 'ExtensionDenied': {
      const { newDueWorkingDays, reason, requestedBy } = event.data;
      return { at: event.data.deniedAt, by: event.data.deniedBy, details: { newDueWorkingDays, reason, requestedBy } };
    }
    case 'CaseSplit': {
      // A child without `description` shares the parent's.
      const planned = Array.isArray(event.data.children) ? event.data.children : [];
      const children = planned.map(({ caseId, unitId, title, description, dueWorkingDays }) => ({
        caseId,
        unitId,
        title,
        ...(description === undefined ? {} : { description }),
        dueWorkingDays,
      }));
      return { at: event.data.splitAt, by: event.data.splitBy, details: { children } };
    }
    case 'ChildCaseClosed':
      return { at: event.data.recordedAt, by: null, details: { childCaseId: event.data.childCaseId } };
    case 'WarningRaised': {
      const { colour, reason, dueOn, accountableUnitId } = event.data;
      return { at: event.data.raisedAt, by: event.data.raisedBy, details: { colour, reason, dueOn, accountableUnitId } };
    }
    case 'WarningCleared':
      return { at: event.data.clearedAt, by: event.data.clearedBy, details: { colour: event.data.colour, reason: event.data.reason } };
    case 'CaseEscalated': {
      const { fromUnitId, toUnitId, escalationLevel } = event.data;
      return { at: event.data.escalatedAt, by: null, details: { fromUnitId, toUnitId, escalationLevel } };
    }
    default:
      return assertNever(event);
  }
}
