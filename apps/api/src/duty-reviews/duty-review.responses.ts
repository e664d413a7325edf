import { ApiProperty } from '@nestjs/swagger';
import { DUTY_RATINGS, DUTY_REVIEW_UNIT_KINDS } from '@app/supervision';
import { CommandResponse } from '../http/stream-response';

/* What the duty-review routes answer (述职评议考核), for the OpenAPI document and the console's types. */

const RATING = { enum: DUTY_RATINGS, description: 'good 好, fairly-good 较好, average 一般, poor 差' };
const FOLLOW_UP = { enum: ['grade-poor', 'poor-share'], description: 'grade-poor: graded 差; poor-share: rated 一般 or 差 by at least the round’s share' };
const ROUND_STATUSES = ['planned', 'active', 'scoring-closed', 'published', 'archived'];

export class DutyRatingDistributionResponse {
  @ApiProperty({ description: '好' }) good!: number;
  @ApiProperty({ description: '较好' }) 'fairly-good'!: number;
  @ApiProperty({ description: '一般' }) average!: number;
  @ApiProperty({ description: '差' }) poor!: number;
}

export class DutyReviewSettingsViewResponse {
  @ApiProperty({ type: [String] }) panelIds!: string[];
  @ApiProperty({ enum: DUTY_REVIEW_UNIT_KINDS }) unitKind!: string;
  @ApiProperty() followUpShare!: number;
}

export class DutyReviewEntryResponse {
  @ApiProperty({ description: '<round id>.<unit id>' }) reviewId!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: String, nullable: true }) countyId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the unit’s secretary now (第一责任人)' }) secretaryName!: string | null;
  @ApiProperty({ enum: ['awaiting-report', 'reported'] }) status!: string;
  @ApiProperty({ type: String, nullable: true }) submittedAt!: string | null;
  @ApiProperty({ description: 'ratings in force, one per panel member who rated' }) ratings!: number;
  @ApiProperty({ ...RATING, nullable: true, description: 'the asker’s own rating, if they gave one' }) myRating!: string | null;
  @ApiProperty({ ...RATING, nullable: true, description: 'as published; null before publication or when nobody rated' }) grade!: string | null;
  @ApiProperty({ ...FOLLOW_UP, nullable: true, description: 'as published: why the unit is listed for follow-up' }) followUp!: string | null;
}

export class DutyReviewListResponse {
  @ApiProperty() roundId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() period!: string;
  @ApiProperty({ enum: ROUND_STATUSES }) status!: string;
  @ApiProperty({ type: DutyReviewSettingsViewResponse }) settings!: DutyReviewSettingsViewResponse;
  @ApiProperty() published!: boolean;
  @ApiProperty({ type: [DutyReviewEntryResponse], description: 'every unit the round covers that the asker may see (bounded by the org tree: no pages)' })
  items!: DutyReviewEntryResponse[];
}

export class DutyReviewSecretaryResponse {
  @ApiProperty() personId!: string;
  @ApiProperty() name!: string;
}

export class DutyEvidenceResponse {
  @ApiProperty() sha256!: string;
  @ApiProperty() name!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() size!: number;
}

export class DutyReportResponse {
  @ApiProperty() report!: string;
  @ApiProperty({ description: '1, then 2, 3, … for each replacement before the first rating' }) revision!: number;
  @ApiProperty({ type: DutyReviewSecretaryResponse, nullable: true }) secretary!: DutyReviewSecretaryResponse | null;
  @ApiProperty({ type: [DutyEvidenceResponse], description: 'read them at GET /evidence/{sha256}' }) attachments!: DutyEvidenceResponse[];
  @ApiProperty() submittedBy!: string;
  @ApiProperty() submittedAt!: string;
}

export class DutyRatingResponse {
  @ApiProperty() evaluatorId!: string;
  @ApiProperty({ type: String, nullable: true }) evaluatorName!: string | null;
  @ApiProperty(RATING) rating!: string;
  @ApiProperty() comment!: string;
  @ApiProperty() ratedAt!: string;
}

export class DutyPanelMemberResponse {
  @ApiProperty() userId!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
}

export class PublishedDutyGradeResponse {
  @ApiProperty({ ...RATING, nullable: true }) grade!: string | null;
  @ApiProperty({ type: DutyRatingDistributionResponse }) distribution!: DutyRatingDistributionResponse;
  @ApiProperty({ ...FOLLOW_UP, nullable: true }) followUp!: string | null;
}

