import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { MAX_MILESTONES, PROJECT_GRADES, ProjectGrade } from '@app/supervision';
import { AttachmentRequest, Attachments } from '../evidence/evidence.requests';
import { ListQuery } from '../http/list-query';

/** What the 书记领办项目 routes take, checked field by field before any use case runs. */

export class MilestoneRequest {
  @ApiProperty({ example: '完成村集体经济项目选址' }) @IsString() @Length(1, 200) title!: string;
  @ApiProperty({ example: '2026-06-30', description: 'the last day (Asia/Shanghai) it is due, in the project’s year' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  dueOn!: string;
}

export class LaunchProjectRequest {
  @ApiProperty({ example: 'anji-tianhuangping-yucun', description: 'the unit whose secretary (第一责任人) leads the project' }) @IsString() @Length(1, 100) unitId!: string;
  @ApiProperty({ example: 2026 }) @IsInt() @Min(2000) @Max(2100) year!: number;
  @ApiProperty({ example: '余村绿色共富项目' }) @IsString() @Length(1, 200) title!: string;
  @ApiProperty({ example: '村集体经营性收入年增 20%' }) @IsString() @Length(1, 2000) goal!: string;
  @ApiProperty({ type: [MilestoneRequest], description: `1 to ${MAX_MILESTONES} milestones, each due in the project’s year` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_MILESTONES)
  @ValidateNested({ each: true })
  @Type(() => MilestoneRequest)
  milestones!: MilestoneRequest[];
}

export class ProjectProgressRequest {
  @ApiProperty({ example: '项目选址已完成，召开村民代表大会' }) @IsString() @Length(1, 5000) report!: string;
  @ApiPropertyOptional({ description: 'the milestone the report is on; absent for the project as a whole' }) @IsOptional() @IsString() @Length(1, 100) milestoneId?: string;
  @Attachments('evidence put in before with POST /evidence (at most 10 files), recorded by hash in the event')
  attachments?: AttachmentRequest[];
}

export class CompleteMilestoneRequest {
  @ApiProperty({ example: '选址完成并经村民代表大会通过' }) @IsString() @Length(1, 5000) report!: string;
  @Attachments('evidence put in before with POST /evidence (at most 10 files), recorded by hash in the event')
  attachments?: AttachmentRequest[];
}

export class HandOverProjectRequest {
  @ApiProperty({ example: '原书记调任，由新任书记接续领办' }) @IsString() @Length(1, 2000) reason!: string;
}

export class EvaluateProjectRequest {
  @ApiProperty({ enum: PROJECT_GRADES, description: '好 good, 较好 fairly-good, 一般 average, 差 poor' }) @IsIn(PROJECT_GRADES) grade!: ProjectGrade;
  @ApiProperty({ example: '目标全部完成，成效明显' }) @IsString() @Length(1, 2000) comment!: string;
}

export class ProjectBoardQuery extends ListQuery {
  @ApiPropertyOptional({ description: 'a unit; covers the projects of the units below it' }) @IsOptional() @IsString() @Length(1, 100) unit?: string;
  @ApiPropertyOptional({ example: 2026 }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @ApiPropertyOptional({ enum: ['active', 'evaluated'] }) @IsOptional() @IsIn(['active', 'evaluated']) status?: 'active' | 'evaluated';
  @ApiPropertyOptional({ description: 'the person leading it now' }) @IsOptional() @IsString() @Length(1, 100) leader?: string;
}
