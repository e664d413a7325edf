import { applyDecorators, Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/auth';
import { CalendarDate } from '@app/workflow';
import { CommandMetadata } from '@app/workflow-runtime';
import { CommandMeta } from '../http/command-metadata.decorator';
import { HeaderSink } from '../http/header-sink';
import { DEFAULT_PAGE_SIZE, ListQuery } from '../http/list-query';
import { ApiVersionedResponse, commandResponse, CommandResponse, withETag } from '../http/stream-response';
import { GetRoundQuery } from './get-round/get-round.query';
import { ListRoundsQuery, RoundPage } from './list-rounds/list-rounds.query';
import { PlanRoundCommand } from './plan-round/plan-round.command';
import { PublishRoundCommand } from './publish-round/publish-round.command';
import { RepublishRankingCommand } from './republish-ranking/republish-ranking.command';
import { RoundCommandOutcome } from './round-commands';
import { PlanRoundRequest, RepublishRankingRequest } from './round.requests';
import { RoundCommandResponse, RoundPageResponse, RoundViewResponse } from './round.responses';
import { RoundView } from './round-views';
import { RoundStep, TakeRoundStep } from './take-round-step/take-round-step.command';

/** A step on an existing round: POST /rounds/:id/<path> (admin), answered 200 with the round after it and its version as the ETag. */
function RoundStepRoute(path: string, operation: { summary: string; description?: string }, conflicts: string): MethodDecorator {
  return applyDecorators(
    Post(`:id/${path}`),
    HttpCode(200),
    Roles('admin'),
    ApiOperation(operation),
    ApiVersionedResponse(RoundCommandResponse),
    ApiNotFoundResponse({ description: 'ROUND_NOT_FOUND' }),
    ApiConflictResponse({ description: conflicts }),
  );
}

/**
 * Supervision rounds over HTTP: each route hands one command or query to its use case (rounds/*)
 * and answers with the round's version as the ETag. One route per step: a `:step` parameter would
 * also catch POST /rounds/:id/tasks.
 */
@ApiTags('rounds')
@ApiBearerAuth()
@Controller('rounds')
export class RoundsController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Plan a round (深调研, 走看赛, 大督查, 一季一主题, or 述职评议考核 with its panel instead of a rubric) with its scoring policy (admin)' })
  @ApiVersionedResponse(RoundCommandResponse, { status: 201 })
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND: a scope county that does not exist; INSPECTOR_NOT_FOUND: a panel member who is not an inspector' })
  @ApiConflictResponse({ description: 'THEME_REQUIRED, INVALID_RUBRIC, INVALID_PERIOD, INVALID_ROUND_SCOPE, INVALID_ROUND_WINDOW…' })
  async plan(@Body() body: PlanRoundRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    const window = { opensOn: body.window.opensOn as CalendarDate, closesOn: body.window.closesOn as CalendarDate };
    return answer(response, await this.commands.execute(new PlanRoundCommand({ ...body, window }, meta)));
  }

  @RoundStepRoute('start', { summary: 'Start a planned round: planned → active (admin)' }, 'ROUND_ALREADY_STARTED, ROUND_ALREADY_ARCHIVED')
  start(@Param('id') id: string, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.step(id, { type: 'StartRound' }, meta, response);
  }

  @RoundStepRoute(
    'close-scoring',
    { summary: 'Close scoring of an active round: active → scoring-closed (admin)' },
    'ROUND_NOT_ACTIVE, ROUND_SCORING_ALREADY_CLOSED, ROUND_ALREADY_ARCHIVED',
  )
  closeScoring(@Param('id') id: string, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.step(id, { type: 'CloseScoring' }, meta, response);
  }

  @RoundStepRoute(
    'publish',
    {
      summary: 'Publish the results: scoring-closed → published (admin)',
      description:
        'For a round that ranks counties (walk-see-compete, quarterly-theme), the RoundPublished event records the county ranking as it stands over ' +
        'everything committed before the request: that is what GET /rounds/:id/ranking answers from then on, until POST /rounds/:id/republish. ' +
        'A retry with the same Idempotency-Key answers with the first publication.',
    },
    'ROUND_SCORING_NOT_CLOSED, ROUND_ALREADY_PUBLISHED, ROUND_ALREADY_ARCHIVED',
  )
  async publish(@Param('id') id: string, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return answer(response, await this.commands.execute(new PublishRoundCommand(id, meta)));
  }

  @RoundStepRoute(
    'republish',
    {
      summary: 'Republish a published round’s ranking, for a reason (admin)',
      description:
        'Records the live ranking over everything committed before the request as the next version of the published ranking (RoundRankingRepublished, ' +
        'with the reason and who did it). GET /rounds/{id}/ranking answers with it from then on; as of an instant before, with the version in force then. ' +
        'The answer’s state.publication carries the new version, when, by whom and why. Archived rankings are final.',
    },
    'ROUND_NOT_PUBLISHED; ROUND_ALREADY_ARCHIVED (archived rankings are final); ROUND_NOT_RANKED; RANKING_UNCHANGED: the live ranking is the one in force, nothing to republish',
  )
  @ApiTags('ranking')
  @ApiVersionedResponse(RoundCommandResponse, { description: 'republished: the event appended and the round, state.publication naming the new version' })
  async republish(
    @Param('id') id: string,
    @Body() body: RepublishRankingRequest,
    @CommandMeta() meta: CommandMetadata,
    @Res({ passthrough: true }) response: HeaderSink,
  ): Promise<CommandResponse> {
    return answer(response, await this.commands.execute(new RepublishRankingCommand(id, body.reason, meta)));
  }

  @RoundStepRoute('archive', { summary: 'Archive a published round: published → archived (admin)' }, 'ROUND_NOT_PUBLISHED, ROUND_ALREADY_ARCHIVED')
  archive(@Param('id') id: string, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.step(id, { type: 'ArchiveRound' }, meta, response);
  }

  @Get()
  @ApiOperation({ summary: 'Rounds, a page at a time, each with its progress (tasks by status)' })
  @ApiOkResponse({ type: RoundPageResponse })
  list(@Query() { cursor, limit }: ListQuery): Promise<RoundPage> {
    return this.queries.execute(new ListRoundsQuery({ ...(cursor === undefined ? {} : { cursor }), limit: limit ?? DEFAULT_PAGE_SIZE }));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One round with its rubric, policy, status and progress (tasks by status)' })
  @ApiVersionedResponse(RoundViewResponse)
  @ApiNotFoundResponse({ description: 'ROUND_NOT_FOUND' })
  async get(@Param('id') id: string, @Res({ passthrough: true }) response: HeaderSink): Promise<RoundView> {
    const found = await this.queries.execute(new GetRoundQuery(id));
    withETag(response, found.version);
    return found.view;
  }

  private async step(id: string, step: RoundStep, meta: CommandMetadata, response: HeaderSink): Promise<CommandResponse> {
    return answer(response, await this.commands.execute(new TakeRoundStep(id, step, meta)));
  }
}

function answer(response: HeaderSink, { roundId, result }: RoundCommandOutcome): CommandResponse {
  return commandResponse(response, roundId, result);
}
