import { assertNever, DomainError, Transition, WorkflowDefinition } from '@app/workflow';
import { CaseCommand } from './case.commands';
import {
  CaseAlreadyAssigned,
  CaseAlreadyClosed,
  CaseAlreadyOpened,
  CaseAlreadySigned,
  CaseAlreadySubmitted,
  CaseNotAssigned,
  CaseNotFound,
  CaseNotInProgress,
  CaseNotSigned,
  CaseNotSubmitted,
} from './case.errors';
import { CaseEvent } from './case.events';
import { CaseSettings } from './case.settings';
import { CaseState, evolveCase, initialCaseState } from './case.state';
import { extensionApproval, extensionDenial, extensionRequest } from './case-extensions';
import { progress, signing, submission } from './case-handling';
import { assignment, opening } from './case-opening';
import { rejection, verification } from './case-review';
import { childClosing, splitting } from './case-splitting';
import { urging } from './case-urging';
import { warningRaising, warningTimers } from './case-warnings';

/** What the case workflow does with command `C` in a step that takes it: one row of the table below. */
export type CaseTransition<C extends CaseCommand> = Transition<CaseState, C, CaseEvent, CaseSettings>;

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
  RecordChildCaseClosed: childClosing,
  RaiseWarning: warningRaising,
} as const;

/**
 * A 督办 case's life (stream `case-<id>`): registered (立项) → assigned (交办, the deadline set in
 * working days) → signed (签收) → in-progress (办理, from the first progress report) → submitted
 * (反馈) → closed (复核 passed, 办结), or back to in-progress (复核 failed). While the case is with
 * its unit (assigned, signed, in-progress) it can be urged (催办), an extension asked for and
 * answered (延期, one pending at a time; an answer is also taken while submitted), and, once
 * signed, split to lower units; it wants a timer per warning still to go up (blue, yellow, red),
 * recomputed from its deadline after every change, and a red warning escalates it one level up.
 *
 * This file is the table: which step takes which command from which roles, and what it answers
 * to a command the step does not take. What each command decides is in its use case's file —
 * case-opening.ts, case-handling.ts, case-review.ts, case-urging.ts, case-extensions.ts,
 * case-splitting.ts, case-warnings.ts — and the rules they check are in case.rules.ts.
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
      on: { AssignCase: assignment, RaiseWarning: warningRaising },
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
        RecordChildCaseClosed: childClosing,
        RaiseWarning: warningRaising,
      },
    },
    closed: {
      on: { RecordChildCaseClosed: childClosing, RaiseWarning: warningRaising },
    },
  },
};
