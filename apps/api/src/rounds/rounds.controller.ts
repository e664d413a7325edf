import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsNumber,
  IsOptional,
  IsPositive,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Roles } from '@app/auth';
import { EVENT_STORE, PostgresEventStore } from '@app/event-store';
import { ProjectionRuntime } from '@app/projections';
import { decodeListCursor, encodeListCursor, RoundProgress, roundProgressQuery } from '@app/read-models';
import {
  InvalidRoundScope,
  OrgUnitNotFound,
  ROUND_KINDS,
  RoundCommand,
  RoundKind,
  RoundNotFound,
  RoundState,
  roundStreamId,
  roundStreams,
  SCORING_METHODS,
  ScoringMethod,
} from '@app/supervision';
import { CalendarDate } from '@app/workflow';
import { CommandMetadata, WorkflowEngine } from '@app/workflow-runtime';
import { RoundPublicationHandler } from '../ranking/round-publication.handler';
import { CommandMeta, newResourceId } from '../http/command-metadata.decorator';
import { OrgDirectory } from '../org-units/org-directory';
import { HeaderSink } from '../http/header-sink';
import { ListQuery } from '../http/list-query';
import { commandResponse, CommandResponse, withETag } from '../http/stream-response';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;


export class RubricItemRequest {
  @ApiProperty({ example: 'org-building' }) @IsString() @Length(1, 50) code!: string;
  @ApiProperty({ example: '组织建设' }) @IsString() @Length(1, 200) title!: string;
  @ApiProperty({ example: 0.4 }) @IsNumber() @IsPositive() @Max(1000) weight!: number;
  @ApiProperty({ example: 10 }) @IsNumber() @IsPositive() @Max(1000) maxScore!: number;
}

