import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { ProjectionRuntime } from '@app/projections';
import { decodeListCursor, encodeListCursor, roundProgressQuery } from '@app/read-models';
import { RoundCommand, RoundState, roundStreams } from '@app/supervision';
import { WorkflowEngine, WorkflowHandle } from '@app/workflow-runtime';
import { ExistingRound } from '../round-commands';
import { ListRoundsQuery, RoundPage } from './list-rounds.query';

/** The name round list cursors are tagged with. */
const ROUND_LIST = 'rounds';
/** The category of the round streams in the store. */

/** A page of the round streams (in stream id order), each round folded from its stream, with the task board's progress. */
@QueryHandler(ListRoundsQuery)
export class ListRoundsHandler implements IQueryHandler<ListRoundsQuery, RoundPage> {
  private readonly rounds: WorkflowHandle<RoundState, RoundCommand>;

  constructor(
    @Inject(WorkflowEngine) engine: WorkflowEngine,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
  ) {
    this.rounds = engine.workflow<RoundState, RoundCommand>('round');
  }

  async execute({ page: { cursor, limit } }: ListRoundsQuery): Promise<RoundPage> {
    const after = cursor === undefined ? undefined : decodeListCursor(ROUND_LIST, cursor);
    const streams = await this.store.listStreams(roundStreams.category, { ...(after === undefined ? {} : { after }), limit });
    const loaded = await Promise.all(streams.map(async ({ streamId }) => (await this.rounds.load(streamId)).state));
    // A round stream holds events, the first of which plans the round.
    const rounds = loaded.filter((round): round is ExistingRound => round.status !== 'unplanned');
    const progress = await roundProgressQuery(
      this.projections.dataSource,
      rounds.map((round) => round.roundId),
    );
    return {
      items: rounds.map((round) => ({ ...round, progress: progress.get(round.roundId)! })),
      nextCursor: streams.length === limit ? encodeListCursor(ROUND_LIST, streams[streams.length - 1]!.streamId) : null,
    };
  }
}
