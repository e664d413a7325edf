import { Command } from '@nestjs/cqrs';
import { CommandMetadata } from '@app/workflow-runtime';
import type { TaskCommandOutcome } from '../task-commands';

/** Who inspects which unit in a round, and within how many working days. */
export interface TaskAssignment {
  readonly targetUnitId: string;
  readonly inspectorIds: readonly string[];
  readonly dueWorkingDays: number;
}

/** Assigns a round's task: one round × target unit, its inspectors and its deadline (admins). */
export class AssignTaskCommand extends Command<TaskCommandOutcome> {
  constructor(
    readonly roundId: string,
    readonly assignment: TaskAssignment,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
