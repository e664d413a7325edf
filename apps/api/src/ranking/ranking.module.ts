import { Module } from '@nestjs/common';
import { ProjectionRuntime } from '@app/projections';
import { RankingQuery, rankingQuery } from '@app/read-models';
import { GetCountyTrendHandler } from './get-county-trend/get-county-trend.handler';
import { GetLiveRankingHandler } from './get-live-ranking/get-live-ranking.handler';
import { GetRoundRankingHandler } from './get-round-ranking/get-round-ranking.handler';
import { RankingRepublicationController } from './ranking-republication.controller';
import { RankingController } from './ranking.controller';
import { RoundPublicationHandler } from './round-publication.handler';

/** County ranking (区县比看): its publication and republication, the ranking and a county's trend. */
@Module({
  controllers: [RankingController, RankingRepublicationController],
  providers: [
    { provide: RankingQuery, inject: [ProjectionRuntime], useFactory: (runtime: ProjectionRuntime) => rankingQuery(runtime.dataSource) },
    RoundPublicationHandler,
    GetRoundRankingHandler,
    GetLiveRankingHandler,
    GetCountyTrendHandler,
  ],
  exports: [RoundPublicationHandler],
})
export class RankingModule {}