export class RubricRequest {
  @ApiProperty({ type: [RubricItemRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RubricItemRequest)
  items!: RubricItemRequest[];
}

export class DeductionsRequest {
  @ApiPropertyOptional({ description: 'points taken off per red-card case of the county' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  perRedCase?: number;
}

export class ScoringPolicyRequest {
  @ApiProperty({ enum: SCORING_METHODS }) @IsIn(SCORING_METHODS) method!: ScoringMethod;
  @ApiPropertyOptional({ type: DeductionsRequest }) @IsOptional() @ValidateNested() @Type(() => DeductionsRequest) deductions?: DeductionsRequest;
}

export class RoundWindowRequest {
  @ApiProperty({ example: '2026-07-01' }) @Matches(CALENDAR_DATE) opensOn!: string;
  @ApiProperty({ example: '2026-09-30' }) @Matches(CALENDAR_DATE) closesOn!: string;
}

export class PlanRoundRequest {
  @ApiProperty({ enum: ROUND_KINDS }) @IsIn(ROUND_KINDS) kind!: RoundKind;
  @ApiProperty({ example: '2026年第三季度走看赛' }) @IsString() @Length(1, 200) title!: string;
  @ApiProperty({ example: '2026-Q3' }) @IsString() @Length(4, 10) period!: string;
  @ApiPropertyOptional({ description: 'required for quarterly-theme rounds', example: '党建引领乡村振兴' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  theme?: string;
  @ApiPropertyOptional({ description: 'county ids; all counties when absent', type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  scopeCountyIds?: string[];
  // @ValidateNested alone lets an absent object through: the handler would then read its fields off undefined.
  @ApiProperty({ type: RubricRequest }) @IsDefined() @ValidateNested() @Type(() => RubricRequest) rubric!: RubricRequest;
  @ApiProperty({ type: ScoringPolicyRequest })
  @IsDefined()
  @ValidateNested()
  @Type(() => ScoringPolicyRequest)
  scoringPolicy!: ScoringPolicyRequest;
  @ApiProperty({ type: RoundWindowRequest }) @IsDefined() @ValidateNested() @Type(() => RoundWindowRequest) window!: RoundWindowRequest;
}

/** The name round list cursors are tagged with. */
const ROUND_LIST = 'rounds';

type Transition = 'start' | 'close-scoring' | 'archive';
const TRANSITIONS: Record<Transition, RoundCommand> = {
  start: { type: 'StartRound' },
  'close-scoring': { type: 'CloseScoring' },
  archive: { type: 'ArchiveRound' },
};

@ApiTags('rounds')
@ApiBearerAuth()
@Controller('rounds')
export class RoundsController {
  constructor(
    @Inject(WorkflowEngine) private readonly engine: WorkflowEngine,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    @Inject(ProjectionRuntime) private readonly readModels: ProjectionRuntime,
    @Inject(RoundPublicationHandler) private readonly publication: RoundPublicationHandler,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Plan a round (深调研, 走看赛, 大督查 or 一季一主题) with its rubric and scoring policy (admin)' })
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND: a scope county that does not exist' })
  @ApiConflictResponse({ description: 'THEME_REQUIRED, INVALID_RUBRIC, INVALID_PERIOD, INVALID_ROUND_SCOPE, INVALID_ROUND_WINDOW…' })
  async plan(@Body() body: PlanRoundRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    const roundId = newResourceId(meta);
    const tree = (await this.directory.fresh()).orgTree();
    for (const unitId of body.scopeCountyIds ?? []) {
      const unit = tree.find(unitId);
      if (unit === undefined) throw new OrgUnitNotFound(unitId);
      if (unit.kind !== 'county') throw new InvalidRoundScope(body.scopeCountyIds);
    }
    const counties = tree.ofKind('county').map((county) => county.id);
    const result = await this.engine.handle('round', roundStreamId(roundId), {
      type: 'PlanRound',
      roundId,
      kind: body.kind,
      title: body.title,
      period: body.period,
      ...(body.theme === undefined ? {} : { theme: body.theme }),
      scopeCountyIds: body.scopeCountyIds ?? counties,
      rubric: { items: body.rubric.items },
      scoringPolicy: body.scoringPolicy,
      window: { opensOn: body.window.opensOn as CalendarDate, closesOn: body.window.closesOn as CalendarDate },
    }, meta);
    return commandResponse(response, roundId, result);
  }

  // One route per transition: a `:transition` parameter would also catch POST /rounds/:id/tasks.
  @Post(':id/start')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Start a planned round: planned → active (admin)' })
  @ApiNotFoundResponse({ description: 'ROUND_NOT_FOUND' })
  @ApiConflictResponse({ description: 'ROUND_ALREADY_STARTED, ROUND_ALREADY_ARCHIVED' })
  start(@Param('id') id: string, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.transition(id, 'start', meta, response);
  }

  @Post(':id/close-scoring')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Close scoring of an active round: active → scoring-closed (admin)' })
  @ApiNotFoundResponse({ description: 'ROUND_NOT_FOUND' })
  @ApiConflictResponse({ description: 'ROUND_NOT_ACTIVE, ROUND_SCORING_ALREADY_CLOSED, ROUND_ALREADY_ARCHIVED' })
  closeScoring(@Param('id') id: string, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.transition(id, 'close-scoring', meta, response);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Publish the results: scoring-closed → published (admin)',
    description:
      'For a round that ranks counties (walk-see-compete, quarterly-theme), the RoundPublished event records the county ranking as it stands over ' +
      'everything committed before the request: that is what GET /rounds/:id/ranking answers from then on, until POST /rounds/:id/republish. ' +
      'A retry with the same Idempotency-Key answers with the first publication.',
  })
  @ApiNotFoundResponse({ description: 'ROUND_NOT_FOUND' })
  @ApiConflictResponse({ description: 'ROUND_SCORING_NOT_CLOSED, ROUND_ALREADY_PUBLISHED, ROUND_ALREADY_ARCHIVED' })
  async publish(@Param('id') id: string, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return commandResponse(response, id, await this.publication.publish(id, meta));
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Archive a published round: published → archived (admin)' })
  @ApiNotFoundResponse({ description: 'ROUND_NOT_FOUND' })
  @ApiConflictResponse({ description: 'ROUND_NOT_PUBLISHED, ROUND_ALREADY_ARCHIVED' })
  archive(@Param('id') id: string, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.transition(id, 'archive', meta, response);
  }

  @Get()
  @ApiOperation({ summary: 'Rounds, a page at a time, each with its progress (tasks by status)' })
  async list(@Query() query: ListQuery): Promise<{ items: Array<RoundState & { progress: RoundProgress }>; nextCursor: string | null }> {
    const limit = query.limit ?? 50;
    const after = query.cursor === undefined ? undefined : decodeListCursor(ROUND_LIST, query.cursor);
    const page = await this.store.listStreams('round', { ...(after === undefined ? {} : { after }), limit });
    const rounds = await Promise.all(page.map(async ({ streamId }) => (await this.engine.load<RoundState>('round', streamId)).state));
    const progress = await roundProgressQuery(
      this.readModels.dataSource,
      page.map(({ streamId }) => roundStreams.entityIdOf(streamId)),
    );
    const items = rounds.map((round, index) => ({ ...round, progress: progress.get(roundStreams.entityIdOf(page[index]!.streamId))! }));
    return { items, nextCursor: page.length === limit ? encodeListCursor(ROUND_LIST, page[page.length - 1]!.streamId) : null };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One round with its rubric, policy, status and progress (tasks by status)' })
  @ApiNotFoundResponse({ description: 'ROUND_NOT_FOUND' })
  async get(@Param('id') id: string, @Res({ passthrough: true }) response: HeaderSink): Promise<RoundState & { progress: RoundProgress }> {
    const loaded = await this.existing(id);
    withETag(response, loaded.version);
    const progress = await roundProgressQuery(this.readModels.dataSource, [id]);
    return { ...loaded.state, progress: progress.get(id)! };
  }

  private async transition(id: string, transition: Transition, meta: CommandMetadata, response: HeaderSink): Promise<CommandResponse> {
    await this.existing(id);
    const result = await this.engine.handle('round', roundStreamId(id), TRANSITIONS[transition], meta);
    return commandResponse(response, id, result);
  }

  private async existing(id: string) {
    const loaded = await this.engine.load<RoundState>('round', roundStreamId(id));
    if (loaded.version === 0) throw new RoundNotFound(id);
    return loaded;
  }
}
