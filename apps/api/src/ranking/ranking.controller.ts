import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/auth';
import { CountyTrendView, RoundRankingView } from '@app/read-models';
import { GetCountyTrendQuery } from './get-county-trend/get-county-trend.query';
import { GetLiveRankingQuery } from './get-live-ranking/get-live-ranking.query';
import { GetRoundRankingQuery } from './get-round-ranking/get-round-ranking.query';
import { FROZEN_NOTE, INPUTS_HASH_RECIPE, LAG_NOTE } from './ranking.docs';
import { instantOf } from '../http/instant';
import { CountyTrendQuery, RankingAsOfQuery } from './ranking.requests';
import { CountyTrendResponse, RoundRankingResponse } from './ranking.responses';

/*
 * 区县比看 is a public comparison between counties: any signed-in user may read it, whatever their
 * role or unit. A published round answers with its publication in force (the figures its event
 * recorded); before that the figures are computed per request from the read model's facts as of
 * the instant asked (see @app/read-models ranking.query.ts for what counts, red cards included).
 * Each route hands one query to its use case (ranking/*).
 */
@ApiTags('ranking')
@ApiBearerAuth()
@Controller()
export class RankingController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Get('rounds/:id/ranking')
  @ApiOperation({
    summary: '区县比看: the county ranking of a scored round as published (or live before publication), optionally as of a past instant',
    description:
      'Rank, score (0–100, after red-card deductions), movement against the previous published round of the same kind (its publication in force), ' +
      'gap to the leader, method version and inputs hash. A red-card case counts once against its county when a red warning went up on it within the round’s ' +
      `window and by asOf. ${FROZEN_NOTE} ${LAG_NOTE} ${INPUTS_HASH_RECIPE}`,
  })
  @ApiOkResponse({ type: RoundRankingResponse })
  @ApiNotFoundResponse({ description: 'ROUND_NOT_FOUND (also when the round was planned after asOf)' })
  @ApiConflictResponse({ description: 'ROUND_NOT_RANKED: deep-research and major-inspection rounds rank nobody' })
  roundRanking(@Param('id') id: string, @Query() query: RankingAsOfQuery): Promise<RoundRankingView> {
    return this.queries.execute(new GetRoundRankingQuery(id, instantOf(query.asOf)));
  }

  @Get('rounds/:id/ranking/live')
  @Roles('admin')
  @ApiOperation({
    summary: 'The live computation of a scored round’s ranking from the facts, also after publication (admin)',
    description:
      'What a republication would publish now (or as of asOf): the same answer as GET /rounds/{id}/ranking before publication; after it, ' +
      `basis is "live" and publication names the version in force. ${LAG_NOTE}`,
  })
  @ApiOkResponse({ type: RoundRankingResponse })
  @ApiNotFoundResponse({ description: 'ROUND_NOT_FOUND (also when the round was planned after asOf)' })
  @ApiConflictResponse({ description: 'ROUND_NOT_RANKED: deep-research and major-inspection rounds rank nobody' })
  liveRanking(@Param('id') id: string, @Query() query: RankingAsOfQuery): Promise<RoundRankingView> {
    return this.queries.execute(new GetLiveRankingQuery(id, instantOf(query.asOf)));
  }

  @Get('counties/:id/trend')
  @ApiOperation({
    summary: 'A county’s rank and score across the published rounds of one kind, in publish order',
    description: `Each point is the round’s publication in force at asOf (now when absent), as GET /rounds/{id}/ranking gives it.`,
  })
  @ApiOkResponse({ type: CountyTrendResponse })
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND' })
  @ApiConflictResponse({ description: 'NOT_A_COUNTY; ROUND_KIND_NOT_RANKED: deep-research and major-inspection rounds rank nobody' })
  countyTrend(@Param('id') id: string, @Query() query: CountyTrendQuery): Promise<CountyTrendView> {
    return this.queries.execute(new GetCountyTrendQuery(id, query.kind, instantOf(query.asOf)));
  }
}
