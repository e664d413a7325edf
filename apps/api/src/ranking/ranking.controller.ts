import { BadRequestException, Controller, Get, Inject, Param, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsInstant } from '../http/instant';
import { Roles } from '@app/auth';
import { CountyTrendView, RankingQuery, RoundRankingView } from '@app/read-models';
import { ROUND_KINDS, RoundKind, SCORING_METHODS } from '@app/supervision';


export class RankingAsOfQuery {
  @ApiPropertyOptional({
    description: 'answer as the ranking stood at this instant (ISO 8601 with Z or an offset); everything recorded so far when absent',
    example: '2026-09-30T16:00:00Z',
  })
  @IsOptional()
  @IsInstant()
  asOf?: string;
}

export class CountyTrendQuery extends RankingAsOfQuery {
  @ApiProperty({ enum: ROUND_KINDS, description: 'the kind of round to follow (walk-see-compete or quarterly-theme rank counties)' })
  @IsIn(ROUND_KINDS)
  kind!: RoundKind;
}

class PublicationResponse {
  @ApiProperty({ description: '1 for the publication, 2, 3, … for each republication' }) version!: number;
  @ApiProperty({ description: 'when this version was published' }) publishedAt!: string;
  @ApiProperty({ nullable: true, type: String, description: 'who published it (null only for rounds published before publications were kept)' })
  publishedBy!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'why it was republished; null for the first publication' }) reason!: string | null;
}

class CountyNameResponse {
  @ApiProperty({ example: 'anji' }) countyId!: string;
  @ApiProperty({ example: '安吉县', nullable: true, type: String }) countyName!: string | null;
}

class RankingEntryResponse extends CountyNameResponse {
  @ApiProperty({ description: 'standard competition ranking (1224) on the score rounded to 2 decimals' }) rank!: number;
  @ApiProperty({ description: 'raw score minus deductions, 0–100 scale, 2 decimals' }) score!: number;
  @ApiProperty({ description: 'from the sheets by the round’s method, before deductions' }) rawScore!: number;
  @ApiProperty() deduction!: number;
  @ApiProperty({ description: 'red-card cases counted against the county in this round' }) redCases!: number;
  @ApiProperty({ description: 'inspectors’ sheets the score rests on' }) sheets!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'rank in the previous published round of the same kind' }) previousRank!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'previous rank minus this one: up is positive' }) movement!: number | null;
  @ApiProperty({ description: 'the leader’s score minus this one' }) gapToLeader!: number;
}

class RoundRankingResponse {
  @ApiProperty() roundId!: string;
  @ApiProperty({ enum: ['walk-see-compete', 'quarterly-theme'] }) kind!: RoundKind;
  @ApiProperty() title!: string;
  @ApiProperty({ example: '2026-Q3' }) period!: string;
  @ApiProperty({ enum: ['planned', 'active', 'scoring-closed', 'published', 'archived'], description: 'the round’s status at asOf' }) status!: string;
  @ApiProperty({ nullable: true, type: String, description: 'the instant answered for; null for everything recorded so far' }) asOf!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'when the round’s results first came out, if they had by asOf' }) publishedAt!: string | null;
  @ApiProperty({
    enum: ['publication', 'live'],
    description: 'what the figures are: the publication in force at asOf, or the live computation from the facts (before publication, and on /ranking/live)',
  })
  basis!: string;
  @ApiProperty({ type: PublicationResponse, nullable: true, description: 'the publication in force at asOf; null before the round was published' })
  publication!: PublicationResponse | null;
  @ApiProperty({
    nullable: true,
    type: Boolean,
    description: 'true when the live computation at asOf differs from the publication in force (facts arrived since, e.g. a red card inside the window): a republication would change it; null before publication',
  })
  changedSincePublication!: boolean | null;
  @ApiProperty({ enum: SCORING_METHODS }) method!: string;
  @ApiProperty({ description: 'points off per red-card case' }) perRedCase!: number;
  @ApiProperty() rubricVersion!: number;
  @ApiProperty({ example: 'county-ranking/v2/mean', description: 'the rules that produced the figures' }) methodVersion!: string;
  @ApiProperty({ description: 'SHA-256 (lowercase hex) of the canonical inputs: the recipe is in the description of GET /rounds/{id}/ranking' })
  inputsHash!: string;
  @ApiProperty({ nullable: true, type: String, description: 'the previous published round of the same kind, movement is measured against' })
  previousRoundId!: string | null;
  @ApiProperty({ type: [RankingEntryResponse] }) entries!: RankingEntryResponse[];
  @ApiProperty({ type: [CountyNameResponse], description: 'counties of the round with no score yet' }) unscored!: CountyNameResponse[];
}

