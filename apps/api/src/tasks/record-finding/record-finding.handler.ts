import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { OrgUnitNotFound } from '@app/supervision';
import { EvidenceFiles } from '@app/evidence';
import { deterministicUuid } from '@app/workflow-runtime';
import { OrgDirectory } from '../../org-units/org-directory';
import { TaskCommandOutcome, TaskCommands } from '../task-commands';
import { RecordFindingCommand } from './record-finding.command';

/**
 * Records a finding under an id fixed by the command (a retry names the same finding). The org
 * tree knows the unit (ORG_UNIT_NOT_FOUND otherwise) and gives its ancestors, so the decider can
 * check it lies within the task's target; the round's status says whether the inspection runs.
 */
@CommandHandler(RecordFindingCommand)
export class RecordFindingHandler implements ICommandHandler<RecordFindingCommand, TaskCommandOutcome> {
  constructor(
    @Inject(TaskCommands) private readonly tasks: TaskCommands,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
    @Inject(EvidenceFiles) private readonly evidence: EvidenceFiles,
  ) {}

  async execute({ taskId, finding, metadata }: RecordFindingCommand): Promise<TaskCommandOutcome> {
    const tree = (await this.directory.fresh()).orgTree();
    if (!tree.has(finding.unitId)) throw new OrgUnitNotFound(finding.unitId);
    const findingId = deterministicUuid(`${metadata.commandId}\u0000finding`);
    const unitAncestorIds = tree.ancestors(finding.unitId).map((unit) => unit.id);
    const attachments = await this.evidence.resolve(finding.attachments ?? []);
    return this.tasks.sendWithRoundStatus(
      taskId,
      (roundStatus) => ({
        type: 'RecordFinding',
        roundStatus,
        findingId,
        title: finding.title,
        description: finding.description,
        severity: finding.severity,
        unitId: finding.unitId,
        unitAncestorIds,
        attachments,
      }),
      metadata,
    );
  }
}
