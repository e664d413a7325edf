import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { LISTING_REASONS, ListingReason } from '@app/supervision';
import { AttachmentRequest, Attachments } from '../evidence/evidence.requests';
import { NO_CONTROL_CHARACTERS } from '../http/input-guards';
import { IsInstant } from '../http/instant';
import { ListQuery } from '../http/list-query';

/** What the backward-village routes take, checked field by field before any use case runs. */

const REASONS_DESCRIPTION =
  'clan-or-gang-interference (宗族黑恶势力干扰渗透), duty-review-poor (述职评议为差), weak-leadership (软弱涣散), ' +
  'weak-collective-economy (集体经济薄弱), discipline-problems (违纪违法问题突出), other (其他, said in the note)';

export class ListBackwardVillageRequest {
  @ApiProperty({ description: 'the village (村/社区)', example: 'anji-tianhuangping-yucun' })
  @IsString()
  @Length(1, 100)
  @Matches(NO_CONTROL_CHARACTERS)
  unitId!: string;
  @ApiProperty({ enum: LISTING_REASONS, description: REASONS_DESCRIPTION }) @IsIn(LISTING_REASONS) reason!: ListingReason;
  @ApiProperty({ example: '宗族势力干扰村级组织换届' }) @IsString() @Length(1, 2000) note!: string;
}

export class PlannedMeasureRequest {
  @ApiProperty({ example: '调整村党组织书记' }) @IsString() @Length(1, 200) title!: string;
  @ApiProperty({ example: 20, description: 'working days from the day the plan is made' }) @IsInt() @Min(1) @Max(250) dueWorkingDays!: number;
}

export class PlanRectificationRequest {
  @ApiProperty({ example: '整顿班子，清除宗族干扰，三个月内转化' }) @IsString() @Length(1, 2000) summary!: string;
  @ApiProperty({ type: [PlannedMeasureRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => PlannedMeasureRequest)
  measures!: PlannedMeasureRequest[];
}

export class RectificationProgressRequest {
  @ApiProperty({ example: '已召开党员大会，完成书记调整' }) @IsString() @Length(1, 5000) report!: string;
  @ApiPropertyOptional({ description: 'the measure the report is on' }) @IsOptional() @IsString() @Length(1, 100) @Matches(NO_CONTROL_CHARACTERS) measureId?: string;
  @ApiPropertyOptional({ description: 'the measure is done (its warnings come down)', default: false }) @IsOptional() @IsBoolean() completesMeasure?: boolean;
  @Attachments('photos and documents put in before with POST /evidence (at most 10), recorded by hash with the report')
  attachments?: AttachmentRequest[];
}

export class AcceptanceCheckRequest {
  @ApiProperty({ description: 'true: accepted (验收通过); false: back to rectifying' }) @IsBoolean() passed!: boolean;
  @ApiProperty({ example: '整改到位，群众满意', description: 'the verdict’s comment; the reason when failed' }) @IsString() @Length(1, 2000) comment!: string;
}

export class DelistRequest {
  @ApiProperty({ example: '经县委组织部研究，予以摘帽' }) @IsString() @Length(1, 2000) note!: string;
}

const STATUSES = ['listed', 'rectifying', 'accepted', 'delisted'];

export class BackwardVillageListQuery extends ListQuery {
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: string;
  @ApiPropertyOptional({ enum: LISTING_REASONS }) @IsOptional() @IsIn(LISTING_REASONS) reason?: string;
  @ApiPropertyOptional({ description: 'a unit; covers the villages below it' }) @IsOptional() @IsString() @Length(1, 100) @Matches(NO_CONTROL_CHARACTERS) unit?: string;
}

export class BackwardVillageCountsQuery {
  @ApiPropertyOptional({ description: 'the instant to count as of (now when absent)', example: '2026-06-30T16:00:00Z' }) @IsOptional() @IsInstant() asOf?: string;
  @ApiPropertyOptional({ enum: ['township', 'county'], default: 'county' }) @IsOptional() @IsIn(['township', 'county']) by?: 'township' | 'county';
  @ApiPropertyOptional({ description: 'a unit; counts only the villages below it' }) @IsOptional() @IsString() @Length(1, 100) @Matches(NO_CONTROL_CHARACTERS) unit?: string;
}

export class BackwardVillageTrendQuery {
  @ApiPropertyOptional({ description: 'the year (this year when absent)', example: 2026 }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @ApiPropertyOptional({ description: 'a unit; counts only the villages below it' }) @IsOptional() @IsString() @Length(1, 100) @Matches(NO_CONTROL_CHARACTERS) unit?: string;
}
