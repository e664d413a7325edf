import { Query } from '@nestjs/cqrs';
import type { RoundRankingView } from '@app/read-models';

/** The live computation of a scored round's ranking from the facts at `asOf` (now when absent), also after publication: what a republication would record. */
export class GetLiveRankingQuery extends Query<RoundRankingView> {
  constructor(
    readonly roundId: string,
    readonly asOf?: Date,
  ) {
    super();
  }
}
