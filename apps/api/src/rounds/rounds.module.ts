import { Module } from '@nestjs/common';
import { DutyReviewsModule } from '../duty-reviews/duty-reviews.module';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { GetRoundHandler } from './get-round/get-round.handler';
import { ListRoundsHandler } from './list-rounds/list-rounds.handler';
import { PlanRoundHandler } from './plan-round/plan-round.handler';
import { PublishRoundHandler } from './publish-round/publish-round.handler';
import { RepublishRankingHandler } from './republish-ranking/republish-ranking.handler';
import { RoundCommands } from './round-commands';
import { RoundRankings } from './round-rankings';
import { RoundsController } from './rounds.controller';
import { TakeRoundStepHandler } from './take-round-step/take-round-step.handler';

/** Supervision rounds (督查轮次): their routes and use cases, publication with its ranking included. */
@Module({
  imports: [OrgUnitsModule, DutyReviewsModule],
  controllers: [RoundsController],
  providers: [RoundCommands, RoundRankings, PlanRoundHandler, TakeRoundStepHandler, PublishRoundHandler, RepublishRankingHandler, ListRoundsHandler, GetRoundHandler],
  exports: [RoundRankings],
})
export class RoundsModule {}
