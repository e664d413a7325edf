import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

/** The paging of every list: `cursor` is the `nextCursor` of the previous page (anything else is 400 INVALID_CURSOR). */
export class ListQuery {
  @ApiPropertyOptional({ description: 'the nextCursor of the previous page, as it was given; anything else is refused with 400 INVALID_CURSOR' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  cursor?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

/** The page size a list answers with when the caller names none. */
export const DEFAULT_PAGE_SIZE = 50;
