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
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { CountyTrendView, RankingQuery, RoundRankingView } from '@app/read-models';
import { ROUND_KINDS, RoundKind, SCORING_METHODS } from '@app/supervision';

/** An instant with its offset: a bare date or local time would be read in the server's zone. */
const INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

export class RankingAsOfQuery {
  @ApiPropertyOptional({
    description: 'answer as the ranking stood at this instant (ISO 8601 with Z or an offset); everything recorded so far when absent',
    example: '2026-09-30T16:00:00Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(INSTANT_WITH_OFFSET, { message: 'asOf must be an ISO 8601 instant with Z or an offset, e.g. 2026-09-30T16:00:00Z' })
  asOf?: string;
}

export class CountyTrendQuery extends RankingAsOfQuery {
  @ApiProperty({ enum: ROUND_KINDS, description: 'the kind of round to follow (walk-see-compete or quarterly-theme rank counties)' })
  @IsIn(ROUND_KINDS)
  kind!: RoundKind;
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
  @ApiProperty({ nullable: true, type: String }) publishedAt!: string | null;
  @ApiProperty({ enum: SCORING_METHODS }) method!: string;
  @ApiProperty({ description: 'points off per red-card case' }) perRedCase!: number;
  @ApiProperty() rubricVersion!: number;
  @ApiProperty({ example: 'county-ranking/v1/mean', description: 'the rules that produced the figures' }) methodVersion!: string;
  @ApiProperty({ description: 'SHA-256 of the canonical inputs (rubric, sheets, red cases, previous ranks): anyone holding them can recompute the ranking' })
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
  @ApiProperty() publishedAt!: string;
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
  @ApiProperty({ type: [TrendPointResponse], description: 'the published rounds of the kind, in publish order' }) points!: TrendPointResponse[];
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
  'Read from the county-ranking read model, which an async projector keeps: a score recorded a moment ago may not be in it yet ' +
  '(the projector’s lag is on GET /admin/projections/county-ranking).';

/*
 * 区县比看 is a public comparison between counties: any signed-in user may read it, whatever their
 * role or unit. The figures are computed per request from the read model's facts as of the
 * instant asked (see @app/read-models ranking.query.ts for what counts, red cards included), so
 * they may lag the log by the projector's lag.
 */
@ApiTags('ranking')
@ApiBearerAuth()
@Controller()
export class RankingController {
  constructor(@Inject(RankingQuery) private readonly ranking: RankingQuery) {}

  @Get('rounds/:id/ranking')
  @ApiOperation({
    summary: '区县比看: the county ranking of a scored round, optionally as of a past instant',
    description:
      'Rank, score (0–100, after red-card deductions), movement against the previous published round of the same kind, gap to the leader, ' +
      'method version and inputs hash. A red-card case counts once against its county when a red warning went up on it within the round’s ' +
      `window and by asOf. ${LAG_NOTE}`,
  })
  @ApiOkResponse({ type: RoundRankingResponse })
  @ApiNotFoundResponse({ description: 'ROUND_NOT_FOUND (also when the round was planned after asOf)' })
  @ApiConflictResponse({ description: 'ROUND_NOT_RANKED: deep-research and major-inspection rounds rank nobody' })
  roundRanking(@Param('id') id: string, @Query() query: RankingAsOfQuery): Promise<RoundRankingView> {
    return this.ranking.rankingOf(id, instantOf(query.asOf));
  }

  @Get('counties/:id/trend')
  @ApiOperation({
    summary: 'A county’s rank and score across the published rounds of one kind, in publish order',
    description: `Each point is the round’s ranking as of asOf (everything so far when absent), as GET /rounds/:id/ranking gives it. ${LAG_NOTE}`,
  })
  @ApiOkResponse({ type: CountyTrendResponse })
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND' })
  @ApiConflictResponse({ description: 'NOT_A_COUNTY; ROUND_KIND_NOT_RANKED: deep-research and major-inspection rounds rank nobody' })
  countyTrend(@Param('id') id: string, @Query() query: CountyTrendQuery): Promise<CountyTrendView> {
    return this.ranking.trendOf(id, query.kind, instantOf(query.asOf));
  }
}
