import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RoundProgress } from '@app/read-models';
import { DUTY_REVIEW_UNIT_KINDS, ROUND_KINDS, RoundStatus, SCORING_METHODS } from '@app/supervision';
import { RubricResponse } from '../tasks/task.responses';
import { CommandResponse } from '../http/stream-response';
import { ExistingRound } from './round-commands';
import { RoundView } from './round-views';

/*
 * What the round routes answer, for the OpenAPI document (and the console's generated types). A
 * round's view differs by status (the instants of the steps it has reached), so it is one class
 * with those fields optional; `RoundViewShape` below keeps its field names the view's.
 */

export class RoundProgressResponse implements RoundProgress {
  @ApiProperty({ description: 'tasks assigned in the round' }) tasks!: number;
  @ApiProperty() assigned!: number;
  @ApiProperty() opened!: number;
  @ApiProperty() submitted!: number;
  @ApiProperty() closed!: number;
}

export class DeductionsResponse {
  @ApiPropertyOptional({ description: 'points off a county’s score per red-card case in the window' }) perRedCase?: number;
}

export class ScoringPolicyResponse {
  @ApiProperty({ enum: SCORING_METHODS }) method!: string;
  @ApiPropertyOptional({ type: DeductionsResponse }) deductions?: DeductionsResponse;
}

export class RoundWindowResponse {
  @ApiProperty({ example: '2026-07-01' }) opensOn!: string;
  @ApiProperty({ example: '2026-09-30' }) closesOn!: string;
}

export class RoundPublicationResponse {
  @ApiProperty({ description: '1 for the publication, 2, 3, … for each republication' }) version!: number;
  @ApiProperty() publishedAt!: string;
  @ApiProperty() publishedBy!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true }) methodVersion!: string | null;
  @ApiProperty({ type: String, nullable: true }) inputsHash!: string | null;
}

/** How a duty-review round (述职评议考核) is run. */
export class DutyReviewSettingsResponse {
  @ApiProperty({ type: [String], description: 'the panel (评议组): user ids of the inspectors who rate' }) panelIds!: string[];
  @ApiProperty({ enum: DUTY_REVIEW_UNIT_KINDS, description: 'whose secretaries report: the counties in scope, or their townships' }) unitKind!: string;
  @ApiProperty({ description: 'a unit rated 一般 or 差 by at least this share of its ratings is listed for follow-up' }) followUpShare!: number;
}

/** A round as its stream has it: what a command on it answers as its state. */
export class RoundStateResponse {
  @ApiProperty() roundId!: string;
  @ApiProperty({ enum: ROUND_KINDS, description: 'deep-research 深调研, walk-see-compete 走看赛, major-inspection 大督查, quarterly-theme 一季一主题, duty-review 述职评议考核' })
  kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: '2026-Q3' }) period!: string;
  @ApiProperty({ type: String, nullable: true, description: 'the quarter’s theme (一季一主题)' }) theme!: string | null;
  @ApiProperty({ enum: ['planned', 'active', 'scoring-closed', 'published', 'archived'] }) status!: RoundStatus;
  @ApiProperty({ type: [String] }) scopeCountyIds!: string[];
  @ApiProperty({ type: RubricResponse }) rubric!: RubricResponse;
  @ApiProperty({ type: ScoringPolicyResponse }) scoringPolicy!: ScoringPolicyResponse;
  @ApiProperty({ type: RoundWindowResponse }) window!: RoundWindowResponse;
  @ApiProperty({ type: DutyReviewSettingsResponse, nullable: true, description: 'a duty-review round’s panel and rules; null for other kinds' })
  dutyReview!: DutyReviewSettingsResponse | null;
  @ApiProperty() plannedAt!: string;
  @ApiPropertyOptional({ description: 'from 启动 on' }) startedAt?: string;
  @ApiPropertyOptional() scoringClosedAt?: string;
  @ApiPropertyOptional({ description: 'when the results first came out' }) publishedAt?: string;
  @ApiPropertyOptional({ type: RoundPublicationResponse, description: 'the publication in force' }) publication?: RoundPublicationResponse;
  @ApiPropertyOptional() archivedAt?: string;
}

/** A round as GET /rounds shows it: its state and its progress. */
export class RoundViewResponse extends RoundStateResponse {
  @ApiProperty({ type: RoundProgressResponse }) progress!: RoundProgressResponse;
}

export class RoundCommandResponse extends CommandResponse {
  @ApiProperty({ type: RoundStateResponse, description: 'the round after the command' }) declare state: RoundStateResponse;
}

export class RoundPageResponse {
  @ApiProperty({ type: [RoundViewResponse] }) items!: RoundViewResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'pass back as cursor for the next page; null: no more' }) nextCursor!: string | null;
}

type KeysOfUnion<T> = T extends unknown ? keyof T : never;
/** Fails to compile when the view gains a field the response does not document, or the response names one the view lacks. */
export type RoundViewShape = [Exclude<KeysOfUnion<RoundView>, keyof RoundViewResponse>, Exclude<keyof RoundViewResponse, KeysOfUnion<RoundView>>] extends [never, never]
  ? true
  : never;
export const ROUND_VIEW_DOCUMENTED: RoundViewShape = true;

/** Fails to compile when a round's state and its documented response name different fields. */
export type RoundStateShape = [Exclude<KeysOfUnion<ExistingRound>, keyof RoundStateResponse>, Exclude<keyof RoundStateResponse, KeysOfUnion<ExistingRound>>] extends [never, never]
  ? true
  : never;
export const ROUND_STATE_DOCUMENTED: RoundStateShape = true;
