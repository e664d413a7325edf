import { Body, Controller, Get, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiExtraModels, ApiForbiddenResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequestActor, Roles } from '@app/auth';
import { BoardPage, CaseView, ResponsibilityChainView } from '@app/read-models';
import { CommandMetadata } from '@app/workflow-runtime';
import { ApiDeadlineProvisional } from '../calendar/deadline-provisional.docs';
import { CommandMeta } from '../http/command-metadata.decorator';
import { HeaderSink } from '../http/header-sink';
import { DEFAULT_PAGE_SIZE } from '../http/list-query';
import { ApiVersionedResponse, commandResponse, CommandResponse, withETag } from '../http/stream-response';
import { CaseCommandOutcome } from './case-commands';
import { CaseHistoryEntry } from './case-history';
import { CASE_PAGE, CaseStepRoute, optional } from './case.docs';
import { CaseBoardPageResponse, CaseCommandResponse, CasePageResponse, ResponsibilityChainResponse, TermResponse } from './case.responses';
import {
  CaseBoardQuery,
  CommentRequest,
  OpenCaseRequest,
  ReasonRequest,
  ReportRequest,
  RequestExtensionRequest,
  SplitCaseRequest,
  UrgeRequest,
} from './case.requests';
import { GetCaseQuery } from './get-case/get-case.query';
import { GetCaseChainQuery } from './get-case-chain/get-case-chain.query';
import { ListCasesQuery } from './list-cases/list-cases.query';
import { OpenCaseCommand } from './open-case/open-case.command';
import { SplitCaseCommand } from './split-case/split-case.command';
import { AttachmentNaming, CaseStep, TakeCaseStep } from './take-case-step/take-case-step.command';

/**
 * 督办 cases over HTTP: each route hands one command or query to its use case (cases/*), and
 * answers with the case's version as the ETag. Officials read and act only on cases of their own
 * unit and the units below it (OUT_OF_SCOPE).
 */
