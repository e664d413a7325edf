import { ReportProgress, SignCase, SubmitCase } from './case.commands';
import { assertActsForCaseUnit, assertChildCasesClosed, assertReportGiven, existingCase } from './case.rules';
import type { CaseTransition } from './case.workflow';
import { checkedAttachments, withAttachments } from '../shared/evidence';

/*
 * The unit's own steps, taken by its officials or those of a unit above it: 签收 (sign for the
 * case), 办理 (report progress, as often as there is progress) and 反馈 (submit the completion
 * report, once every child case of a split is closed).
 */

export const signing: CaseTransition<SignCase> = {
  roles: ['official'],
  decide: (state, _command, { actor, now }) => {
    const found = existingCase(state);
    assertActsForCaseUnit(found, actor);
    return [{ type: 'CaseSigned', data: { caseId: found.caseId, unitId: found.responsibleUnitId, signedBy: actor.userId, signedAt: now.toISOString() } }];
  },
};

/** The first report starts the handling (signed → in-progress); later ones are numbered on. */
export const progress: CaseTransition<ReportProgress> = {
  roles: ['official'],
  decide: (state, command, { actor, now }) => {
    const found = existingCase(state);
    assertActsForCaseUnit(found, actor);
    assertReportGiven(command.report);
    const attachments = checkedAttachments(command.attachments);
    return [
      {
        type: 'CaseProgressReported',
        data: {
          caseId: found.caseId,
          report: command.report.trim(),
          reportNumber: found.progressReports + 1,
          reportedBy: actor.userId,
          reportedAt: now.toISOString(),
          ...withAttachments(attachments),
        },
      },
    ];
  },
};

export const submission: CaseTransition<SubmitCase> = {
  roles: ['official'],
  decide: (state, command, { actor, now }) => {
    const found = existingCase(state);
    assertActsForCaseUnit(found, actor);
    assertReportGiven(command.report);
    assertChildCasesClosed(found);
    const attachments = checkedAttachments(command.attachments);
    return [
      {
        type: 'CaseSubmitted',
        data: { caseId: found.caseId, report: command.report.trim(), submittedBy: actor.userId, submittedAt: now.toISOString(), ...withAttachments(attachments) },
      },
    ];
  },
};
