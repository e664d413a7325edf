import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { FINDING_SEVERITIES, FindingSeverity, TaskStatus } from '@app/supervision';
import { AttachmentRequest, Attachments } from '../evidence/evidence.requests';
import { NO_CONTROL_CHARACTERS } from '../http/input-guards';
import { ListQuery } from '../http/list-query';

/** What the task routes take: bodies and the board's query, checked field by field before any use case runs. */

export class AssignTaskRequest {
  @ApiProperty({ example: 'anji' }) @IsString() @Length(1, 100) targetUnitId!: string;
  @ApiProperty({ example: ['inspector.wuxing'], type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  // Ids are looked up in the database, which refuses control characters such as NUL with an error of its own.
  @Matches(NO_CONTROL_CHARACTERS, { each: true, message: 'each inspector id must be free of control characters' })
  inspectorIds!: string[];
  @ApiProperty({ example: 5 }) @IsInt() @Min(1) @Max(250) dueWorkingDays!: number;
}

export class ItemScoreRequest {
  @ApiProperty() @IsString() @Length(1, 50) itemCode!: string;
  @ApiProperty() @IsNumber() @Min(-1e6) @Max(1e6) score!: number;
}

export class RecordScoresRequest {
  @ApiProperty({ type: [ItemScoreRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ItemScoreRequest)
  scores!: ItemScoreRequest[];
}

export class RecordFindingRequest {
  @ApiProperty({ example: '村级议事制度未落实' }) @IsString() @Length(1, 200) title!: string;
  @ApiProperty() @IsString() @Length(1, 5000) description!: string;
  @ApiProperty({ enum: FINDING_SEVERITIES }) @IsIn(FINDING_SEVERITIES) severity!: FindingSeverity;
  @ApiProperty({ description: 'where the problem was found: the target or a unit below it', example: 'anji-tianhuangping-yucun' })
  @IsString()
  @Length(1, 100)
  unitId!: string;
  @Attachments('photos and documents put in before with POST /evidence (at most 10), recorded by hash with the finding')
  attachments?: AttachmentRequest[];
}

export class ReopenTaskRequest {
  @ApiProperty({ example: '评分有误，需复核' }) @IsString() @Length(1, 1000) reason!: string;
}

const TASK_STATUSES: readonly TaskStatus[] = ['assigned', 'opened', 'submitted', 'closed'];

export class TaskBoardQuery extends ListQuery {
  @ApiPropertyOptional({ enum: TASK_STATUSES }) @IsOptional() @IsIn(TASK_STATUSES) status?: TaskStatus;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) round?: string;
  @ApiPropertyOptional({ description: 'target unit; covers the units below it' }) @IsOptional() @IsString() @Length(1, 100) unit?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) inspector?: string;
}
