import { Module } from '@nestjs/common';
import { ProjectionRuntime } from '@app/projections';
import { RankingQuery, rankingQuery } from '@app/read-models';
import { RankingController } from './ranking.controller';
import { RoundPublicationHandler } from './round-publication.handler';

/** County ranking (区县比看): its publication and republication, the ranking and a county's trend. */
@Module({
  controllers: [RankingController],
  providers: [
    { provide: RankingQuery, inject: [ProjectionRuntime], useFactory: (runtime: ProjectionRuntime) => rankingQuery(runtime.dataSource) },
    RoundPublicationHandler,
  ],
  exports: [RoundPublicationHandler],
})
export class RankingModule {}
