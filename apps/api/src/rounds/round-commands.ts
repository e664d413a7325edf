import { Inject, Injectable, Logger } from '@nestjs/common';
import { RoundCommand, RoundNotFound, RoundState, roundStreamId } from '@app/supervision';
import { CommandMetadata, CommandResult, ProcessManagerRunner, WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';

/** What a round command answers: the round it concerns and the command's result. */
export interface RoundCommandOutcome {
  readonly roundId: string;
  readonly result: CommandResult<RoundState>;
}

export type ExistingRound = Exclude<RoundState, { status: 'unplanned' }>;

/** The round, or ROUND_NOT_FOUND when nothing was ever planned under its id. */
export function existingRound(roundId: string, state: RoundState): ExistingRound {
  if (state.status === 'unplanned') throw new RoundNotFound(roundId);
  return state;
}

/**
 * Sends a command to one round, as every use case on an existing round does: the round is loaded
 * once, by the engine, and the command is refused unless the round exists (ROUND_NOT_FOUND). Which
 * step is allowed when, and to whom, is the round decider's to say. Effects on other streams (a
 * duty review's villages listed as 后进 on publication) are sent at once, so the caller sees them;
 * the process managers behind them would send them otherwise, and send nothing twice.
 */
@Injectable()
export class RoundCommands {
  private readonly logger = new Logger(RoundCommands.name);
  private readonly rounds: WorkflowHandle<RoundState, RoundCommand>;

  constructor(
    @Inject(WorkflowEngine) engine: WorkflowEngine,
    @Inject(ProcessManagerRunner) private readonly processManagers: ProcessManagerRunner,
  ) {
    this.rounds = engine.workflow<RoundState, RoundCommand>('round');
  }

  async send(roundId: string, command: RoundCommand, metadata: CommandMetadata): Promise<RoundCommandOutcome> {
    const result = await this.rounds.handle(roundStreamId(roundId), command, metadata, { authorize: (state) => existingRound(roundId, state) });
    try {
      await this.processManagers.dispatch(result.events);
    } catch (error) {
      // The command itself is committed; its follow-up effects are retried by the process managers.
      this.logger.warn({ message: 'follow-up of a round command failed; left to the process managers', roundId, error: String(error) });
    }
    return { roundId, result };
  }
}
