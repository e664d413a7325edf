import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProjectionRuntime } from '@app/projections';
import { roundProgressQuery } from '@app/read-models';
import { RoundCommand, RoundState, roundStreamId } from '@app/supervision';
import { WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';
import { existingRound } from '../round-commands';
import { RoundView } from '../round-views';
import { GetRoundQuery } from './get-round.query';

/** The round from its stream (the freshest there is), ROUND_NOT_FOUND when none was planned under the id. */
@QueryHandler(GetRoundQuery)
export class GetRoundHandler implements IQueryHandler<GetRoundQuery, { version: number; view: RoundView }> {
  private readonly rounds: WorkflowHandle<RoundState, RoundCommand>;

  constructor(
    @Inject(WorkflowEngine) engine: WorkflowEngine,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
  ) {
    this.rounds = engine.workflow<RoundState, RoundCommand>('round');
  }

  async execute({ roundId }: GetRoundQuery): Promise<{ version: number; view: RoundView }> {
    const loaded = await this.rounds.load(roundStreamId(roundId));
    const round = existingRound(roundId, loaded.state);
    const progress = await roundProgressQuery(this.projections.dataSource, [roundId]);
    return { version: loaded.version, view: { ...round, progress: progress.get(roundId)! } };
  }
}
