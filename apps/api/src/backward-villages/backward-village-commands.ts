import { Inject, Injectable } from '@nestjs/common';
import { ProjectionRuntime } from '@app/projections';
import { backwardVillageQuery, BackwardVillageView } from '@app/read-models';
import { BackwardVillageCommand, BackwardVillageNotFound, BackwardVillageState, backwardVillageStreamId } from '@app/supervision';
import { CommandMetadata, CommandResult, WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';

/** What a backward-village command answers: the listing it concerns and the result, with the listing as the list shows it after. */
export interface BackwardVillageOutcome {
  readonly listingId: string;
  readonly result: CommandResult<BackwardVillageView>;
}

/**
 * Sends a command to one listing and answers with the listing as the list shows it (kept inline,
 * so it holds the command's events). A step on a listing that was never made is
 * BACKWARD_VILLAGE_NOT_FOUND; who may take which step is the decider's to say.
 */
@Injectable()
export class BackwardVillageCommands {
  private readonly listings: WorkflowHandle<BackwardVillageState, BackwardVillageCommand>;

  constructor(
    @Inject(WorkflowEngine) engine: WorkflowEngine,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
  ) {
    this.listings = engine.workflow<BackwardVillageState, BackwardVillageCommand>('backward-village');
  }

  async send(listingId: string, command: BackwardVillageCommand, metadata: CommandMetadata, orgUnitId?: string): Promise<BackwardVillageOutcome> {
    const result = await this.listings.handle(backwardVillageStreamId(listingId), command, orgUnitId === undefined ? metadata : { ...metadata, orgUnitId }, {
      authorize: (state) => {
        if (command.type !== 'ListBackwardVillage' && state.status === 'unlisted') throw new BackwardVillageNotFound(listingId);
      },
      orgUnitOf: (state) => (state.status === 'unlisted' ? orgUnitId : state.unitId),
    });
    return { listingId, result: { ...result, state: await this.view(listingId) } };
  }

  async view(listingId: string): Promise<BackwardVillageView> {
    const found = await backwardVillageQuery(this.projections.dataSource, listingId);
    if (found === undefined) throw new BackwardVillageNotFound(listingId);
    return found.view;
  }
}
