import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ROUND_KINDS, RoundKind } from '@app/supervision';
import { IsInstant } from '../http/instant';

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
