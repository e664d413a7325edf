import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EvidenceFiles } from '@app/evidence';
import { CaseCommandOutcome, CaseCommands } from '../case-commands';
import { CaseStep, TakeCaseStep } from './take-case-step.command';

@CommandHandler(TakeCaseStep)
export class TakeCaseStepHandler implements ICommandHandler<TakeCaseStep, CaseCommandOutcome> {
  constructor(
    @Inject(CaseCommands) private readonly cases: CaseCommands,
    @Inject(EvidenceFiles) private readonly evidence: EvidenceFiles,
  ) {}

  async execute({ caseId, step, metadata, attachments }: TakeCaseStep): Promise<CaseCommandOutcome> {
    // Each file must have been put in (EVIDENCE_NOT_FOUND otherwise); its type and size come from there.
    const withEvidence: CaseStep =
      attachments.length > 0 && (step.type === 'ReportProgress' || step.type === 'SubmitCase') ? { ...step, attachments: await this.evidence.resolve(attachments) } : step;
    return this.cases.send(caseId, withEvidence, metadata);
  }
}
