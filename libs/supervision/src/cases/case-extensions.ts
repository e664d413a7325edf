import { optionalText } from '@app/workflow';
import { ApproveExtension, DenyExtension, RequestExtension } from './case.commands';
import { CaseEvent } from './case.events';
import {
  assertActsForCaseUnit,
  assertExtensionMovesDeadlineLater,
  assertExtensionReasonGiven,
  assertNoExtensionPending,
  assertWholeWorkingDays,
  assignedCase,
  existingCase,
  pendingExtensionOf,
} from './case.rules';
import { AssignedStageCase, CaseState, deadlineAfter, evolveCase } from './case.state';
import { clearWarnings, raise } from './case-warnings';
import type { CaseTransition } from './case.workflow';

/*
 * 延期: the unit asks for a new deadline, `newDueWorkingDays` working days from the day it is
 * approved; an admin approves or denies it. One request is pending at a time; it is answered
 * while the case is with its unit or submitted, and lapses when the case is closed.
 */

/** The new deadline must fall after the current one already when counted from the day of the request. */
export const extensionRequest: CaseTransition<RequestExtension> = {
  roles: ['official'],
  decide: (state, command, { actor, now, calendar }) => {
    const found = assignedCase(state);
    assertActsForCaseUnit(found, actor);
    assertNoExtensionPending(found);
    assertExtensionReasonGiven(command.reason);
    assertWholeWorkingDays(command.newDueWorkingDays);
    assertExtensionMovesDeadlineLater(found, deadlineAfter(now, command.newDueWorkingDays, calendar).dueOn);
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
  },
};

/**
 * 延期 approved: the new deadline counts `newDueWorkingDays` from today, so the case is no
 * longer overdue (counted from a day no earlier than the request's, it falls after the current
 * deadline as the request was checked to). Every warning up is cleared (摘牌), blue and red
 * included: each was about the old deadline, and the timers, recomputed from the new one, raise
 * them again when they fall due. Escalation stays: the superior unit remains accountable. From
 * the `redOnApprovedExtension`-th approval on (the 2nd by default) the case is extended again and
 * again, and that is itself a red warning, with its escalation.
 */
export const extensionApproval: CaseTransition<ApproveExtension> = {
  roles: ['admin'],
  decide: (state, command, { actor, now, calendar, settings }) => {
    const found = assignedCase(state);
    const pending = pendingExtensionOf(found);
    const extensionNumber = found.approvedExtensions + 1;
    const approved: CaseEvent = {
      type: 'ExtensionApproved',
      data: {
        caseId: found.caseId,
        extensionNumber,
        newDueWorkingDays: pending.newDueWorkingDays,
        previousDueOn: found.deadline.dueOn,
        previousDeadlineAt: found.deadline.deadlineAt,
        ...deadlineAfter(now, pending.newDueWorkingDays, calendar),
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
  },
};

export const extensionDenial: CaseTransition<DenyExtension> = {
  roles: ['admin'],
  decide: (state, command, { actor, now }) => {
    const found = existingCase(state);
    const pending = pendingExtensionOf(found);
    assertExtensionReasonGiven(command.reason);
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
  },
};
