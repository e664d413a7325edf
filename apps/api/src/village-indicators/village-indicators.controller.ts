import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequestActor, Roles } from '@app/auth';
import { IndicatorSummary } from '@app/read-models';
import { CommandMetadata } from '@app/workflow-runtime';
import { CommandMeta } from '../http/command-metadata.decorator';
import { HeaderSink } from '../http/header-sink';
import { instantOf } from '../http/instant';
import { ApiVersionedResponse, commandResponse, CommandResponse } from '../http/stream-response';
import { GetIndicatorSummaryQuery } from './get-indicator-summary/get-indicator-summary.query';
import { GetIndicatorTrendQuery, IndicatorTrend } from './get-indicator-trend/get-indicator-trend.query';
import { GetVillageIndicatorsQuery, VillageIndicators } from './get-village-indicators/get-village-indicators.query';
import { IndicatorSubmission, RecordVillageIndicatorsCommand, VillageIndicatorOutcome } from './record-village-indicators/record-village-indicators.command';
import { CorrectVillageIndicatorsRequest, IndicatorAsOfQuery, IndicatorSummaryQuery, IndicatorTrendQuery, VillageIndicatorReportRequest } from './village-indicators.requests';
import { IndicatorSummaryResponse, IndicatorTrendResponse, VillageIndicatorsResponse } from './village-indicators.responses';

function submissionOf({ period, firstSecretary, reason, ...report }: VillageIndicatorReportRequest & { reason?: string }): IndicatorSubmission {
  return { period, report: { ...report, firstSecretary: firstSecretary ?? null }, ...(reason === undefined ? {} : { reason }) };
}

/**
 * Village indicators over HTTP (百村示范、千村晋位, 三年强村, 千企结千村, 第一书记, 全科网格): a
 * village's period reports and corrections, and the roll-ups the 大屏 reads. Officials report for
 * the villages below their unit and read only their own subtree (OUT_OF_SCOPE).
 */
@ApiTags('village-indicators')
@ApiBearerAuth()
@Controller()
export class VillageIndicatorsController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Post('villages/:unitId/indicators')
  @Roles('admin', 'official')
  @ApiOperation({
    summary: 'Report a village’s indicators for a period (admin, or an official of a unit above the village)',
    description: 'A period is reported once; a second report of it is 409 INDICATOR_PERIOD_ALREADY_REPORTED (correct it instead).',
  })
  @ApiVersionedResponse(CommandResponse, { status: 201 })
  @ApiBadRequestResponse({ description: 'INVALID_INDICATOR_REPORT (details.problems), VALIDATION_FAILED' })
  @ApiForbiddenResponse({ description: 'OUT_OF_SCOPE, INDICATORS_REPORTED_FROM_ABOVE (the village’s own official)' })
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND' })
  @ApiConflictResponse({ description: 'NOT_A_VILLAGE, INDICATOR_PERIOD_ALREADY_REPORTED' })
  async report(@Param('unitId') unitId: string, @Body() body: VillageIndicatorReportRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return answer(response, await this.commands.execute(new RecordVillageIndicatorsCommand(unitId, submissionOf(body), meta)));
  }

  @Post('villages/:unitId/indicators/corrections')
  @HttpCode(200)
  @Roles('admin', 'official')
  @ApiOperation({
    summary: 'Correct a reported period of a village, with a reason: the next revision replaces it (the earlier stays readable as of before)',
  })
  @ApiVersionedResponse(CommandResponse)
  @ApiBadRequestResponse({ description: 'INVALID_INDICATOR_REPORT (details.problems), VALIDATION_FAILED' })
  @ApiForbiddenResponse({ description: 'OUT_OF_SCOPE, INDICATORS_REPORTED_FROM_ABOVE' })
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND, INDICATOR_PERIOD_NOT_REPORTED' })
  @ApiConflictResponse({ description: 'NOT_A_VILLAGE, CORRECTION_REASON_REQUIRED' })
  async correct(@Param('unitId') unitId: string, @Body() body: CorrectVillageIndicatorsRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return answer(response, await this.commands.execute(new RecordVillageIndicatorsCommand(unitId, submissionOf(body), meta)));
  }

  @Get('villages/:unitId/indicators')
  @ApiOperation({ summary: 'A village’s reports, latest period first, each with the revisions it replaced; as known at asOf' })
  @ApiOkResponse({ type: VillageIndicatorsResponse })
  @ApiForbiddenResponse({ description: 'OUT_OF_SCOPE' })
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND' })
  @ApiConflictResponse({ description: 'NOT_A_VILLAGE' })
  village(@Param('unitId') unitId: string, @Query() query: IndicatorAsOfQuery, @CurrentActor() actor: RequestActor): Promise<VillageIndicators> {
    return this.queries.execute(new GetVillageIndicatorsQuery(unitId, actor, instantOf(query.asOf)));
  }

  @Get('indicators/summary')
  @ApiOperation({
    summary: 'The roll-up of a unit’s villages for a period, in whole and per unit directly below it (the 大屏’s figures); as known at asOf',
    description: 'Grade distribution and 先锋示范村 share, villages at the 三年强村 targets, pairings, 第一书记 coverage, grids.',
  })
  @ApiOkResponse({ type: IndicatorSummaryResponse })
  @ApiForbiddenResponse({ description: 'OUT_OF_SCOPE' })
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND' })
  summary(@Query() { unitId, period, asOf }: IndicatorSummaryQuery, @CurrentActor() actor: RequestActor): Promise<IndicatorSummary> {
    return this.queries.execute(new GetIndicatorSummaryQuery(actor, { ...(unitId === undefined ? {} : { unitId }), ...(period === undefined ? {} : { period }), ...asOfOf(asOf) }));
  }

  @Get('indicators/trend')
  @ApiOperation({ summary: 'A unit’s villages rolled up per period reported, in period order; as known at asOf' })
  @ApiOkResponse({ type: IndicatorTrendResponse })
  @ApiForbiddenResponse({ description: 'OUT_OF_SCOPE' })
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND' })
  trend(@Query() { unitId, asOf }: IndicatorTrendQuery, @CurrentActor() actor: RequestActor): Promise<IndicatorTrend> {
    return this.queries.execute(new GetIndicatorTrendQuery(actor, { ...(unitId === undefined ? {} : { unitId }), ...asOfOf(asOf) }));
  }
}

function asOfOf(asOf: string | undefined): { asOf?: Date } {
  const instant = instantOf(asOf);
  return instant === undefined ? {} : { asOf: instant };
}

function answer(response: HeaderSink, { unitId, result }: VillageIndicatorOutcome): CommandResponse {
  return commandResponse(response, unitId, result);
}
