import { Module } from '@nestjs/common';
import { ProjectionRuntime } from '@app/projections';
import { RankingQuery, rankingQuery } from '@app/read-models';
import { RankingController } from './ranking.controller';

/** County ranking (区县比看): the ranking and a county's trend (publishing it is the rounds'). */
@Module({
  controllers: [RankingController],
  providers: [
    { provide: RankingQuery, inject: [ProjectionRuntime], useFactory: (runtime: ProjectionRuntime) => rankingQuery(runtime.dataSource) },
  ],
})
export class RankingModule {}
