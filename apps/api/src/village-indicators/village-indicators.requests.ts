import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import {
  INDICATOR_PERIOD_PATTERN,
  MAX_INDICATOR_AMOUNT,
  MAX_INDICATOR_NAME_LENGTH,
  MAX_PAIRED_ENTERPRISES,
  MAX_VILLAGE_GRIDS,
  VILLAGE_GRADES,
  VillageGrade,
} from '@app/supervision';
import { NO_CONTROL_CHARACTERS } from '../http/input-guards';
import { IsInstant } from '../http/instant';

/** What the village indicator routes take, checked field by field before any use case runs. */

const PERIOD_MESSAGE = 'period must be a year (2026) or a quarter (2026-Q3)';

export class VillageIndicatorReportRequest {
  @ApiProperty({ example: '2026', description: 'a year, or a quarter of it (2026-Q3)' }) @Matches(INDICATOR_PERIOD_PATTERN, { message: PERIOD_MESSAGE }) period!: string;
  @ApiProperty({ enum: VILLAGE_GRADES, description: '百村示范、千村晋位: 先锋示范村 (pioneer), 先进村, 合格村, 后进村' }) @IsIn(VILLAGE_GRADES) grade!: VillageGrade;
  @ApiProperty({ example: 520000, description: '村级集体经营性收入 for the year, whole 元' }) @IsInt() @Min(0) @Max(MAX_INDICATOR_AMOUNT) operatingIncome!: number;
  @ApiProperty({ example: 1200000, description: '村级集体总收入 for the year, whole 元; no less than the operating income' })
  @IsInt()
  @Min(0)
  @Max(MAX_INDICATOR_AMOUNT)
  totalIncome!: number;
  @ApiProperty({ type: [String], example: ['安吉示例竹业有限公司'], description: '千企结千村: the enterprises paired with the village' })
  @IsArray()
  @ArrayMaxSize(MAX_PAIRED_ENTERPRISES)
  @IsString({ each: true })
  @Length(1, MAX_INDICATOR_NAME_LENGTH, { each: true })
  @Matches(NO_CONTROL_CHARACTERS, { each: true, message: 'each enterprise name must be free of control characters' })
  pairedEnterprises!: string[];
  @ApiPropertyOptional({ example: '胡第一书记', description: 'the village’s 第一书记; absent when it has none' })
  @IsOptional()
  @IsString()
  @Length(1, MAX_INDICATOR_NAME_LENGTH)
  @Matches(NO_CONTROL_CHARACTERS, { message: 'firstSecretary must be free of control characters' })
  firstSecretary?: string;
  @ApiProperty({ description: '省定薄弱村: the province lists the village as weak' }) @IsBoolean() provinciallyWeak!: boolean;
  @ApiProperty({ example: 2, description: 'the village’s 全科网格' }) @IsInt() @Min(0) @Max(MAX_VILLAGE_GRIDS) gridCount!: number;
}

export class CorrectVillageIndicatorsRequest extends VillageIndicatorReportRequest {
  @ApiProperty({ example: '经营性收入口径调整' }) @IsString() @Length(1, 1000) reason!: string;
}

export class IndicatorAsOfQuery {
  @ApiPropertyOptional({ description: 'answer as known at this instant (ISO 8601 with Z or an offset); now when absent', example: '2026-12-31T16:00:00Z' })
  @IsOptional()
  @IsInstant()
  asOf?: string;
}

export class IndicatorTrendQuery extends IndicatorAsOfQuery {
  @ApiPropertyOptional({ description: 'the unit whose subtree is rolled up; the caller’s own unit (an official) or the city when absent', example: 'anji' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @Matches(NO_CONTROL_CHARACTERS, { message: 'unitId must be free of control characters' })
  unitId?: string;
}

export class IndicatorSummaryQuery extends IndicatorTrendQuery {
  @ApiPropertyOptional({ example: '2026', description: 'the period; the latest year reported when absent' })
  @IsOptional()
  @Matches(INDICATOR_PERIOD_PATTERN, { message: PERIOD_MESSAGE })
  period?: string;
}
