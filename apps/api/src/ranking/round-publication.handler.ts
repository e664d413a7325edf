import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, PostgresEventStore } from '@app/event-store';
import { rankingToPublish } from '@app/read-models';
import { CountyRanking, isScoredRoundKind, RoundCommand, RoundNotFound, RoundState, roundStreamId } from '@app/supervision';
import { CommandMetadata, CommandResult, WorkflowEngine } from '@app/workflow-runtime';

/**
 * Publishing and republishing a round (区县比看 results out): computes the live ranking over
 * everything committed before the command and hands it to the round's decider, which records it
 * in the event, so the log holds what people are shown. The rules (published only after scoring
 * closed, republished only for a reason and only when something changed, archived rankings final)
 * are the decider's; a retry with the same Idempotency-Key gets the first answer from the log,
 * whatever the round's state now.
 */
@Injectable()
export class RoundPublicationHandler {
  constructor(
    @Inject(WorkflowEngine) private readonly engine: WorkflowEngine,
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
  ) {}

  async publish(roundId: string, metadata: CommandMetadata): Promise<CommandResult<RoundState>> {
    const ranking = await this.rankingToRecord(roundId);
    return this.engine.handle<RoundState, RoundCommand>('round', roundStreamId(roundId), { type: 'PublishRound', ranking }, metadata);
  }

  async republish(roundId: string, reason: string, metadata: CommandMetadata): Promise<CommandResult<RoundState>> {
    const ranking = await this.rankingToRecord(roundId);
    return this.engine.handle<RoundState, RoundCommand>('round', roundStreamId(roundId), { type: 'RepublishRanking', reason, ranking }, metadata);
  }

  /** The live ranking a publication of the round records; null for a round that ranks nobody. */
  async rankingToRecord(roundId: string): Promise<CountyRanking | null> {
    const { state } = await this.engine.load<RoundState>('round', roundStreamId(roundId));
    if (state.status === 'unplanned') throw new RoundNotFound(roundId);
    return isScoredRoundKind(state.kind) ? rankingToPublish(this.store, roundId) : null;
  }
}
