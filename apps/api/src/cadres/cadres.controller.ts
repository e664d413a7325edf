import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequestActor, Roles } from '@app/auth';
import { BoardPage, CadreCounts, CadreHistory, MonitoredCadreView } from '@app/read-models';
import { CommandMetadata } from '@app/workflow-runtime';
import { CommandMeta } from '../http/command-metadata.decorator';
import { HeaderSink } from '../http/header-sink';
import { DEFAULT_PAGE_SIZE } from '../http/list-query';
import { ApiVersionedResponse, commandResponse, CommandResponse } from '../http/stream-response';
import { AdjustCadreCommand } from './adjust-cadre/adjust-cadre.command';
import { CadreOutcome } from './cadre-commands';
import { CadreAdjustmentRequest, CadreCountsQuery, CadreListQuery, CadreMonitoringRequest, CadreParams } from './cadre.requests';
import { CadreCommandResponse, CadreCountsResponse, CadreHistoryResponse, MonitoredCadrePageResponse } from './cadre.responses';
import { GetCadreHistoryQuery } from './get-cadre-history/get-cadre-history.query';
import { CountCadresQuery, ListCadresQuery } from './list-cadres/list-cadres.query';
import { RecordCadreMonitoringCommand } from './record-cadre-monitoring/record-cadre-monitoring.command';

/**
 * 村社干部日常监测 over HTTP: a person's history across units (their terms, from the org units'
 * responsible-person events, and their monitoring entries), concerns and warnings recorded on them,
 * adjustments (调整) that change the village's responsible people, the monitored cadres and the
 * counts per county. Officials act and read only within their own subtree (OUT_OF_SCOPE).
 */
@ApiTags('cadres')
@ApiBearerAuth()
@Controller()
export class CadresController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Get('cadres')
  @ApiOperation({ summary: 'The monitored cadres, with how many concerns, warnings and adjustments each; officials see only entries in their own subtree' })
  @ApiOkResponse({ type: MonitoredCadrePageResponse })
  list(@Query() { limit, ...filters }: CadreListQuery, @CurrentActor() actor: RequestActor): Promise<BoardPage<MonitoredCadreView>> {
    return this.queries.execute(new ListCadresQuery(actor, { ...filters, limit: limit ?? DEFAULT_PAGE_SIZE }));
  }

  @Get('cadres/counts')
  @ApiOperation({ summary: 'Adjustments (调整不称职村社干部), concerns and warnings per county and in all' })
  @ApiOkResponse({ type: CadreCountsResponse })
  counts(@Query() query: CadreCountsQuery, @CurrentActor() actor: RequestActor): Promise<CadreCounts> {
    return this.queries.execute(new CountCadresQuery(actor, query.unit));
  }

  @Get('cadres/:personId')
  @ApiOperation({ summary: 'A person’s history across units: every role held and every monitoring entry' })
  @ApiOkResponse({ type: CadreHistoryResponse })
  @ApiNotFoundResponse({ description: 'CADRE_NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'OUT_OF_SCOPE' })
  history(@Param() { personId }: CadreParams, @CurrentActor() actor: RequestActor): Promise<CadreHistory> {
    return this.queries.execute(new GetCadreHistoryQuery(personId, actor));
  }

  @Post('cadres/:personId/monitoring')
  @Roles('admin', 'official')
  @ApiOperation({ summary: 'Record a concern (关注) or a warning (预警) on a person at a unit they serve or served' })
  @ApiVersionedResponse(CadreCommandResponse, { status: 201 })
  @ApiNotFoundResponse({ description: 'CADRE_NOT_FOUND, ORG_UNIT_NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'OUT_OF_SCOPE' })
  @ApiConflictResponse({ description: 'CADRE_NOT_OF_UNIT, INVALID_CADRE_RECORD' })
  async monitoring(
    @Param() { personId }: CadreParams,
    @Body() body: CadreMonitoringRequest,
    @CommandMeta() meta: CommandMetadata,
    @Res({ passthrough: true }) response: HeaderSink,
  ): Promise<CommandResponse> {
    return answer(response, await this.commands.execute(new RecordCadreMonitoringCommand(personId, body, meta)));
  }

  @Post('cadres/:personId/adjustments')
  @Roles('admin', 'official')
  @ApiOperation({
    summary: 'Adjust a village cadre (调整不称职村社干部): out of the role they hold, a successor in or the role left vacant',
    description: 'The village’s responsible person changes as a consequence, shortly after the answer (GET /org-units/{id} shows it), made by the system.',
  })
  @ApiVersionedResponse(CadreCommandResponse, { status: 201 })
  @ApiNotFoundResponse({ description: 'CADRE_NOT_FOUND, ORG_UNIT_NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'OUT_OF_SCOPE, ADJUSTMENT_FROM_ABOVE (not by the village itself)' })
  @ApiConflictResponse({ description: 'CADRE_NOT_IN_ROLE, NOT_A_VILLAGE_CADRE, INVALID_CADRE_RECORD' })
  async adjust(
    @Param() { personId }: CadreParams,
    @Body() body: CadreAdjustmentRequest,
    @CommandMeta() meta: CommandMetadata,
    @Res({ passthrough: true }) response: HeaderSink,
  ): Promise<CommandResponse> {
    return answer(response, await this.commands.execute(new AdjustCadreCommand(personId, body, meta)));
  }
}

function answer(response: HeaderSink, { personId, result }: CadreOutcome): CommandResponse {
  return commandResponse(response, personId, result);
}
