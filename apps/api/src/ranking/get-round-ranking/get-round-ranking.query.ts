import { Query } from '@nestjs/cqrs';
import type { RoundRankingView } from '@app/read-models';

/**
 * 区县比看 of a scored round as people are shown it: its publication in force at `asOf` once
 * published, the live computation from the facts before (now when `asOf` is absent).
 */
export class GetRoundRankingQuery extends Query<RoundRankingView> {
  constructor(
    readonly roundId: string,
    readonly asOf?: Date,
  ) {
    super();
  }
}
