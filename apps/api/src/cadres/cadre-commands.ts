import { Inject, Injectable, Logger } from '@nestjs/common';
import { ProjectionRuntime } from '@app/projections';
import { CadreHistory, cadreHistoryQuery } from '@app/read-models';
import { CadreCommand, CadreNotFound, CadreState, cadreStreamId } from '@app/supervision';
import { CommandMetadata, CommandResult, ProcessManagerRunner, WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';

/** What a cadre command answers: the person and the result, with their history after it. */
export interface CadreOutcome {
  readonly personId: string;
  readonly result: CommandResult<CadreHistory>;
}

/**
 * Sends a command to a person's monitoring stream, then its follow-ups (an adjustment's change of
 * the village's responsible person), and answers with the person's history (kept inline, so it
 * holds the command's events and, when the follow-up went through, the changed term).
 */
@Injectable()
export class CadreCommands {
  private readonly logger = new Logger(CadreCommands.name);
  private readonly cadres: WorkflowHandle<CadreState, CadreCommand>;

  constructor(
    @Inject(WorkflowEngine) engine: WorkflowEngine,
    @Inject(ProcessManagerRunner) private readonly processManagers: ProcessManagerRunner,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
  ) {
    this.cadres = engine.workflow<CadreState, CadreCommand>('cadre');
  }

  async send(personId: string, command: CadreCommand, metadata: CommandMetadata, orgUnitId: string): Promise<CadreOutcome> {
    const result = await this.cadres.handle(cadreStreamId(personId), command, { ...metadata, orgUnitId });
    try {
      await this.processManagers.dispatch(result.events);
    } catch (error) {
      // The command itself is committed; its follow-up effects are retried by the process managers.
      this.logger.warn({ message: 'follow-up of a cadre command failed; left to the process managers', personId, error: String(error) });
    }
    return { personId, result: { ...result, state: await this.history(personId) } };
  }

  /** The person's history; CADRE_NOT_FOUND for someone who never held a role nor was recorded on. */
  async history(personId: string): Promise<CadreHistory> {
    const history = await cadreHistoryQuery(this.projections.dataSource, personId);
    if (history === undefined) throw new CadreNotFound(personId);
    return history;
  }
}
