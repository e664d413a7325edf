import { Command } from '@nestjs/cqrs';
import { CompleteMilestone, EvaluateProject, ReportProjectProgress } from '@app/supervision';
import { CommandMetadata } from '@app/workflow-runtime';
import type { AttachmentRequest } from '../../evidence/evidence.requests';
import type { ProjectCommandOutcome } from '../project-commands';

/** A step on a project that the caller spells out whole; attachments are named by hash and resolved by the handler. */
export type ProjectStep = Omit<ReportProjectProgress, 'attachments'> | Omit<CompleteMilestone, 'attachments'> | EvaluateProject;

export class TakeProjectStep extends Command<ProjectCommandOutcome> {
  constructor(
    readonly projectId: string,
    readonly step: ProjectStep,
    readonly metadata: CommandMetadata,
    readonly attachments: readonly AttachmentRequest[] = [],
  ) {
    super();
  }
}
