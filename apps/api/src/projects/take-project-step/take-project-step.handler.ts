import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EvidenceFiles } from '@app/evidence';
import { ProjectCommandOutcome, ProjectCommands } from '../project-commands';
import { TakeProjectStep } from './take-project-step.command';

/** 推进, 节点完成, 年终评价: each file attached must have been put in (EVIDENCE_NOT_FOUND otherwise); its type and size come from there. */
@CommandHandler(TakeProjectStep)
export class TakeProjectStepHandler implements ICommandHandler<TakeProjectStep, ProjectCommandOutcome> {
  constructor(
    @Inject(ProjectCommands) private readonly projects: ProjectCommands,
    @Inject(EvidenceFiles) private readonly evidence: EvidenceFiles,
  ) {}

  async execute({ projectId, step, metadata, attachments }: TakeProjectStep): Promise<ProjectCommandOutcome> {
    if (attachments.length === 0 || step.type === 'EvaluateProject') return this.projects.send(projectId, step, metadata);
    return this.projects.send(projectId, { ...step, attachments: await this.evidence.resolve(attachments) }, metadata);
  }
}
