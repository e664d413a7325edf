import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { DUTY_RATINGS, DutyRating } from '@app/supervision';
import { AttachmentRequest, Attachments } from '../evidence/evidence.requests';
import { IsInstant } from '../http/instant';

export class SubmitDutyReportRequest {
  @ApiProperty({ description: 'the duty report (述职报告)', example: '2026年度抓基层党建工作述职：一、履行第一责任人职责情况……' })
  @IsString()
  @Length(1, 20000)
  @Matches(/\S/, { message: 'report must say something' })
  report!: string;
  @Attachments('evidence put in before with POST /evidence (at most 10 files), recorded by hash with the report')
  attachments?: AttachmentRequest[];
}

export class RateDutyReportRequest {
  @ApiProperty({ enum: DUTY_RATINGS, description: 'good 好, fairly-good 较好, average 一般, poor 差' }) @IsIn(DUTY_RATINGS) rating!: DutyRating;
  @ApiProperty({ description: 'the evaluator’s comment (评议意见)', example: '责任落实到位，村级组织建设仍需加强' })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'comment must say something' })
  comment!: string;
}

export class DutyReviewResultsQuery {
  @ApiPropertyOptional({ description: 'answer as the results stood at this instant (ISO 8601 with Z or an offset); now when absent', example: '2027-02-01T00:00:00Z' })
  @IsOptional()
  @IsInstant()
  asOf?: string;
}
