import { ApiProperty } from '@nestjs/swagger';
import type {
  HandOverEntry,
  ListedProject,
  MilestoneEntry,
  ProjectChainLevel,
  ProjectEvaluationEntry,
  ProjectPageView,
  ProjectProgressEntry,
  ProjectView,
} from '@app/read-models';
import { PROJECT_GRADES, WARNING_COLOURS } from '@app/supervision';
import { TermResponse } from '../cases/case.responses';
import { AttachmentResponse } from '../evidence/evidence.responses';
import { AppendedEventView } from '../http/stream-response';

/*
 * What the 书记领办项目 routes answer, for the OpenAPI document (and the console's generated types).
 * Each class implements the view it documents, so a field the view gains or loses fails the build here.
 */

const WARNING_BANDS = ['none', ...WARNING_COLOURS];

export class ProjectLeaderResponse {
  @ApiProperty({ description: 'the person, as the unit’s responsible people name them' }) personId!: string;
  @ApiProperty() name!: string;
}

export class LeadershipTermResponse extends ProjectLeaderResponse {
  @ApiProperty({ description: 'when they took the project on' }) from!: string;
  @ApiProperty({ type: String, nullable: true, description: 'when they handed it over; null while they lead it' }) until!: string | null;
}

export class ProjectHandOverResponse implements HandOverEntry {
  @ApiProperty({ type: ProjectLeaderResponse }) from!: ProjectLeaderResponse;
  @ApiProperty({ type: ProjectLeaderResponse }) to!: ProjectLeaderResponse;
  @ApiProperty() reason!: string;
  @ApiProperty() handedOverBy!: string;
  @ApiProperty() handedOverAt!: string;
}

export class MilestoneResponse implements MilestoneEntry {
  @ApiProperty() milestoneId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, example: '2026-06-30' }) dueOn!: MilestoneEntry['dueOn'];
  @ApiProperty({ description: 'the last moment of dueOn in China, as an instant' }) deadlineAt!: string;
  @ApiProperty({ type: String, nullable: true }) completedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) completedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) completionReport!: string | null;
  @ApiProperty({ description: 'reached after its due day' }) late!: boolean;
  @ApiProperty({ enum: WARNING_COLOURS, isArray: true, description: 'warnings up now (蓝牌, 黄牌, 红牌); they come down when it is reached' })
  warnings!: MilestoneEntry['warnings'];
  @ApiProperty({ enum: WARNING_COLOURS, isArray: true, description: 'every warning it ever had' }) warningsRaised!: MilestoneEntry['warningsRaised'];
  @ApiProperty({ type: [AttachmentResponse], description: 'the evidence put in when it was reached' }) attachments!: AttachmentResponse[];
}

export class ProjectProgressResponse implements ProjectProgressEntry {
  @ApiProperty() reportNumber!: number;
  @ApiProperty({ type: String, nullable: true }) milestoneId!: string | null;
  @ApiProperty() report!: string;
  @ApiProperty() reportedBy!: string;
  @ApiProperty() reportedAt!: string;
  @ApiProperty({ type: [AttachmentResponse] }) attachments!: AttachmentResponse[];
}

export class ProjectEvaluationResponse implements ProjectEvaluationEntry {
  @ApiProperty({ enum: PROJECT_GRADES }) grade!: ProjectEvaluationEntry['grade'];
  @ApiProperty() comment!: string;
  @ApiProperty() milestonesCompleted!: number;
  @ApiProperty() milestonesLate!: number;
  @ApiProperty() milestonesPlanned!: number;
  @ApiProperty() evaluatedBy!: string;
  @ApiProperty() evaluatedAt!: string;
}

export class ProjectViewResponse implements ProjectView {
  @ApiProperty() projectId!: string;
  @ApiProperty({ description: 'the unit whose secretary leads it' }) unitId!: string;
  @ApiProperty({ type: [String], description: 'the unit, then each unit above it up to the city' }) unitChain!: string[];
  @ApiProperty() year!: number;
  @ApiProperty() title!: string;
  @ApiProperty() goal!: string;
  @ApiProperty() launchedBy!: string;
  @ApiProperty() launchedAt!: string;
  @ApiProperty({ enum: ['active', 'evaluated'], description: 'active (推进中), evaluated (已评价)' }) status!: ProjectView['status'];
  @ApiProperty({ type: ProjectLeaderResponse, description: 'who leads it now' }) leader!: ProjectLeaderResponse;
  @ApiProperty({ type: [LeadershipTermResponse], description: 'who led it when, first to current' }) leaders!: LeadershipTermResponse[];
  @ApiProperty({ type: [ProjectHandOverResponse] }) handOvers!: ProjectHandOverResponse[];
  @ApiProperty({ type: [MilestoneResponse], description: 'by due day' }) milestones!: MilestoneResponse[];
  @ApiProperty({ type: [ProjectProgressResponse], description: 'oldest first' }) progress!: ProjectProgressResponse[];
  @ApiProperty({ type: ProjectEvaluationResponse, nullable: true, description: 'the year-end evaluation (年终评价); null before it' })
  evaluation!: ProjectEvaluationResponse | null;
  @ApiProperty({ enum: WARNING_BANDS, description: 'the gravest warning up on a milestone not reached' }) warning!: ProjectView['warning'];
}

const ROLE_HOLDERS_DOC = {
  type: 'object',
  additionalProperties: { $ref: '#/components/schemas/TermResponse' },
  description: 'the people in the unit’s roles today, by role',
} as const;

export class ProjectChainLevelResponse implements ProjectChainLevel {
  @ApiProperty({ description: '0 at the project’s unit, counting up' }) level!: number;
  @ApiProperty() unitId!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: String, nullable: true }) kind!: string | null;
  @ApiProperty(ROLE_HOLDERS_DOC) responsible!: Record<string, TermResponse>;
}

export class ProjectPageResponse extends ProjectViewResponse implements ProjectPageView {
  @ApiProperty({ type: [ProjectChainLevelResponse], description: 'the responsibility chain: the project’s unit up to the city' }) chain!: ProjectChainLevelResponse[];
}

export class ProjectBoardPageResponse {
  @ApiProperty({ type: [ProjectViewResponse] }) items!: ProjectViewResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'pass back as cursor for the next page; null: no more' }) nextCursor!: string | null;
}

export class ProjectCommandResponse {
  @ApiProperty({ description: 'the project’s id' }) id!: string;
  @ApiProperty({ description: 'the stream version after the command; also the ETag' }) version!: number;
  @ApiProperty({ type: [AppendedEventView] }) events!: AppendedEventView[];
  @ApiProperty({ description: 'true when the command had already been handled and nothing was appended now' }) replayed!: boolean;
  @ApiProperty({ type: ProjectPageResponse, description: 'the project after the command' }) state!: ProjectPageResponse;
}

export class ListedProjectResponse implements ListedProject {
  @ApiProperty() projectId!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ enum: ['active', 'evaluated'] }) status!: ListedProject['status'];
  @ApiProperty({ type: ProjectLeaderResponse }) leader!: ProjectLeaderResponse;
  @ApiProperty({ enum: WARNING_BANDS }) warning!: ListedProject['warning'];
  @ApiProperty() milestonesPlanned!: number;
  @ApiProperty() milestonesCompleted!: number;
  @ApiProperty({ type: String, nullable: true, description: 'the earliest due day of a milestone not reached' }) nextDueOn!: ListedProject['nextDueOn'];
  @ApiProperty({ enum: PROJECT_GRADES, nullable: true }) grade!: ListedProject['grade'];
}
