import { Command } from '@nestjs/cqrs';
import { CommandMetadata } from '@app/workflow-runtime';
import type { CaseCommandOutcome } from '../case-commands';

/** One part of a case passed to a unit below it (逐级传导压力). */
export interface ChildCase {
  readonly unitId: string;
  readonly title: string;
  /** The parent's description is shared when absent. */
  readonly description?: string;
  readonly dueWorkingDays: number;
}

export class SplitCaseCommand extends Command<CaseCommandOutcome> {
  constructor(
    readonly caseId: string,
    readonly children: readonly ChildCase[],
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
