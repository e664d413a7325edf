import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CurrentActor, RequestActor, Roles, UserDirectory } from '@app/auth';
import { ProjectionRuntime } from '@app/projections';
import { BoardPage, roundUnitTaskIdsQuery, taskBoardQuery, taskView, TaskView } from '@app/read-models';
import {
  assertCountyInRoundScope,
  FINDING_SEVERITIES,
  FindingSeverity,
  OrgUnitNotFound,
  RoundNotFound,
  RoundState,
  RoundStatus,
  roundStreamId,
  TaskCommand,
  TaskNotFound,
  TaskState,
  TaskStatus,
  taskStreamId,
} from '@app/supervision';
import { NotFoundError, WorkingDayCalendar } from '@app/workflow';
import { CommandMetadata, deterministicUuid, WORKING_DAY_CALENDAR, WorkflowEngine } from '@app/workflow-runtime';
import { CommandMeta } from '../http/command-metadata.decorator';
import { ApiDeadlineProvisional } from '../calendar/deadline-provisional.docs';
import { OrgDirectory } from '../org-units/org-directory';
import { NO_CONTROL_CHARACTERS } from '../http/input-guards';
import { ListQuery } from '../http/list-query';
import { commandResponse, CommandResponse, withETag } from '../http/stream-response';
import { HeaderSink } from '../http/header-sink';
import { assertWithinOrgScope, orgScopeOfList } from '@app/supervision';

export class InspectorNotFoundError extends NotFoundError {
  readonly code = 'INSPECTOR_NOT_FOUND';
  constructor(userId: string) {
    super('No inspector has this id', { inspectorId: userId });
  }
}

export class AssignTaskRequest {
  @ApiProperty({ example: 'anji' }) @IsString() @Length(1, 100) targetUnitId!: string;
  @ApiProperty({ example: ['inspector.wuxing'], type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  // Ids are looked up in the database, which refuses control characters such as NUL with an error of its own.
  @Matches(NO_CONTROL_CHARACTERS, { each: true, message: 'each inspector id must be free of control characters' })
  inspectorIds!: string[];
  @ApiProperty({ example: 5 }) @IsInt() @Min(1) @Max(250) dueWorkingDays!: number;
}

export class ItemScoreRequest {
  @ApiProperty() @IsString() @Length(1, 50) itemCode!: string;
  @ApiProperty() @IsNumber() @Min(-1e6) @Max(1e6) score!: number;
}

export class RecordScoresRequest {
  @ApiProperty({ type: [ItemScoreRequest] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ItemScoreRequest)
  scores!: ItemScoreRequest[];
}

export class RecordFindingRequest {
  @ApiProperty({ example: '村级议事制度未落实' }) @IsString() @Length(1, 200) title!: string;
  @ApiProperty() @IsString() @Length(1, 5000) description!: string;
  @ApiProperty({ enum: FINDING_SEVERITIES }) @IsIn(FINDING_SEVERITIES) severity!: FindingSeverity;
  @ApiProperty({ description: 'where the problem was found: the target or a unit below it', example: 'anji-tianhuangping-yucun' })
  @IsString()
  @Length(1, 100)
  unitId!: string;
}

export class ReopenTaskRequest {
  @ApiProperty({ example: '评分有误，需复核' }) @IsString() @Length(1, 1000) reason!: string;
}

export class TaskBoardQuery extends ListQuery {
  @ApiPropertyOptional({ enum: ['assigned', 'opened', 'submitted', 'closed'] }) @IsOptional() @IsIn(['assigned', 'opened', 'submitted', 'closed']) status?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) round?: string;
  @ApiPropertyOptional({ description: 'target unit; covers the units below it' }) @IsOptional() @IsString() @Length(1, 100) unit?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) inspector?: string;
}

type AssignedTaskState = Exclude<TaskState, { status: 'unassigned' }>;

@ApiTags('tasks')
@ApiBearerAuth()
@Controller()
export class TasksController {
  constructor(
    @Inject(WorkflowEngine) private readonly engine: WorkflowEngine,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
    @Inject(UserDirectory) private readonly users: UserDirectory,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
  ) {}

