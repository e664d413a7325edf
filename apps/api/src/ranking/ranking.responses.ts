import { ApiProperty } from '@nestjs/swagger';
import { ROUND_KINDS, RoundKind, SCORING_METHODS } from '@app/supervision';

/* What the ranking routes answer, for the OpenAPI document (the shapes are @app/read-models' views). */

export class PublicationResponse {
  @ApiProperty({ description: '1 for the publication, 2, 3, … for each republication' }) version!: number;
  @ApiProperty({ description: 'when this version was published' }) publishedAt!: string;
  @ApiProperty({ nullable: true, type: String, description: 'who published it (null only for rounds published before publications were kept)' })
  publishedBy!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'why it was republished; null for the first publication' }) reason!: string | null;
}

export class CountyNameResponse {
  @ApiProperty({ example: 'anji' }) countyId!: string;
  @ApiProperty({ example: '安吉县', nullable: true, type: String }) countyName!: string | null;
}

export class RankingEntryResponse extends CountyNameResponse {
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

export class RoundRankingResponse {
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

export class TrendPointResponse {
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

export class CountyTrendResponse {
  @ApiProperty() countyId!: string;
  @ApiProperty({ nullable: true, type: String }) countyName!: string | null;
  @ApiProperty({ enum: ROUND_KINDS }) kind!: RoundKind;
  @ApiProperty({ nullable: true, type: String }) asOf!: string | null;
  @ApiProperty({ type: [TrendPointResponse], description: 'the published rounds of the kind, in publish order, each as published (the version in force at asOf)' })
  points!: TrendPointResponse[];
}
