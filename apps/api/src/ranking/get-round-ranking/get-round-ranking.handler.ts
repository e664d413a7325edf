import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RankingQuery, RoundRankingView } from '@app/read-models';
import { GetRoundRankingQuery } from './get-round-ranking.query';

@QueryHandler(GetRoundRankingQuery)
export class GetRoundRankingHandler implements IQueryHandler<GetRoundRankingQuery, RoundRankingView> {
  constructor(@Inject(RankingQuery) private readonly ranking: RankingQuery) {}

  execute({ roundId, asOf }: GetRoundRankingQuery): Promise<RoundRankingView> {
    return this.ranking.rankingOf(roundId, asOf);
  }
}
