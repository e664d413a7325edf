import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { OrgUnitNotFound } from '@app/supervision';
import { deterministicUuid } from '@app/workflow-runtime';
import { OrgDirectory } from '../../org-units/org-directory';
import { CaseCommandOutcome, CaseCommands } from '../case-commands';
import { SplitCaseCommand } from './split-case.command';

/**
 * Splits a case: each child gets an id fixed by the command (a retry names the same children)
 * and its unit's chain from the org tree; the decider checks the rest (units below the case,
 * deadlines within the parent's), and the children are opened and handed over at once.
 */
@CommandHandler(SplitCaseCommand)
export class SplitCaseHandler implements ICommandHandler<SplitCaseCommand, CaseCommandOutcome> {
  constructor(
    @Inject(CaseCommands) private readonly cases: CaseCommands,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
  ) {}

  async execute({ caseId, children, metadata }: SplitCaseCommand): Promise<CaseCommandOutcome> {
    const tree = (await this.directory.fresh()).orgTree();
    const opened = children.map((child, index) => {
      if (!tree.has(child.unitId)) throw new OrgUnitNotFound(child.unitId);
      return {
        caseId: deterministicUuid(`${metadata.commandId}\u0000child\u0000${index}`),
        unitId: child.unitId,
        unitChain: tree.chain(child.unitId).map((unit) => unit.id),
        title: child.title,
        ...(child.description === undefined ? {} : { description: child.description }),
        dueWorkingDays: child.dueWorkingDays,
      };
    });
    return this.cases.send(caseId, { type: 'SplitCase', children: opened }, metadata);
  }
}
