import { Command } from '@nestjs/cqrs';
import { TaskCommand } from '@app/supervision';
import { CommandMetadata } from '@app/workflow-runtime';
import type { RoundBoundTaskCommand, TaskCommandOutcome } from '../task-commands';

type WithoutRoundStatus<C> = C extends RoundBoundTaskCommand ? Omit<C, 'roundStatus'> : C;

/**
 * A step of a task's inspection that needs nothing beyond the task and its round: open it, record
 * the acting inspector's scores, submit it, close it, reopen it with a reason. The use case adds
 * the round's status where the round's rules apply; who may take which step, and when, is the
 * task decider's to say.
 */
export type TaskStep = WithoutRoundStatus<Extract<TaskCommand, { type: 'OpenTask' | 'RecordScores' | 'SubmitTask' | 'CloseTask' | 'ReopenTask' }>>;

export class TakeTaskStep extends Command<TaskCommandOutcome> {
  constructor(
    readonly taskId: string,
    readonly step: TaskStep,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