export class DutyReviewViewResponse {
  @ApiProperty() reviewId!: string;
  @ApiProperty() roundId!: string;
  @ApiProperty() roundTitle!: string;
  @ApiProperty({ enum: ROUND_STATUSES }) roundStatus!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: [String], description: 'the unit, then each unit above it up to the city' }) unitChain!: string[];
  @ApiProperty({ type: String, nullable: true }) countyId!: string | null;
  @ApiProperty({ type: DutyReviewSecretaryResponse, nullable: true, description: 'the unit’s secretary now: the one who submits' }) secretary!: DutyReviewSecretaryResponse | null;
  @ApiProperty({ enum: ['awaiting-report', 'reported'] }) status!: string;
  @ApiProperty({ type: DutyReportResponse, nullable: true }) report!: DutyReportResponse | null;
  @ApiProperty({ type: [DutyRatingResponse], description: 'the ratings in force, one per panel member' }) ratings!: DutyRatingResponse[];
  @ApiProperty({ type: DutyRatingDistributionResponse }) distribution!: DutyRatingDistributionResponse;
  @ApiProperty({ ...RATING, nullable: true, description: 'the grade the ratings make now (majority rule)' }) grade!: string | null;
  @ApiProperty({ ...FOLLOW_UP, nullable: true, description: 'whether the ratings now would list the unit for follow-up' }) followUp!: string | null;
  @ApiProperty({ type: [DutyPanelMemberResponse] }) panel!: DutyPanelMemberResponse[];
  @ApiProperty({ type: PublishedDutyGradeResponse, nullable: true, description: 'as the round’s publication froze it' }) published!: PublishedDutyGradeResponse | null;
}

export class DutyReviewUnitResultResponse {
  @ApiProperty() unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty() reported!: boolean;
  @ApiProperty() ratings!: number;
  @ApiProperty({ type: DutyRatingDistributionResponse }) distribution!: DutyRatingDistributionResponse;
  @ApiProperty({ ...RATING, nullable: true }) grade!: string | null;
  @ApiProperty({ ...FOLLOW_UP, nullable: true }) followUp!: string | null;
}

export class DutyReviewFollowUpResponse {
  @ApiProperty() unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty(FOLLOW_UP) reason!: string;
}

export class DutyReviewResultsResponse {
  @ApiProperty() roundId!: string;
  @ApiProperty({ description: 'published by the instant asked about: the figures are the frozen ones; otherwise provisional' }) published!: boolean;
  @ApiProperty({ type: String, nullable: true }) publishedAt!: string | null;
  @ApiProperty({ example: 'majority-v1', description: 'the grading rule: the best step more than half the ratings reach or better' }) rule!: string;
  @ApiProperty() followUpShare!: number;
  @ApiProperty({ type: [DutyReviewUnitResultResponse] }) units!: DutyReviewUnitResultResponse[];
  @ApiProperty({ type: [DutyReviewFollowUpResponse], description: 'the units listed for follow-up, with why' }) followUp!: DutyReviewFollowUpResponse[];
}

export class DutyReviewRatingStateResponse {
  @ApiProperty() evaluatorId!: string;
  @ApiProperty(RATING) rating!: string;
  @ApiProperty() comment!: string;
  @ApiProperty() ratedAt!: string;
}

/** A duty review as its stream has it: what a command on it answers as its state. */
export class DutyReviewStateResponse {
  @ApiProperty({ enum: ['awaiting-report', 'reported'] }) status!: string;
  @ApiProperty() reviewId!: string;
  @ApiProperty() roundId!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty({ type: [String] }) unitChain!: string[];
  @ApiProperty({ type: String, nullable: true }) countyId!: string | null;
  @ApiProperty({ type: DutyReviewSecretaryResponse, nullable: true }) secretary!: DutyReviewSecretaryResponse | null;
  @ApiProperty() report!: string;
  @ApiProperty() revision!: number;
  @ApiProperty({ type: [DutyEvidenceResponse] }) attachments!: DutyEvidenceResponse[];
  @ApiProperty() submittedBy!: string;
  @ApiProperty() submittedAt!: string;
  @ApiProperty({ type: [DutyReviewRatingStateResponse] }) ratings!: DutyReviewRatingStateResponse[];
}

export class DutyReviewCommandResponse extends CommandResponse {
  @ApiProperty({ type: DutyReviewStateResponse, description: 'the review after the command' }) declare state: DutyReviewStateResponse;
}