  @Post('rounds/:id/tasks')
  @Roles('admin')
  @ApiOperation({
    summary: 'Assign a task: one round × target unit, inspectors, a deadline in working days (admin)',
    description:
      'A round has one task per target unit: the task id is derived from the round and the unit, so of two assignments of one unit ' +
      '(even concurrent ones) one is taken and the other answered 409 UNIT_ALREADY_HAS_TASK, whose details.taskId names the task. ' +
      'A retry with the same Idempotency-Key gets the first answer.',
  })
  @ApiNotFoundResponse({ description: 'ROUND_NOT_FOUND, ORG_UNIT_NOT_FOUND, INSPECTOR_NOT_FOUND' })
  @ApiConflictResponse({ description: 'UNIT_ALREADY_HAS_TASK (details.taskId), INSPECTOR_RECUSED, ROUND_NOT_ACCEPTING_TASKS, TARGET_OUTSIDE_ROUND_SCOPE…' })
  async assign(
    @Param('id') roundId: string,
    @Body() body: AssignTaskRequest,
    @CommandMeta() meta: CommandMetadata,
    @Res({ passthrough: true }) response: HeaderSink,
  ): Promise<CommandResponse> {
    const round = (await this.engine.load<RoundState>('round', roundStreamId(roundId))).state;
    if (round.status === 'unplanned') throw new RoundNotFound(roundId);
    const tree = (await this.directory.fresh()).orgTree();
    if (!tree.has(body.targetUnitId)) throw new OrgUnitNotFound(body.targetUnitId);
    const targetCountyId = tree.countyOf(body.targetUnitId)?.id ?? null;
    assertCountyInRoundScope(round, targetCountyId);
    const inspectors = await Promise.all(
      body.inspectorIds.map(async (inspectorId) => {
        const account = await this.users.findById(inspectorId);
        if (account === undefined || !account.roles.includes('inspector')) throw new InspectorNotFoundError(inspectorId);
        return { inspectorId, homeCountyId: account.homeCountyId };
      }),
    );
    const taskId = deterministicUuid(`task-of-round-unit\u0000${roundId}\u0000${body.targetUnitId}`);
    const existingTaskIdsOfUnit = await roundUnitTaskIdsQuery(this.projections.dataSource, roundId, body.targetUnitId);
    const result = await this.engine.handle(
      'task',
      taskStreamId(taskId),
      {
        type: 'AssignTask',
        taskId,
        roundId,
        roundKind: round.kind,
        roundStatus: round.status,
        targetUnitId: body.targetUnitId,
        targetCountyId,
        inspectors,
        rubric: round.rubric,
        dueWorkingDays: body.dueWorkingDays,
        existingTaskIdsOfUnit,
      },
      { ...meta, orgUnitId: body.targetUnitId },
    );
    return commandResponse(response, taskId, result);
  }

  @Post('tasks/:id/open')
  @HttpCode(200)
  @Roles('admin', 'inspector')
  @ApiOperation({ summary: 'Open an assigned task (its inspector or an admin) while its round is active' })
  @ApiForbiddenResponse({ description: 'NOT_ASSIGNED_INSPECTOR' })
  @ApiConflictResponse({ description: 'ROUND_NOT_ACTIVE (the round has not started, or its scoring closed), TASK_ALREADY_OPEN' })
  async open(@Param('id') id: string, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.send(id, { type: 'OpenTask', roundStatus: await this.roundStatusOf(id) }, meta, response);
  }

  @Post('tasks/:id/scores')
  @HttpCode(200)
  @Roles('inspector')
  @ApiOperation({ summary: 'Record the acting inspector’s own scores per rubric item (0..maxScore)' })
  @ApiConflictResponse({ description: 'SCORE_OUT_OF_RANGE, UNKNOWN_RUBRIC_ITEM, INSPECTOR_RECUSED, ROUND_NOT_ACTIVE, TASK_NOT_OPEN' })
  async scores(@Param('id') id: string, @Body() body: RecordScoresRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.send(id, { type: 'RecordScores', roundStatus: await this.roundStatusOf(id), scores: body.scores }, meta, response);
  }

