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
  ValidateNested,
} from 'class-validator';
import { ROUND_KINDS, RoundKind, SCORING_METHODS, ScoringMethod } from '@app/supervision';

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
  @ApiProperty({ type: RubricRequest }) @IsDefined() @ValidateNested() @Type(() => RubricRequest) rubric!: RubricRequest;
  @ApiProperty({ type: ScoringPolicyRequest })
  @IsDefined()
  @ValidateNested()
  @Type(() => ScoringPolicyRequest)
  scoringPolicy!: ScoringPolicyRequest;
  @ApiProperty({ type: RoundWindowRequest }) @IsDefined() @ValidateNested() @Type(() => RoundWindowRequest) window!: RoundWindowRequest;
}

export class RepublishRankingRequest {
  @ApiProperty({ description: 'why the published ranking is replaced; kept in the event and shown with the new version', example: '补录窗口期内的红牌扣分' })
  @IsString()
  @Length(1, 1000)
  @Matches(/\S/, { message: 'reason must say something' })
  reason!: string;
}
