import { Command } from '@nestjs/cqrs';
import { CaseCommand } from '@app/supervision';
import { CommandMetadata } from '@app/workflow-runtime';
import type { CaseCommandOutcome } from '../case-commands';

/**
 * A step of a case's handling that needs nothing beyond the case itself: 交办 (assign), 签收
 * (sign), 办理 (progress), 反馈 (submit), 复核 (verify or reject), 催办 (urge) and 延期 (request,
 * approve or deny an extension). Who may take which step, and when, is the case decider's to say.
 */
export type CaseStep = Extract<
  CaseCommand,
  {
    type:
      | 'AssignCase'
      | 'SignCase'
      | 'ReportProgress'
      | 'SubmitCase'
      | 'VerifyCase'
      | 'RejectCase'
      | 'UrgeCase'
      | 'RequestExtension'
      | 'ApproveExtension'
      | 'DenyExtension';
  }
>;

/** A file a report attaches, as the request names it: put in before (POST /evidence), by hash. */
export interface AttachmentNaming {
  readonly sha256: string;
  readonly name: string;
}

export class TakeCaseStep extends Command<CaseCommandOutcome> {
  constructor(
    readonly caseId: string,
    readonly step: CaseStep,
    readonly metadata: CommandMetadata,
    /** For a report (办理, 反馈): the evidence it attaches, completed from what was put in before the step is decided. */
    readonly attachments: readonly AttachmentNaming[] = [],
  ) {
    super();
  }
}
