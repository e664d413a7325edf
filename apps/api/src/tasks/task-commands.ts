import { Inject, Injectable } from '@nestjs/common';
import { ProjectionRuntime } from '@app/projections';
import { taskRoundIdQuery } from '@app/read-models';
import { ExistingTask, RoundCommand, RoundState, RoundStatus, roundStreamId, TaskCommand, TaskNotFound, TaskState, taskStreamId } from '@app/supervision';
import { CommandMetadata, CommandResult, WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';

/** What a task command answers: the task it concerns and the command's result. */
export interface TaskCommandOutcome {
  readonly taskId: string;
  readonly result: CommandResult<TaskState>;
}

/** The task commands the round's rules apply to: they carry the status of the task's round. */
export type RoundBoundTaskCommand = Extract<TaskCommand, { readonly roundStatus: RoundStatus }>;

/** The task, or TASK_NOT_FOUND when nothing was ever assigned under its id. */
export function existingTask(taskId: string, state: TaskState): ExistingTask {
  if (state.status === 'unassigned') throw new TaskNotFound(taskId);
  return state;
}

/**
 * Sends a command to one task, as every use case on an existing task does: the task is loaded
 * once, by the engine, and the command is refused unless it exists (TASK_NOT_FOUND); its events
 * name the task's target unit for the audit trail. Who may act (an assigned inspector, an admin)
 * is the task decider's to say.
 */
@Injectable()
export class TaskCommands {
  private readonly tasks: WorkflowHandle<TaskState, TaskCommand>;
  private readonly rounds: WorkflowHandle<RoundState, RoundCommand>;

  constructor(
    @Inject(WorkflowEngine) engine: WorkflowEngine,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
  ) {
    this.tasks = engine.workflow<TaskState, TaskCommand>('task');
    this.rounds = engine.workflow<RoundState, RoundCommand>('round');
  }

  async send(taskId: string, command: TaskCommand, metadata: CommandMetadata): Promise<TaskCommandOutcome> {
    const result = await this.tasks.handle(taskStreamId(taskId), command, metadata, {
      authorize: (state) => existingTask(taskId, state),
      orgUnitOf: (state) => existingTask(taskId, state).targetUnitId,
    });
    return { taskId, result };
  }

  /**
   * Sends a command the round's rules apply to, with the status of the task's round now, read
   * from the round's stream. The task board names the round (a task's round never changes), so
   * the task's own stream is read only by the engine; a task the board does not hold is
   * TASK_NOT_FOUND. The decider applies the rules, after answering a retry from the log.
   */
  async sendWithRoundStatus(taskId: string, command: (roundStatus: RoundStatus) => RoundBoundTaskCommand, metadata: CommandMetadata): Promise<TaskCommandOutcome> {
    const roundId = await taskRoundIdQuery(this.projections.dataSource, taskId);
    if (roundId === undefined) throw new TaskNotFound(taskId);
    const round = await this.rounds.load(roundStreamId(roundId));
    return this.send(taskId, command(round.state.status), metadata);
  }
}
