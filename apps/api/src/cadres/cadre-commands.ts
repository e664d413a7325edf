import { Inject, Injectable } from '@nestjs/common';
import { ProjectionRuntime } from '@app/projections';
import { CadreHistory, cadreHistoryQuery } from '@app/read-models';
import { CadreCommand, CadreNotFound, CadreState, cadreStreamId } from '@app/supervision';
import { CommandMetadata, CommandResult, WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';

/** What a cadre command answers: the person and the result, with their history after it. */
export interface CadreOutcome {
  readonly personId: string;
  readonly result: CommandResult<CadreHistory>;
}

/** Sends a command to a person's monitoring stream and answers with their history (kept inline, so it holds the command's events). */
@Injectable()
export class CadreCommands {
  private readonly cadres: WorkflowHandle<CadreState, CadreCommand>;

  constructor(
    @Inject(WorkflowEngine) engine: WorkflowEngine,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
  ) {
    this.cadres = engine.workflow<CadreState, CadreCommand>('cadre');
  }

  async send(personId: string, command: CadreCommand, metadata: CommandMetadata, orgUnitId: string): Promise<CadreOutcome> {
    const result = await this.cadres.handle(cadreStreamId(personId), command, { ...metadata, orgUnitId });
    return { personId, result: { ...result, state: await this.history(personId) } };
  }

  /** The person's history; CADRE_NOT_FOUND for someone who never held a role nor was recorded on. */
  async history(personId: string): Promise<CadreHistory> {
    const history = await cadreHistoryQuery(this.projections.dataSource, personId);
    if (history === undefined) throw new CadreNotFound(personId);
    return history;
  }
}
