import { applyDecorators, Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequestActor, Roles } from '@app/auth';
import { BackwardVillageCounts, BackwardVillageMonth, BackwardVillageView, BoardPage } from '@app/read-models';
import { CommandMetadata } from '@app/workflow-runtime';
import { CommandMeta } from '../http/command-metadata.decorator';
import { HeaderSink } from '../http/header-sink';
import { instantOf } from '../http/instant';
import { DEFAULT_PAGE_SIZE } from '../http/list-query';
import { ApiVersionedResponse, commandResponse, CommandResponse, withETag } from '../http/stream-response';
import { BackwardVillageOutcome } from './backward-village-commands';
import {
  AcceptanceCheckRequest,
  BackwardVillageCountsQuery,
  BackwardVillageListQuery,
  BackwardVillageTrendQuery as TrendRequest,
  DelistRequest,
  ListBackwardVillageRequest,
  PlanRectificationRequest,
  RectificationProgressRequest,
} from './backward-village.requests';
import {
  BackwardVillageCommandResponse,
  BackwardVillageCountsResponse,
  BackwardVillagePageResponse,
  BackwardVillageResponse,
  BackwardVillageTrendResponse,
} from './backward-village.responses';
import { BackwardVillageTrendQuery, CountBackwardVillagesQuery } from './count-backward-villages/count-backward-villages.query';
import { GetBackwardVillageQuery } from './get-backward-village/get-backward-village.query';
import { ListBackwardVillageCommand } from './list-backward-village/list-backward-village.command';
import { ListBackwardVillagesQuery } from './list-backward-villages/list-backward-villages.query';
import { BackwardVillageStep, TakeBackwardVillageStep } from './take-backward-village-step/take-backward-village-step.command';

/** A step on a listing: POST /backward-villages/:id/<path>, answered 200 with the listing after it and its version as the ETag. */
function ListingStepRoute(path: string, summary: string, conflicts: string, forbidden = 'OUT_OF_SCOPE'): MethodDecorator {
  return applyDecorators(
    Post(`backward-villages/:id/${path}`),
    HttpCode(200),
    Roles('admin', 'official'),
    ApiOperation({ summary }),
    ApiVersionedResponse(BackwardVillageCommandResponse),
    ApiNotFoundResponse({ description: 'BACKWARD_VILLAGE_NOT_FOUND' }),
    ApiForbiddenResponse({ description: forbidden }),
    ApiConflictResponse({ description: conflicts }),
  );
}

/**
 * 后进村整转 over HTTP: listing a village's party organisation, its rectification plan, progress,
 * the county's acceptance check and the delisting; the list, one listing, and the counts per
 * township and county as of any instant with a trend by month. Officials act and read only within
 * their own subtree (OUT_OF_SCOPE); the acceptance check and delisting are the village's county's.
 */
