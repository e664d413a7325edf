import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { RankingQuery, RoundRankingView } from '@app/read-models';
import { GetLiveRankingQuery } from './get-live-ranking.query';

@QueryHandler(GetLiveRankingQuery)
export class GetLiveRankingHandler implements IQueryHandler<GetLiveRankingQuery, RoundRankingView> {
  constructor(@Inject(RankingQuery) private readonly ranking: RankingQuery) {}

  execute({ roundId, asOf }: GetLiveRankingQuery): Promise<RoundRankingView> {
    return this.ranking.liveRankingOf(roundId, asOf);
  }
}
