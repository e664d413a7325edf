import { Body, Controller, Get, HttpCode, Inject, Logger, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { CurrentActor, RequestActor, Roles, UserDirectory } from '@app/auth';
import { EVENT_STORE, PostgresEventStore } from '@app/event-store';
import {
  CASE_SEVERITIES,
  CaseCommand,
  CaseNotFound,
  CaseSeverity,
  CaseSource,
  CaseState,
  caseStreamId,
  CaseStatus,
  ExistingCase,
  NotAssignedInspector,
  OrgUnitNotFound,
  OrgTree,
  TaskNotFound,
  TaskState,
  taskStreamId,
  WARNING_COLOURS,
  WarningColour,
} from '@app/supervision';
import { Clock, CLOCK, DomainError, NotFoundError, WorkingDayCalendar } from '@app/workflow';
import { ProjectionRuntime } from '@app/projections';
import { BoardPage, caseBoardQuery, CaseView, caseViewsOf, chainQuery, ResponsibilityChainView, WorkingDayClock } from '@app/read-models';
import { CommandMetadata, deterministicUuid, ProcessManagerRunner, WORKING_DAY_CALENDAR, WorkflowEngine } from '@app/workflow-runtime';
import { CaseHistoryEntry, caseHistoryOf } from './case-history';
import { CommandMeta, newResourceId } from '../http/command-metadata.decorator';
import { ApiDeadlineProvisional } from '../calendar/deadline-provisional.docs';
import { OrgDirectory } from '../org-units/org-directory';
import { ListQuery } from '../http/list-query';
import { commandResponse, CommandResponse, withETag } from '../http/stream-response';
import { HeaderSink } from '../http/header-sink';
import { assertWithinOrgScope, orgScopeOfList } from '@app/supervision';

export class FindingNotFound extends NotFoundError {
  readonly code = 'FINDING_NOT_FOUND';
  constructor(taskId: string, findingId: string) {
    super('The task has no finding with this id', { taskId, findingId });
  }
}

export class CaseUnitOffFindingChain extends DomainError {
  readonly code = 'CASE_UNIT_OFF_FINDING_CHAIN';
  constructor(findingUnitId: string, responsibleUnitId: string) {
    super('A case from a finding goes to the unit where the problem was found or a unit above it', { findingUnitId, responsibleUnitId });
  }
}

export class CaseFindingSource {
  @ApiProperty() @IsString() @Length(1, 100) taskId!: string;
  @ApiProperty() @IsString() @Length(1, 100) findingId!: string;
}

export class OpenCaseRequest {
  @ApiPropertyOptional({ type: CaseFindingSource, description: 'the finding the case comes from; absent for a case opened directly (admin only)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseFindingSource)
  finding?: CaseFindingSource;
  @ApiPropertyOptional({ description: 'required for a direct case; a finding’s title by default', example: '村级议事制度未落实' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  title?: string;
  @ApiPropertyOptional({ description: 'required for a direct case; a finding’s description by default' })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  description?: string;
  @ApiPropertyOptional({ enum: CASE_SEVERITIES, description: 'required for a direct case; a finding’s severity by default' })
  @IsOptional()
  @IsIn(CASE_SEVERITIES)
  severity?: CaseSeverity;
  @ApiPropertyOptional({
    description: 'required for a direct case; for a finding, the unit where it was found by default, or a unit above it',
    example: 'anji',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  responsibleUnitId?: string;
  @ApiProperty({ example: 10, description: 'working days the unit gets, counted from 交办' }) @IsInt() @Min(1) @Max(250) dueWorkingDays!: number;
}

export class ReportRequest {
  @ApiProperty({ example: '已召开专题会议，制定整改方案' }) @IsString() @Length(1, 5000) report!: string;
}

export class CommentRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 2000) comment?: string;
}

export class ReasonRequest {
  @ApiProperty() @IsString() @Length(1, 2000) reason!: string;
}

export class UrgeRequest {
  @ApiPropertyOptional({ example: '请加快整改进度' }) @IsOptional() @IsString() @Length(1, 2000) message?: string;
}

export class RequestExtensionRequest {
  @ApiProperty({ example: 10, description: 'the new deadline, in working days from the day of approval' }) @IsInt() @Min(1) @Max(250) newDueWorkingDays!: number;
  @ApiProperty() @IsString() @Length(1, 2000) reason!: string;
}

export class ChildCaseRequest {
  @ApiProperty({ example: 'anji-tianhuangping' }) @IsString() @Length(1, 100) unitId!: string;
  @ApiProperty() @IsString() @Length(1, 200) title!: string;
  @ApiPropertyOptional({ description: 'the child’s own description; absent, the child shares its parent’s (shown resolved, never copied into its events)' })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  description?: string;
  @ApiProperty({ example: 5 }) @IsInt() @Min(1) @Max(250) dueWorkingDays!: number;
}

export class SplitCaseRequest {
  @ApiProperty({ type: [ChildCaseRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ChildCaseRequest)
  children!: ChildCaseRequest[];
}

const CASE_STATUSES: readonly CaseStatus[] = ['registered', 'assigned', 'signed', 'in-progress', 'submitted', 'closed'];

export class CaseBoardQuery extends ListQuery {
  @ApiPropertyOptional({ description: 'responsible unit; covers the units below it' }) @IsOptional() @IsString() @Length(1, 100) unit?: string;
  @ApiPropertyOptional({ description: 'cases this unit is accountable for now: its own (escalated or not) and those escalated to it' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  accountable?: string;
  @ApiPropertyOptional({ enum: CASE_STATUSES }) @IsOptional() @IsIn(CASE_STATUSES) status?: CaseStatus;
  @ApiPropertyOptional({ enum: WARNING_COLOURS, description: 'cases with this warning up' }) @IsOptional() @IsIn(WARNING_COLOURS) warning?: WarningColour;
  @ApiPropertyOptional({ description: 'only cases past their deadline (true) or not (false)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
}


/**
 * 督办 cases over HTTP. The board and the chains are read from the case-board read model, one
 * case with its history from its stream; officials read and act only on
 * cases of their own unit and the units below it. Commands whose effects belong to other cases (a
 * split opens children; a child's closing is recorded on its parent) have those effects sent at
 * once, so the caller sees them; the process managers behind them would send them otherwise.
 */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  private readonly logger = new Logger(CasesController.name);

  constructor(
    @Inject(WorkflowEngine) private readonly engine: WorkflowEngine,
    @Inject(ProcessManagerRunner) private readonly processManagers: ProcessManagerRunner,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
    @Inject(EVENT_STORE) private readonly store: PostgresEventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
    @Inject(UserDirectory) private readonly users: UserDirectory,
  ) {}

  @Post()
  @Roles('admin', 'inspector')
  @ApiOperation({
    summary: '立项: open a case from a task’s finding (its inspector or an admin; one case per finding) or directly (admin)',
  })
  @ApiNotFoundResponse({ description: 'TASK_NOT_FOUND, FINDING_NOT_FOUND, ORG_UNIT_NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'NOT_ASSIGNED_INSPECTOR, DIRECT_CASE_ADMIN_ONLY' })
  @ApiConflictResponse({ description: 'CASE_ALREADY_OPENED (the finding has its case), CASE_DETAILS_REQUIRED, CASE_UNIT_OFF_FINDING_CHAIN' })
  async open(@Body() body: OpenCaseRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    const tree = (await this.directory.fresh()).orgTree();
    const opening = body.finding === undefined ? this.direct(body) : await this.fromFinding(body, body.finding, meta, tree);
    if (!tree.has(opening.responsibleUnitId)) throw new OrgUnitNotFound(opening.responsibleUnitId);
    const caseId = opening.source.kind === 'finding' ? deterministicUuid(`case-of-finding\u0000${opening.source.findingId}`) : newResourceId(meta);
    const result = await this.engine.handle<CaseState, CaseCommand>(
      'case',
      caseStreamId(caseId),
      {
        type: 'OpenCase',
        caseId,
        ...opening,
        unitChain: tree.chain(opening.responsibleUnitId).map((unit) => unit.id),
        dueWorkingDays: body.dueWorkingDays,
      },
      { ...meta, orgUnitId: opening.responsibleUnitId },
    );
    return commandResponse(response, caseId, result);
  }

  @Post(':id/assign')
  @HttpCode(200)
  @Roles('admin', 'inspector')
  @ApiOperation({ summary: '交办: hand the case to its unit; the deadline starts counting' })
  @ApiConflictResponse({ description: 'CASE_ALREADY_ASSIGNED' })
  assign(@Param('id') id: string, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.send(id, { type: 'AssignCase' }, meta, response);
  }

  @Post(':id/sign')
  @HttpCode(200)
  @Roles('official')
  @ApiOperation({ summary: '签收: the responsible unit (or one above it) acknowledges the case' })
  @ApiForbiddenResponse({ description: 'OUT_OF_SCOPE, NOT_RESPONSIBLE_UNIT' })
  @ApiConflictResponse({ description: 'CASE_NOT_ASSIGNED, CASE_ALREADY_SIGNED' })
  sign(@Param('id') id: string, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.send(id, { type: 'SignCase' }, meta, response);
  }

  @Post(':id/progress')
  @HttpCode(200)
  @Roles('official')
  @ApiOperation({ summary: '办理: report progress (the first report starts the handling)' })
  @ApiConflictResponse({ description: 'CASE_NOT_SIGNED, CASE_ALREADY_SUBMITTED' })
  progress(@Param('id') id: string, @Body() body: ReportRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.send(id, { type: 'ReportProgress', report: body.report }, meta, response);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('official')
  @ApiOperation({ summary: '反馈: submit the completion report for 复核' })
  @ApiConflictResponse({ description: 'CASE_NOT_IN_PROGRESS, CHILD_CASES_OPEN' })
  submit(@Param('id') id: string, @Body() body: ReportRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.send(id, { type: 'SubmitCase', report: body.report }, meta, response);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @Roles('admin', 'inspector')
  @ApiOperation({ summary: '复核 passed: the case is closed (办结) and its warnings come down (摘牌)' })
  @ApiConflictResponse({ description: 'CASE_NOT_SUBMITTED, CHILD_CASES_OPEN' })
  verify(@Param('id') id: string, @Body() body: CommentRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.send(id, { type: 'VerifyCase', ...(body.comment === undefined ? {} : { comment: body.comment }) }, meta, response);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles('admin', 'inspector')
  @ApiOperation({ summary: '复核 failed: back to 办理 with the reason' })
  @ApiConflictResponse({ description: 'CASE_NOT_SUBMITTED' })
  reject(@Param('id') id: string, @Body() body: ReasonRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.send(id, { type: 'RejectCase', reason: body.reason }, meta, response);
  }

  @Post(':id/urge')
  @HttpCode(200)
  @Roles('admin', 'inspector')
  @ApiOperation({ summary: '催办: a recorded reminder to the responsible unit' })
  urge(@Param('id') id: string, @Body() body: UrgeRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.send(id, { type: 'UrgeCase', ...(body.message === undefined ? {} : { message: body.message }) }, meta, response);
  }

  @Post(':id/request-extension')
  @HttpCode(200)
  @Roles('official')
  @ApiOperation({ summary: '延期 requested by the responsible unit: a new deadline in working days from approval' })
  @ApiConflictResponse({ description: 'EXTENSION_ALREADY_PENDING, EXTENSION_NOT_LATER' })
  requestExtension(
    @Param('id') id: string,
    @Body() body: RequestExtensionRequest,
    @CommandMeta() meta: CommandMetadata,
    @Res({ passthrough: true }) response: HeaderSink,
  ) {
    return this.send(id, { type: 'RequestExtension', newDueWorkingDays: body.newDueWorkingDays, reason: body.reason }, meta, response);
  }

  @Post(':id/approve-extension')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: '延期 approved (admin): the warnings come down; a repeated extension is itself a red warning' })
  @ApiConflictResponse({ description: 'NO_PENDING_EXTENSION, EXTENSION_NOT_LATER' })
  approveExtension(@Param('id') id: string, @Body() body: CommentRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.send(id, { type: 'ApproveExtension', ...(body.comment === undefined ? {} : { comment: body.comment }) }, meta, response);
  }

  @Post(':id/deny-extension')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: '延期 denied (admin), with the reason' })
  @ApiConflictResponse({ description: 'NO_PENDING_EXTENSION' })
  denyExtension(@Param('id') id: string, @Body() body: ReasonRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.send(id, { type: 'DenyExtension', reason: body.reason }, meta, response);
  }

  @Post(':id/split')
  @HttpCode(200)
  @Roles('official', 'admin')
  @ApiOperation({
    summary: '逐级传导压力: pass parts of the case to units below it as child cases, opened and handed over at once',
    description: 'A child given no description of its own shares its parent’s: its events refer to the parent instead of copying the text, and the case views show it resolved (descriptionFromCaseId names the case it belongs to).',
  })
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND' })
  @ApiConflictResponse({ description: 'CHILD_UNIT_NOT_BELOW, CHILD_DEADLINE_AFTER_PARENT, CASE_NOT_SIGNED' })
  async split(@Param('id') id: string, @Body() body: SplitCaseRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    const tree = (await this.directory.fresh()).orgTree();
    const children = body.children.map((child, index) => {
      if (!tree.has(child.unitId)) throw new OrgUnitNotFound(child.unitId);
      return {
        caseId: deterministicUuid(`${meta.commandId}\u0000child\u0000${index}`),
        unitId: child.unitId,
        unitChain: tree.chain(child.unitId).map((unit) => unit.id),
        title: child.title,
        ...(child.description === undefined ? {} : { description: child.description }),
        dueWorkingDays: child.dueWorkingDays,
      };
    });
    return this.send(id, { type: 'SplitCase', children }, meta, response);
  }

  @Get()
  @ApiOperation({
    summary: 'Case board: filters unit (subtree), accountable unit, status, warning colour, overdue; officials see only their own subtree',
    description: 'Each case names every unit accountable for it now (accountableUnitIds): a red escalation makes the unit above accountable too, beside the responsible unit.',
  })
  @ApiDeadlineProvisional()
  async board(@Query() query: CaseBoardQuery, @CurrentActor() actor: RequestActor): Promise<BoardPage<CaseView>> {
    const within = orgScopeOfList(actor, query.unit);
    if (within === undefined) return { items: [], nextCursor: null };
    return caseBoardQuery(
      this.projections.dataSource,
      {
        within,
        ...(query.accountable === undefined ? {} : { accountableUnitId: query.accountable }),
        ...(query.status === undefined ? {} : { status: query.status }),
        ...(query.warning === undefined ? {} : { warning: query.warning }),
        ...(query.overdue === undefined ? {} : { overdue: query.overdue }),
        ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
        limit: query.limit ?? 50,
      },
      this.workingDayClock(),
    );
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One case with its history: each step, when, who took it by name, and what it said',
    description:
      'history[].actor names a person by their display name (and id), or the system by what it is (the warning timer, the split ' +
      'and child-closing follow-up); history[].details carries what the step said (reports, reasons, messages, deadlines, children). ' +
      'accountableUnitIds lists every unit accountable now (an escalation adds the unit above, the case’s own unit stays); a child ' +
      'of a split that shares its parent’s description shows it resolved, descriptionFromCaseId naming the case it belongs to.',
  })
  @ApiDeadlineProvisional()
  @ApiNotFoundResponse({ description: 'CASE_NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'OUT_OF_SCOPE' })
  async get(
    @Param('id') id: string,
    @CurrentActor() actor: RequestActor,
    @Res({ passthrough: true }) response: HeaderSink,
  ): Promise<CaseView & { history: CaseHistoryEntry[] }> {
    const found = await this.readable(id, actor);
    withETag(response, found.version);
    const history = await caseHistoryOf(await this.store.readStream(caseStreamId(id)), this.users);
    return { ...(await this.view(found.state)), history };
  }

  @Get(':id/chain')
  @ApiOperation({ summary: 'Responsibility chain: every level from the case’s unit up to the city, the current holder, escalation, warnings, children' })
  @ApiDeadlineProvisional()
  @ApiNotFoundResponse({ description: 'CASE_NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'OUT_OF_SCOPE' })
  async chain(@Param('id') id: string, @CurrentActor() actor: RequestActor, @Res({ passthrough: true }) response: HeaderSink): Promise<ResponsibilityChainView> {
    const found = await chainQuery(this.projections.dataSource, id, this.workingDayClock());
    if (found === undefined) throw new CaseNotFound(id);
    assertWithinOrgScope(actor, (await this.directory.fresh()).orgTree().chain(found.chain.responsibleUnitId).map((unit) => unit.id));
    withETag(response, found.version);
    return found.chain;
  }

  private direct(body: OpenCaseRequest): { title: string; description: string; severity: CaseSeverity; source: CaseSource; responsibleUnitId: string } {
    // Blank fields go to the decider, which names every missing one (CASE_DETAILS_REQUIRED).
    return {
      title: body.title ?? '',
      description: body.description ?? '',
      severity: body.severity ?? ('' as CaseSeverity),
      source: { kind: 'direct' },
      responsibleUnitId: body.responsibleUnitId ?? '',
    };
  }

  private async fromFinding(
    body: OpenCaseRequest,
    finding: CaseFindingSource,
    meta: CommandMetadata,
    tree: OrgTree,
  ): Promise<{ title: string; description: string; severity: CaseSeverity; source: CaseSource; responsibleUnitId: string }> {
    const task = (await this.engine.load<TaskState>('task', taskStreamId(finding.taskId))).state;
    if (task.status === 'unassigned') throw new TaskNotFound(finding.taskId);
    const isAdmin = meta.actor.roles.includes('admin');
    if (!isAdmin && !task.inspectors.some((inspector) => inspector.inspectorId === meta.actor.userId)) {
      throw new NotAssignedInspector(finding.taskId, meta.actor.userId);
    }
    const events = await this.store.readStream(taskStreamId(finding.taskId));
    const recorded = events.find((event) => event.type === 'TaskFindingRecorded' && event.data.findingId === finding.findingId);
    if (recorded === undefined) throw new FindingNotFound(finding.taskId, finding.findingId);
    const data = recorded.data as { title: string; description: string; severity: CaseSeverity; unitId: string };
    const responsibleUnitId = body.responsibleUnitId ?? data.unitId;
    if (!tree.has(responsibleUnitId)) throw new OrgUnitNotFound(responsibleUnitId);
    if (tree.has(data.unitId) && !tree.isWithin(data.unitId, responsibleUnitId)) throw new CaseUnitOffFindingChain(data.unitId, responsibleUnitId);
    return {
      title: body.title ?? data.title,
      description: body.description ?? data.description,
      severity: body.severity ?? data.severity,
      source: { kind: 'finding', roundId: task.roundId, taskId: finding.taskId, findingId: finding.findingId },
      responsibleUnitId,
    };
  }

  private async readable(id: string, actor: RequestActor): Promise<{ state: ExistingCase; version: number }> {
    const loaded = await this.engine.load<CaseState>('case', caseStreamId(id));
    if (loaded.state.status === 'unopened') throw new CaseNotFound(id);
    assertWithinOrgScope(actor, (await this.directory.fresh()).orgTree().chain(loaded.state.responsibleUnitId).map((unit) => unit.id));
    return { state: loaded.state, version: loaded.version };
  }

  private async send(id: string, command: CaseCommand, meta: CommandMetadata, response: HeaderSink): Promise<CommandResponse> {
    const { state } = await this.readable(id, meta.actor as RequestActor);
    const result = await this.engine.handle<ExistingCase, CaseCommand>('case', caseStreamId(id), command, { ...meta, orgUnitId: state.responsibleUnitId });
    try {
      await this.processManagers.dispatch(result.events);
    } catch (error) {
      // The command itself is committed; its follow-up effects are retried by the process managers.
      this.logger.warn({ message: 'follow-up of a case command failed; left to the process managers', caseId: id, error: String(error) });
    }
    return commandResponse(response, id, { ...result, state: await this.view(result.state) });
  }

  private async view(state: ExistingCase): Promise<CaseView> {
    return (await caseViewsOf(this.projections.dataSource, [state], this.workingDayClock()))[0]!;
  }

  private workingDayClock(): WorkingDayClock {
    return { now: this.clock.now(), calendar: this.calendar };
  }
}