  @Post('tasks/:id/findings')
  @HttpCode(200)
  @Roles('inspector')
  @ApiOperation({ summary: 'Record a finding at the target unit or a unit below it, while the round is active' })
  @ApiConflictResponse({ description: 'FINDING_OUTSIDE_TARGET, ROUND_NOT_ACTIVE, TASK_NOT_OPEN' })
  async findings(@Param('id') id: string, @Body() body: RecordFindingRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    const tree = (await this.directory.fresh()).orgTree();
    if (!tree.has(body.unitId)) throw new OrgUnitNotFound(body.unitId);
    const findingId = deterministicUuid(`${meta.commandId}\u0000finding`);
    return this.send(
      id,
      {
        type: 'RecordFinding',
        roundStatus: await this.roundStatusOf(id),
        findingId,
        title: body.title,
        description: body.description,
        severity: body.severity,
        unitId: body.unitId,
        unitAncestorIds: tree.ancestors(body.unitId).map((unit) => unit.id),
      },
      meta,
      response,
    );
  }

  @Post('tasks/:id/submit')
  @HttpCode(200)
  @Roles('inspector')
  @ApiOperation({ summary: 'Submit the task (an assigned inspector); also taken after the round’s scoring closed' })
  submit(@Param('id') id: string, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.send(id, { type: 'SubmitTask' }, meta, response);
  }

  @Post('tasks/:id/close')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Close a submitted task (admin)' })
  close(@Param('id') id: string, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.send(id, { type: 'CloseTask' }, meta, response);
  }

  @Post('tasks/:id/reopen')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Reopen a submitted or closed task, with a reason (admin), while its round is active' })
  @ApiConflictResponse({ description: 'ROUND_NOT_ACTIVE (the round’s scoring closed), TASK_NOT_SUBMITTED, REOPEN_REASON_REQUIRED' })
  async reopen(@Param('id') id: string, @Body() body: ReopenTaskRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return this.send(id, { type: 'ReopenTask', roundStatus: await this.roundStatusOf(id), reason: body.reason }, meta, response);
  }

  @Get('tasks')
  @ApiOperation({ summary: 'Task board; officials see only tasks in their own subtree' })
  @ApiDeadlineProvisional()
  async board(@Query() query: TaskBoardQuery, @CurrentActor() actor: RequestActor): Promise<BoardPage<TaskView>> {
    const within = orgScopeOfList(actor, query.unit);
    if (within === undefined) return { items: [], nextCursor: null };
    return taskBoardQuery(this.projections.dataSource, {
      within,
      ...(query.status === undefined ? {} : { status: query.status as TaskStatus }),
      ...(query.round === undefined ? {} : { roundId: query.round }),
      ...(query.inspector === undefined ? {} : { inspectorId: query.inspector }),
      ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
      limit: query.limit ?? 50,
    }, this.calendar);
  }

  @Get('tasks/:id')
  @ApiOperation({ summary: 'One task with its scores and findings' })
  @ApiDeadlineProvisional()
  @ApiNotFoundResponse({ description: 'TASK_NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'OUT_OF_SCOPE' })
  async get(@Param('id') id: string, @CurrentActor() actor: RequestActor, @Res({ passthrough: true }) response: HeaderSink): Promise<TaskView> {
    const task = await this.existing(id);
    assertWithinOrgScope(actor, (await this.directory.fresh()).orgTree().chain(task.state.targetUnitId).map((unit) => unit.id));
    withETag(response, task.version);
    return taskView(task.state, this.calendar);
  }

  private async existing(id: string): Promise<{ state: AssignedTaskState; version: number }> {
    const loaded = await this.engine.load<TaskState>('task', taskStreamId(id));
    if (loaded.state.status === 'unassigned') throw new TaskNotFound(id);
    return { state: loaded.state, version: loaded.version };
  }

  /** The status of the task's round now; the task's decider applies the round's rules to it. */
  private async roundStatusOf(id: string): Promise<RoundStatus> {
    const task = await this.existing(id);
    return (await this.engine.load<RoundState>('round', roundStreamId(task.state.roundId))).state.status;
  }

  private async send(id: string, command: TaskCommand, meta: CommandMetadata, response: HeaderSink): Promise<CommandResponse> {
    const task = await this.existing(id);
    const result = await this.engine.handle('task', taskStreamId(id), command, { ...meta, orgUnitId: task.state.targetUnitId });
    return commandResponse(response, id, result);
  }
}
