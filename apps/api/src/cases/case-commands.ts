import { Inject, Injectable, Logger } from '@nestjs/common';
import { CaseView } from '@app/read-models';
import { assertWithinOrgScope, CaseCommand, CaseNotFound, CaseState, caseStreamId, ExistingCase } from '@app/supervision';
import { CommandMetadata, CommandResult, ProcessManagerRunner, WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';
import { CaseViews } from './case-views';

/** What a case command answers: the case it concerns and the command's result, the case shown as its view. */
export interface CaseCommandOutcome {
  readonly caseId: string;
  readonly result: CommandResult<CaseView>;
}

/**
 * Sends a command to one case, as every use case on an existing case does: the case is loaded
 * once, by the engine, and the command is refused unless it exists (CASE_NOT_FOUND) and lies in
 * the actor's org scope (OUT_OF_SCOPE); its events name the case's unit for the audit trail.
 * Effects that belong to other cases (a split opens children; a child's closing is recorded on its
 * parent) are sent at once, so the caller sees them; the process managers behind them would send
 * them otherwise, and send nothing twice.
 */
@Injectable()
export class CaseCommands {
  private readonly logger = new Logger(CaseCommands.name);
  private readonly cases: WorkflowHandle<CaseState, CaseCommand>;

  constructor(
    @Inject(WorkflowEngine) engine: WorkflowEngine,
    @Inject(ProcessManagerRunner) private readonly processManagers: ProcessManagerRunner,
    @Inject(CaseViews) private readonly views: CaseViews,
  ) {
    this.cases = engine.workflow<CaseState, CaseCommand>('case');
  }

  async send(caseId: string, command: CaseCommand, metadata: CommandMetadata): Promise<CaseCommandOutcome> {
    const result = await this.cases.handle(caseStreamId(caseId), command, metadata, {
      authorize: (state) => assertWithinOrgScope(metadata.actor, existingCase(caseId, state).unitChain),
      orgUnitOf: (state) => existingCase(caseId, state).responsibleUnitId,
    });
    try {
      await this.processManagers.dispatch(result.events);
    } catch (error) {
      // The command itself is committed; its follow-up effects are retried by the process managers.
      this.logger.warn({ message: 'follow-up of a case command failed; left to the process managers', caseId, error: String(error) });
    }
    return { caseId, result: { ...result, state: await this.views.of(existingCase(caseId, result.state)) } };
  }
}

/** The case, or CASE_NOT_FOUND when nothing was ever opened under its id. */
export function existingCase(caseId: string, state: CaseState): ExistingCase {
  if (state.status === 'unopened') throw new CaseNotFound(caseId);
  return state;
}
