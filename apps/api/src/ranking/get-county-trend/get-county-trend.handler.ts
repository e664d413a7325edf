import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CountyTrendView, RankingQuery } from '@app/read-models';
import { GetCountyTrendQuery } from './get-county-trend.query';

@QueryHandler(GetCountyTrendQuery)
export class GetCountyTrendHandler implements IQueryHandler<GetCountyTrendQuery, CountyTrendView> {
  constructor(@Inject(RankingQuery) private readonly ranking: RankingQuery) {}

  execute({ countyId, kind, asOf }: GetCountyTrendQuery): Promise<CountyTrendView> {
    return this.ranking.trendOf(countyId, kind, asOf);
  }
}
