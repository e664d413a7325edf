import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { CASE_SEVERITIES, CaseSeverity, CaseStatus, WARNING_COLOURS, WarningColour } from '@app/supervision';
import { AttachmentRequest, Attachments } from '../evidence/evidence.requests';
import { ListQuery } from '../http/list-query';

/** What the case routes take: bodies and the board's query, checked field by field before any use case runs. */

export class CaseFindingSource {
  @ApiProperty() @IsString() @Length(1, 100) taskId!: string;
  @ApiProperty() @IsString() @Length(1, 100) findingId!: string;
}

export class OpenCaseRequest {
  @ApiPropertyOptional({ type: CaseFindingSource, description: 'the finding the case comes from; absent for a case opened directly (admin only)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseFindingSource)
  finding?: CaseFindingSource;
  @ApiPropertyOptional({ description: 'required for a direct case; a finding’s title by default', example: '村级议事制度未落实' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  title?: string;
  @ApiPropertyOptional({ description: 'required for a direct case; a finding’s description by default' })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  description?: string;
  @ApiPropertyOptional({ enum: CASE_SEVERITIES, description: 'required for a direct case; a finding’s severity by default' })
  @IsOptional()
  @IsIn(CASE_SEVERITIES)
  severity?: CaseSeverity;
  @ApiPropertyOptional({
    description: 'required for a direct case; for a finding, the unit where it was found by default, or a unit above it',
    example: 'anji',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  responsibleUnitId?: string;
  @ApiProperty({ example: 10, description: 'working days the unit gets, counted from 交办' }) @IsInt() @Min(1) @Max(250) dueWorkingDays!: number;
}

export class ReportRequest {
  @ApiProperty({ example: '已召开专题会议，制定整改方案' }) @IsString() @Length(1, 5000) report!: string;
  @Attachments('evidence put in before with POST /evidence (at most 10 files), recorded by hash in the step’s event')
  attachments?: AttachmentRequest[];
}

export class CommentRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 2000) comment?: string;
}

export class ReasonRequest {
  @ApiProperty() @IsString() @Length(1, 2000) reason!: string;
}

export class UrgeRequest {
  @ApiPropertyOptional({ example: '请加快整改进度' }) @IsOptional() @IsString() @Length(1, 2000) message?: string;
}

export class RequestExtensionRequest {
  @ApiProperty({ example: 10, description: 'the new deadline, in working days from the day of approval' }) @IsInt() @Min(1) @Max(250) newDueWorkingDays!: number;
  @ApiProperty() @IsString() @Length(1, 2000) reason!: string;
}

export class ChildCaseRequest {
  @ApiProperty({ example: 'anji-tianhuangping' }) @IsString() @Length(1, 100) unitId!: string;
  @ApiProperty() @IsString() @Length(1, 200) title!: string;
  @ApiPropertyOptional({ description: 'the child’s own description; absent, the child shares its parent’s (shown resolved, never copied into its events)' })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  description?: string;
  @ApiProperty({ example: 5 }) @IsInt() @Min(1) @Max(250) dueWorkingDays!: number;
}

export class SplitCaseRequest {
  @ApiProperty({ type: [ChildCaseRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ChildCaseRequest)
  children!: ChildCaseRequest[];
}

const CASE_STATUSES: readonly CaseStatus[] = ['registered', 'assigned', 'signed', 'in-progress', 'submitted', 'closed'];

export class CaseBoardQuery extends ListQuery {
  @ApiPropertyOptional({ description: 'responsible unit; covers the units below it' }) @IsOptional() @IsString() @Length(1, 100) unit?: string;
  @ApiPropertyOptional({ description: 'cases this unit is accountable for now: its own (escalated or not) and those escalated to it' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  accountable?: string;
  @ApiPropertyOptional({ enum: CASE_STATUSES }) @IsOptional() @IsIn(CASE_STATUSES) status?: CaseStatus;
  @ApiPropertyOptional({ enum: WARNING_COLOURS, description: 'cases with this warning up' }) @IsOptional() @IsIn(WARNING_COLOURS) warning?: WarningColour;
  @ApiPropertyOptional({ description: 'only cases past their deadline (true) or not (false)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
}