class TrendPointResponse {
  @ApiProperty() roundId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() period!: string;
  @ApiProperty({ description: 'when the round’s results first came out' }) publishedAt!: string;
  @ApiProperty({ description: 'the version of its published ranking shown: the one in force at asOf' }) publicationVersion!: number;
  @ApiProperty() methodVersion!: string;
  @ApiProperty() inputsHash!: string;
  @ApiProperty({ enum: ['ranked', 'unscored', 'out-of-scope'] }) standing!: string;
  @ApiProperty() countiesRanked!: number;
  @ApiProperty({ nullable: true, type: Number }) rank!: number | null;
  @ApiProperty({ nullable: true, type: Number }) score!: number | null;
  @ApiProperty({ nullable: true, type: Number }) previousRank!: number | null;
  @ApiProperty({ nullable: true, type: Number }) movement!: number | null;
  @ApiProperty({ nullable: true, type: Number }) gapToLeader!: number | null;
  @ApiProperty() redCases!: number;
}

class CountyTrendResponse {
  @ApiProperty() countyId!: string;
  @ApiProperty({ nullable: true, type: String }) countyName!: string | null;
  @ApiProperty({ enum: ROUND_KINDS }) kind!: RoundKind;
  @ApiProperty({ nullable: true, type: String }) asOf!: string | null;
  @ApiProperty({ type: [TrendPointResponse], description: 'the published rounds of the kind, in publish order, each as published (the version in force at asOf)' })
  points!: TrendPointResponse[];
}

/** The instant of a validated `asOf`; one PostgreSQL cannot hold (before year 1) is bad input too. */
function instantOf(asOf: string | undefined): Date | undefined {
  if (asOf === undefined) return undefined;
  const instant = new Date(asOf);
  if (Number.isNaN(instant.getTime()) || instant.getUTCFullYear() < 1) {
    throw new BadRequestException({ code: 'VALIDATION_FAILED', message: 'The request is not valid', errors: [{ field: 'asOf', message: 'asOf is not a usable instant' }] });
  }
  return instant;
}

const LAG_NOTE =
  'A live computation reads the county-ranking read model, which an async projector keeps: a score recorded a moment ago may not be in it yet ' +
  '(the projector’s lag is on GET /admin/projections/county-ranking). A publication carries its own figures.';

const FROZEN_NOTE =
  'Once the round is published, the answer is its publication in force at asOf (now when absent): the figures recorded when it was published, ' +
  'whatever facts arrive later (a red card raised inside the window after publication, say), until an admin republishes (POST /rounds/{id}/republish, ' +
  'with a reason: a new version in `publication`). `changedSincePublication` tells whether the live computation has moved on since. ' +
  'Before publication, and as of an instant before it, the answer is the live computation from the facts as of then.';

/** How anyone recomputes `inputsHash` from what the API shows. Kept in step with `rankingInputsText` (@app/supervision). */
const INPUTS_HASH_RECIPE =
  'Inputs hash (method version v2): the SHA-256, in lowercase hex, of the UTF-8 text of one JSON object written in RFC 8785 canonical form ' +
  '(JCS: object keys sorted by UTF-16 code units at every level, no whitespace, numbers in their shortest form as JavaScript’s JSON.stringify writes them). ' +
  'Its members: ' +
  '`counties`: the round’s scopeCountyIds (GET /rounds/{id}), sorted; ' +
  '`methodVersion`: this answer’s methodVersion, e.g. "county-ranking/v2/mean"; ' +
  '`perRedCase`: the round’s scoringPolicy.deductions.perRedCase, 0 when absent; ' +
  '`previous`: null when previousRoundId is null, else {"ranks": {countyId: previousRank, for each entry whose previousRank is not null}, "roundId": previousRoundId}; ' +
  '`redCases`: {countyId: redCases, for each entry}; ' +
  '`rubric`: the round’s rubric.items as {"code", "maxScore", "weight"}, sorted by code; ' +
  '`sheets`: from GET /tasks?round={id} (every page, read by a user who sees every task: any role but official), for each task whose targetCountyId is in the scope, ' +
  'one sheet per inspector in its `scores`: {"countyId": targetCountyId, "inspectorId", "scores": [{"itemCode", "score"}] sorted by itemCode, "taskId"}, ' +
  'sorted by countyId, then taskId, then inspectorId. Strings sort by UTF-16 code units (JavaScript’s default sort). ' +
  'The tasks show their current scores, which no longer change once scoring is closed: they are the sheets of a published ranking; ' +
  'a live ranking as of a past instant rests on the scores recorded by then.';

/*
 * 区县比看 is a public comparison between counties: any signed-in user may read it, whatever their
 * role or unit. A published round answers with its publication in force (the figures its event
 * recorded); before that the figures are computed per request from the read model's facts as of
 * the instant asked (see @app/read-models ranking.query.ts for what counts, red cards included).
 */
@ApiTags('ranking')
@ApiBearerAuth()
@Controller()
export class RankingController {
  constructor(@Inject(RankingQuery) private readonly ranking: RankingQuery) {}

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
    return this.ranking.rankingOf(id, instantOf(query.asOf));
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
    return this.ranking.liveRankingOf(id, instantOf(query.asOf));
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
    return this.ranking.trendOf(id, query.kind, instantOf(query.asOf));
  }
}
