import { optionalText } from '@app/workflow';
import { RejectCase, VerifyCase } from './case.commands';
import { assertChildCasesClosed, assertRejectionReasonGiven, existingCase } from './case.rules';
import { clearWarnings } from './case-warnings';
import type { CaseTransition } from './case.workflow';

/** 复核 passed: 办结, and every warning comes down with it (摘牌, one WarningCleared per colour). */
export const verification: CaseTransition<VerifyCase> = {
  roles: ['admin', 'inspector'],
  decide: (state, command, { actor, now }) => {
    const found = existingCase(state);
    assertChildCasesClosed(found);
    return [
      {
        type: 'CaseClosed',
        data: {
          caseId: found.caseId,
          parentCaseId: found.parentCaseId,
          comment: optionalText(command.comment),
          pendingExtensionLapsed: found.pendingExtension !== null,
          verifiedBy: actor.userId,
          closedAt: now.toISOString(),
        },
      },
      ...clearWarnings(found, 'case-closed', actor, now),
    ];
  },
};

/** 复核 failed: back to 办理 against the same deadline; warnings stay up. */
export const rejection: CaseTransition<RejectCase> = {
  roles: ['admin', 'inspector'],
  decide: (state, command, { actor, now }) => {
    assertRejectionReasonGiven(command.reason);
    const found = existingCase(state);
    return [
      {
        type: 'CaseRejected',
        data: { caseId: found.caseId, reason: command.reason.trim(), rejectionNumber: found.rejections + 1, rejectedBy: actor.userId, rejectedAt: now.toISOString() },
      },
    ];
  },
};
