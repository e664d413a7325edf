import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { DUTY_REVIEW_UNIT_KINDS, DutyReviewUnitKind, MAX_PANEL, ROUND_KINDS, RoundKind, SCORING_METHODS, ScoringMethod } from '@app/supervision';

/** What the round routes take: bodies checked field by field before any use case runs. */

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class RubricItemRequest {
  @ApiProperty({ example: 'org-building' }) @IsString() @Length(1, 50) code!: string;
  @ApiProperty({ example: '组织建设' }) @IsString() @Length(1, 200) title!: string;
  @ApiProperty({ example: 0.4 }) @IsNumber() @IsPositive() @Max(1000) weight!: number;
  @ApiProperty({ example: 10 }) @IsNumber() @IsPositive() @Max(1000) maxScore!: number;
}

export class RubricRequest {
  @ApiProperty({ type: [RubricItemRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RubricItemRequest)
  items!: RubricItemRequest[];
}

export class DeductionsRequest {
  @ApiPropertyOptional({ description: 'points taken off per red-card case of the county' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  perRedCase?: number;
}

export class ScoringPolicyRequest {
  @ApiProperty({ enum: SCORING_METHODS }) @IsIn(SCORING_METHODS) method!: ScoringMethod;
  @ApiPropertyOptional({ type: DeductionsRequest }) @IsOptional() @ValidateNested() @Type(() => DeductionsRequest) deductions?: DeductionsRequest;
}

export class RoundWindowRequest {
  @ApiProperty({ example: '2026-07-01' }) @Matches(CALENDAR_DATE) opensOn!: string;
  @ApiProperty({ example: '2026-09-30' }) @Matches(CALENDAR_DATE) closesOn!: string;
}

export class DutyReviewSettingsRequest {
  @ApiProperty({ type: [String], description: 'the panel (评议组): user ids of inspectors; each rates every unit but those of their own county' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PANEL)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  panelIds!: string[];
  @ApiPropertyOptional({ enum: DUTY_REVIEW_UNIT_KINDS, description: 'whose secretaries report: the counties in scope (default) or their townships' })
  @IsOptional()
  @IsIn(DUTY_REVIEW_UNIT_KINDS)
  unitKind?: DutyReviewUnitKind;
  @ApiPropertyOptional({ description: 'a unit rated 一般 or 差 by at least this share of its ratings is listed for follow-up (default 1/3)', example: 0.3333 })
  @IsOptional()
  @IsNumber()
  @Min(0.01)
  @Max(1)
  followUpShare?: number;
}

export class PlanRoundRequest {
  @ApiProperty({ enum: ROUND_KINDS }) @IsIn(ROUND_KINDS) kind!: RoundKind;
  @ApiProperty({ example: '2026年第三季度走看赛' }) @IsString() @Length(1, 200) title!: string;
  @ApiProperty({ example: '2026-Q3' }) @IsString() @Length(4, 10) period!: string;
  @ApiPropertyOptional({ description: 'required for quarterly-theme rounds', example: '党建引领乡村振兴' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  theme?: string;
  @ApiPropertyOptional({ description: 'county ids; all counties when absent', type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  scopeCountyIds?: string[];
  // @ValidateNested alone lets an absent object through: the handler would then read its fields off undefined.
  // A duty-review round has no rubric (its reports are rated on the scale 好/较好/一般/差).
  @ApiPropertyOptional({ type: RubricRequest, description: 'required, except for a duty-review round, which has none' })
  @ValidateIf((body: PlanRoundRequest) => body.kind !== 'duty-review')
  @IsDefined()
  @ValidateNested()
  @Type(() => RubricRequest)
  rubric?: RubricRequest;
  @ApiProperty({ type: ScoringPolicyRequest })
  @IsDefined()
  @ValidateNested()
  @Type(() => ScoringPolicyRequest)
  scoringPolicy!: ScoringPolicyRequest;
  @ApiProperty({ type: RoundWindowRequest }) @IsDefined() @ValidateNested() @Type(() => RoundWindowRequest) window!: RoundWindowRequest;
  @ApiPropertyOptional({ type: DutyReviewSettingsRequest, description: 'required for a duty-review round: its panel and rules' })
  @ValidateIf((body: PlanRoundRequest) => body.kind === 'duty-review')
  @IsDefined()
  @ValidateNested()
  @Type(() => DutyReviewSettingsRequest)
  dutyReview?: DutyReviewSettingsRequest;
}

export class RepublishRankingRequest {
  @ApiProperty({ description: 'why the published ranking is replaced; kept in the event and shown with the new version', example: '补录窗口期内的红牌扣分' })
  @IsString()
  @Length(1, 1000)
  @Matches(/\S/, { message: 'reason must say something' })
  reason!: string;
}
