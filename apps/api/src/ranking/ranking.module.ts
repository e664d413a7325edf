import { Module } from '@nestjs/common';
import { ProjectionRuntime } from '@app/projections';
import { RankingQuery, rankingQuery } from '@app/read-models';
import { GetCountyTrendHandler } from './get-county-trend/get-county-trend.handler';
import { GetLiveRankingHandler } from './get-live-ranking/get-live-ranking.handler';
import { GetRoundRankingHandler } from './get-round-ranking/get-round-ranking.handler';
import { RankingController } from './ranking.controller';

/** County ranking (区县比看): the ranking and a county's trend (publishing it is the rounds'). */
@Module({
  controllers: [RankingController],
  providers: [
    { provide: RankingQuery, inject: [ProjectionRuntime], useFactory: (runtime: ProjectionRuntime) => rankingQuery(runtime) },
    GetRoundRankingHandler,
    GetLiveRankingHandler,
    GetCountyTrendHandler,
  ],
})
export class RankingModule {}
