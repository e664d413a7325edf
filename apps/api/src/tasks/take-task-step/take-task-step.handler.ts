import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TaskCommandOutcome, TaskCommands } from '../task-commands';
import { TakeTaskStep } from './take-task-step.command';

@CommandHandler(TakeTaskStep)
export class TakeTaskStepHandler implements ICommandHandler<TakeTaskStep, TaskCommandOutcome> {
  constructor(@Inject(TaskCommands) private readonly tasks: TaskCommands) {}

  execute({ taskId, step, metadata }: TakeTaskStep): Promise<TaskCommandOutcome> {
    // Submitting and closing add nothing the ranking or the cases rest on: they are taken whatever the round's status.
    if (step.type === 'SubmitTask' || step.type === 'CloseTask') return this.tasks.send(taskId, step, metadata);
    return this.tasks.sendWithRoundStatus(taskId, (roundStatus) => ({ ...step, roundStatus }), metadata);
  }
}
