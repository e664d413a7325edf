import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsInstant } from '../http/instant';
import { AuditCriteria } from './audit-filters';

export class AuditQuery {
  @ApiPropertyOptional({ description: 'the acting user', example: 'official.anji' }) @IsOptional() @IsString() @Length(1, 200) actor?: string;
  @ApiPropertyOptional({ description: 'an org unit; covers the units below it', example: 'anji' }) @IsOptional() @IsString() @Length(1, 100) unit?: string;
  @ApiPropertyOptional({ example: 'case-…' }) @IsOptional() @IsString() @Length(1, 200) stream?: string;
  @ApiPropertyOptional({ description: 'event types, comma-separated', example: 'WarningRaised,CaseEscalated' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+){0,49}$/)
  type?: string;
  @ApiPropertyOptional({ description: 'recorded at or after this instant (ISO 8601)' }) @IsOptional() @IsInstant() from?: string;
  @ApiPropertyOptional({
    description: 'recorded at or before this instant (ISO 8601), to the millisecond: an event whose `recordedAt` shows this instant is included',
  })
  @IsOptional()
  @IsInstant()
  to?: string;
}

/** The encodings of an exported trail (the same record in each, see the README's Sealed audit log). */
export const EXPORT_FORMATS = ['csv', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export class AuditExportQuery extends AuditQuery {
  @ApiPropertyOptional({
    enum: EXPORT_FORMATS,
    default: 'csv',
    description: 'csv for spreadsheets, jsonl (JSON Lines) for programs; both carry what `verify-export` checks offline',
  })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}

export class AuditPageQuery extends AuditQuery {
  @ApiPropertyOptional({ description: 'the nextCursor of the previous page, as it was given; anything else is refused with 400 INVALID_CURSOR' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  cursor?: string;
  @ApiPropertyOptional({ description: 'the same as `cursor` (the name DESIGN §5 gives it); send one of the two', deprecated: true })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  after?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

export class VerifyQuery {
  @ApiPropertyOptional({ description: 'first global position to check', minimum: 1, maximum: Number.MAX_SAFE_INTEGER })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  from?: number;
  @ApiPropertyOptional({ description: 'last global position to check', minimum: 1, maximum: Number.MAX_SAFE_INTEGER })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  to?: number;
}

/** What the trail's query fields ask for, read: the event types split, the instants parsed. */
export function criteriaOf(query: AuditQuery): AuditCriteria {
  return {
    ...(query.actor === undefined ? {} : { actorId: query.actor }),
    ...(query.unit === undefined ? {} : { unitId: query.unit }),
    ...(query.stream === undefined ? {} : { streamId: query.stream }),
    ...(query.type === undefined ? {} : { types: query.type.split(',') }),
    ...(query.from === undefined ? {} : { from: new Date(query.from) }),
    ...(query.to === undefined ? {} : { to: new Date(query.to) }),
  };
}

/** A whole number from 1, read from the query string. */
function Count(description: string, optional: boolean): PropertyDecorator {
  return (target, key) => {
    (optional ? ApiPropertyOptional : ApiProperty)({ description, minimum: 1, maximum: Number.MAX_SAFE_INTEGER, type: Number })(target, key);
    if (optional) IsOptional()(target, key);
    Type(() => Number)(target, key);
    IsInt()(target, key);
    Min(1)(target, key);
    Max(Number.MAX_SAFE_INTEGER)(target, key);
  };
}

export class InclusionProofQuery {
  @Count('the event’s global position', false) position!: number;
  @Count('the tree size to prove against (a checkpoint’s); default: the tree as sealed now', true) treeSize?: number;
}

export class ConsistencyProofQuery {
  @Count('the earlier tree size (an older checkpoint’s)', false) from!: number;
  @Count('the later tree size', false) to!: number;
}