@ApiTags('backward-villages')
@ApiBearerAuth()
@Controller()
export class BackwardVillagesController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Post('backward-villages')
  @Roles('admin', 'official')
  @ApiOperation({ summary: 'List a village’s party organisation as backward (列入后进), with a reason from the list and a note' })
  @ApiVersionedResponse(BackwardVillageCommandResponse, { status: 201 })
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'OUT_OF_SCOPE' })
  @ApiConflictResponse({ description: 'LISTED_UNIT_NOT_A_VILLAGE, VILLAGE_ALREADY_LISTED (details.listingId), INVALID_BACKWARD_VILLAGE_LISTING' })
  async list(@Body() body: ListBackwardVillageRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return answer(response, await this.commands.execute(new ListBackwardVillageCommand(body, meta)));
  }

  @ListingStepRoute('plan', 'Make the rectification plan (整改方案): measures due in working days from today', 'BACKWARD_VILLAGE_STEP_NOT_ALLOWED (planned already), INVALID_RECTIFICATION_PLAN')
  plan(@Param('id') id: string, @Body() body: PlanRectificationRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.step(id, { type: 'PlanRectification', summary: body.summary, measures: body.measures }, meta, response);
  }

  @ListingStepRoute(
    'progress',
    'Report rectification progress (整改进展), on a measure or the whole, with evidence; completesMeasure marks the measure done',
    'BACKWARD_VILLAGE_STEP_NOT_ALLOWED (accepted or delisted), MEASURE_ALREADY_COMPLETED, INVALID_ATTACHMENTS',
  )
  progress(@Param('id') id: string, @Body() body: RectificationProgressRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.step(id, { type: 'ReportRectificationProgress', ...body }, meta, response);
  }

  @ListingStepRoute(
    'acceptance',
    'The county’s acceptance check (验收): passed lets it be delisted; failed sends it back to rectifying with the reason',
    'MEASURES_OUTSTANDING, BACKWARD_VILLAGE_STEP_NOT_ALLOWED',
    'NOT_THE_VILLAGES_COUNTY (an official of the village’s county or an admin)',
  )
  acceptance(@Param('id') id: string, @Body() body: AcceptanceCheckRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.step(id, { type: 'CheckRectificationAcceptance', passed: body.passed, comment: body.comment }, meta, response);
  }

  @ListingStepRoute('delist', 'Delist an accepted village (摘帽)', 'BACKWARD_VILLAGE_STEP_NOT_ALLOWED (not accepted)', 'NOT_THE_VILLAGES_COUNTY (an official of the village’s county or an admin)')
  delist(@Param('id') id: string, @Body() body: DelistRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.step(id, { type: 'DelistBackwardVillage', note: body.note }, meta, response);
  }

  @Get('backward-villages')
  @ApiOperation({ summary: 'The backward-village list; officials see only villages in their own subtree' })
  @ApiOkResponse({ type: BackwardVillagePageResponse })
  board(@Query() { limit, ...filters }: BackwardVillageListQuery, @CurrentActor() actor: RequestActor): Promise<BoardPage<BackwardVillageView>> {
    return this.queries.execute(new ListBackwardVillagesQuery(actor, { ...filters, limit: limit ?? DEFAULT_PAGE_SIZE }));
  }

  @Get('backward-villages/counts')
  @ApiOperation({ summary: 'Backward villages per township or county as of an instant (now when absent): on the list, ever listed, delisted' })
  @ApiOkResponse({ type: BackwardVillageCountsResponse })
  counts(@Query() query: BackwardVillageCountsQuery, @CurrentActor() actor: RequestActor): Promise<BackwardVillageCounts> {
    return this.queries.execute(new CountBackwardVillagesQuery(actor, query.by ?? 'county', instantOf(query.asOf), query.unit));
  }

  @Get('backward-villages/trend')
  @ApiOperation({ summary: 'Backward villages month by month through a year: on the list at each month’s end, listed and delisted in it' })
  @ApiOkResponse({ type: BackwardVillageTrendResponse })
  trend(@Query() query: TrendRequest, @CurrentActor() actor: RequestActor): Promise<{ year: number; months: BackwardVillageMonth[] }> {
    return this.queries.execute(new BackwardVillageTrendQuery(actor, query.year, query.unit));
  }

  @Get('backward-villages/:id')
  @ApiOperation({ summary: 'One listing with its plan, progress and acceptance checks' })
  @ApiVersionedResponse(BackwardVillageResponse)
  @ApiNotFoundResponse({ description: 'BACKWARD_VILLAGE_NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'OUT_OF_SCOPE' })
  async get(@Param('id') id: string, @CurrentActor() actor: RequestActor, @Res({ passthrough: true }) response: HeaderSink): Promise<BackwardVillageView> {
    const found = await this.queries.execute(new GetBackwardVillageQuery(id, actor));
    withETag(response, found.version);
    return found.view;
  }

  private async step(id: string, step: BackwardVillageStep, meta: CommandMetadata, response: HeaderSink): Promise<CommandResponse> {
    return answer(response, await this.commands.execute(new TakeBackwardVillageStep(id, step, meta)));
  }
}

function answer(response: HeaderSink, { listingId, result }: BackwardVillageOutcome): CommandResponse {
  return commandResponse(response, listingId, result);
}
