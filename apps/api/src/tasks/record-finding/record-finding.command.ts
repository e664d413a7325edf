import { Command } from '@nestjs/cqrs';
import { FindingSeverity } from '@app/supervision';
import { CommandMetadata } from '@app/workflow-runtime';
import type { TaskCommandOutcome } from '../task-commands';

/** A problem an inspector found at the task's target unit or a unit below it. */
export interface Finding {
  readonly title: string;
  readonly description: string;
  readonly severity: FindingSeverity;
  readonly unitId: string;
  /** Evidence put in before, by hash. */
  readonly attachments?: ReadonlyArray<{ readonly sha256: string; readonly name: string }>;
}

export class RecordFindingCommand extends Command<TaskCommandOutcome> {
  constructor(
    readonly taskId: string,
    readonly finding: Finding,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