@ApiTags('cases')
@ApiBearerAuth()
@ApiExtraModels(TermResponse)
@ApiForbiddenResponse({ description: 'OUT_OF_SCOPE: the case lies outside the official’s unit' })
@Controller('cases')
export class CasesController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('admin', 'inspector')
  @ApiOperation({ summary: '立项: open a case from a task’s finding (its inspector or an admin; one case per finding) or directly (admin)' })
  @ApiVersionedResponse(CaseCommandResponse, { status: 201 })
  @ApiNotFoundResponse({ description: 'TASK_NOT_FOUND, FINDING_NOT_FOUND, ORG_UNIT_NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'NOT_ASSIGNED_INSPECTOR, DIRECT_CASE_ADMIN_ONLY' })
  @ApiConflictResponse({ description: 'CASE_ALREADY_OPENED (the finding has its case), CASE_DETAILS_REQUIRED, CASE_UNIT_OFF_FINDING_CHAIN' })
  async open(@Body() { finding, ...details }: OpenCaseRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return answer(response, await this.commands.execute(new OpenCaseCommand(details, finding, meta)));
  }

  @CaseStepRoute('assign', ['admin', 'inspector'], '交办: hand the case to its unit; the deadline starts counting', 'CASE_ALREADY_ASSIGNED')
  assign(@Param('id') id: string, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.step(id, { type: 'AssignCase' }, meta, response);
  }

  @CaseStepRoute('sign', ['official'], '签收: the responsible unit (or one above it) acknowledges the case', 'CASE_NOT_ASSIGNED, CASE_ALREADY_SIGNED')
  sign(@Param('id') id: string, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.step(id, { type: 'SignCase' }, meta, response);
  }

  @CaseStepRoute('progress', ['official'], '办理: report progress (the first report starts the handling)', 'CASE_NOT_SIGNED, CASE_ALREADY_SUBMITTED')
  progress(@Param('id') id: string, @Body() body: ReportRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.step(id, { type: 'ReportProgress', report: body.report }, meta, response, body.attachments);
  }

  @CaseStepRoute('submit', ['official'], '反馈: submit the completion report for 复核', 'CASE_NOT_IN_PROGRESS, CHILD_CASES_OPEN')
  submit(@Param('id') id: string, @Body() body: ReportRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.step(id, { type: 'SubmitCase', report: body.report }, meta, response, body.attachments);
  }

  @CaseStepRoute('verify', ['admin', 'inspector'], '复核 passed: the case is closed (办结) and its warnings come down (摘牌)', 'CASE_NOT_SUBMITTED, CHILD_CASES_OPEN')
  verify(@Param('id') id: string, @Body() body: CommentRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.step(id, { type: 'VerifyCase', ...optional('comment', body.comment) }, meta, response);
  }

  @CaseStepRoute('reject', ['admin', 'inspector'], '复核 failed: back to 办理 with the reason', 'CASE_NOT_SUBMITTED')
  reject(@Param('id') id: string, @Body() body: ReasonRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.step(id, { type: 'RejectCase', reason: body.reason }, meta, response);
  }

  @CaseStepRoute('urge', ['admin', 'inspector'], '催办: a recorded reminder to the responsible unit', 'CASE_ALREADY_CLOSED')
  urge(@Param('id') id: string, @Body() body: UrgeRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.step(id, { type: 'UrgeCase', ...optional('message', body.message) }, meta, response);
  }

  @CaseStepRoute('request-extension', ['official'], '延期 requested by the responsible unit: a new deadline in working days from approval', 'EXTENSION_ALREADY_PENDING, EXTENSION_NOT_LATER')
  requestExtension(@Param('id') id: string, @Body() body: RequestExtensionRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.step(id, { type: 'RequestExtension', newDueWorkingDays: body.newDueWorkingDays, reason: body.reason }, meta, response);
  }

  @CaseStepRoute('approve-extension', ['admin'], '延期 approved (admin): the warnings come down; a repeated extension is itself a red warning', 'NO_PENDING_EXTENSION, EXTENSION_NOT_LATER')
  approveExtension(@Param('id') id: string, @Body() body: CommentRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.step(id, { type: 'ApproveExtension', ...optional('comment', body.comment) }, meta, response);
  }

  @CaseStepRoute('deny-extension', ['admin'], '延期 denied (admin), with the reason', 'NO_PENDING_EXTENSION')
  denyExtension(@Param('id') id: string, @Body() body: ReasonRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.step(id, { type: 'DenyExtension', reason: body.reason }, meta, response);
  }

  @CaseStepRoute('split', ['official', 'admin'], '逐级传导压力: pass parts of the case to units below it as child cases, opened and handed over at once; a child given no description shares its parent’s (descriptionFromCaseId)', 'CHILD_UNIT_NOT_BELOW, CHILD_DEADLINE_AFTER_PARENT, CASE_NOT_SIGNED')
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND' })
  async split(@Param('id') id: string, @Body() body: SplitCaseRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return answer(response, await this.commands.execute(new SplitCaseCommand(id, body.children, meta)));
  }

  @Get()
  @ApiOperation({
    summary: 'Case board: filters unit (subtree), accountable unit, status, warning colour, overdue; officials see only their own subtree',
    description: 'Each case names every unit accountable for it now (accountableUnitIds): a red escalation makes the unit above accountable too, beside the responsible unit.',
  })
  @ApiDeadlineProvisional(CaseBoardPageResponse)
  board(@Query() { limit, ...filters }: CaseBoardQuery, @CurrentActor() actor: RequestActor): Promise<BoardPage<CaseView>> {
    return this.queries.execute(new ListCasesQuery(actor, { ...filters, limit: limit ?? DEFAULT_PAGE_SIZE }));
  }

  @Get(':id')
  @ApiOperation(CASE_PAGE)
  @ApiDeadlineProvisional(CasePageResponse, { versioned: true })
  @ApiNotFoundResponse({ description: 'CASE_NOT_FOUND' })
  async get(@Param('id') id: string, @CurrentActor() actor: RequestActor, @Res({ passthrough: true }) response: HeaderSink): Promise<CaseView & { history: CaseHistoryEntry[] }> {
    const found = await this.queries.execute(new GetCaseQuery(id, actor));
    withETag(response, found.version);
    return found.view;
  }

  @Get(':id/chain')
  @ApiOperation({ summary: 'Responsibility chain: every level from the case’s unit up to the city, the current holder, escalation, warnings, children' })
  @ApiDeadlineProvisional(ResponsibilityChainResponse, { versioned: true })
  @ApiNotFoundResponse({ description: 'CASE_NOT_FOUND' })
  async chain(@Param('id') id: string, @CurrentActor() actor: RequestActor, @Res({ passthrough: true }) response: HeaderSink): Promise<ResponsibilityChainView> {
    const found = await this.queries.execute(new GetCaseChainQuery(id, actor));
    withETag(response, found.version);
    return found.chain;
  }

  private async step(id: string, step: CaseStep, meta: CommandMetadata, response: HeaderSink, attachments: readonly AttachmentNaming[] = []): Promise<CommandResponse> {
    return answer(response, await this.commands.execute(new TakeCaseStep(id, step, meta, attachments)));
  }
}

function answer(response: HeaderSink, { caseId, result }: CaseCommandOutcome): CommandResponse {
  return commandResponse(response, caseId, result);
}
