import { applyDecorators, Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequestActor, Roles } from '@app/auth';
import { BoardPage } from '@app/read-models';
import { CommandMetadata } from '@app/workflow-runtime';
import { ApiDeadlineProvisional } from '../calendar/deadline-provisional.docs';
import { CommandMeta } from '../http/command-metadata.decorator';
import { HeaderSink } from '../http/header-sink';
import { DEFAULT_PAGE_SIZE } from '../http/list-query';
import { ApiVersionedResponse, commandResponse, CommandResponse, withETag } from '../http/stream-response';
import { AssignTaskCommand } from './assign-task/assign-task.command';
import { GetTaskQuery } from './get-task/get-task.query';
import { ListTasksQuery } from './list-tasks/list-tasks.query';
import { RecordFindingCommand } from './record-finding/record-finding.command';
import { TakeTaskStep, TaskStep } from './take-task-step/take-task-step.command';
import { TaskCommandOutcome } from './task-commands';
import { AssignTaskRequest, RecordFindingRequest, RecordScoresRequest, ReopenTaskRequest, TaskBoardQuery } from './task.requests';
import { TaskBoardPageResponse, TaskCommandResponse, TaskViewResponse } from './task.responses';
import { TaskWithPeople } from './task-people';

/** A step on an existing task: POST /tasks/:id/<path>, answered 200 with the task after it and its version as the ETag, for the roles given. */
function TaskStepRoute(path: string, roles: readonly string[], summary: string, conflicts?: string): MethodDecorator {
  const decorators = [Post(`tasks/:id/${path}`), HttpCode(200), Roles(...roles), ApiOperation({ summary }), ApiVersionedResponse(TaskCommandResponse)];
  return applyDecorators(
    ...decorators,
    ApiNotFoundResponse({ description: 'TASK_NOT_FOUND' }),
    ...(conflicts === undefined ? [] : [ApiConflictResponse({ description: conflicts })]),
  );
}

/**
 * Inspection tasks over HTTP: each route hands one command or query to its use case (tasks/*)
 * and answers with the task's version as the ETag. Officials read only tasks of their own unit and
 * the units below it (OUT_OF_SCOPE).
 */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller()
export class TasksController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
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
  @ApiVersionedResponse(TaskCommandResponse, { status: 201 })
  @ApiNotFoundResponse({ description: 'ROUND_NOT_FOUND, ORG_UNIT_NOT_FOUND, INSPECTOR_NOT_FOUND' })
  @ApiConflictResponse({ description: 'UNIT_ALREADY_HAS_TASK (details.taskId), INSPECTOR_RECUSED, ROUND_NOT_ACCEPTING_TASKS, TARGET_OUTSIDE_ROUND_SCOPE…' })
  async assign(@Param('id') roundId: string, @Body() body: AssignTaskRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return answer(response, await this.commands.execute(new AssignTaskCommand(roundId, body, meta)));
  }

  @TaskStepRoute('open', ['admin', 'inspector'], 'Open an assigned task (its inspector or an admin) while its round is active', 'ROUND_NOT_ACTIVE (the round has not started, or its scoring closed), TASK_ALREADY_OPEN')
  @ApiForbiddenResponse({ description: 'NOT_ASSIGNED_INSPECTOR' })
  open(@Param('id') id: string, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.step(id, { type: 'OpenTask' }, meta, response);
  }

  @TaskStepRoute('scores', ['inspector'], 'Record the acting inspector’s own scores per rubric item (0..maxScore)', 'SCORE_OUT_OF_RANGE, UNKNOWN_RUBRIC_ITEM, INSPECTOR_RECUSED, ROUND_NOT_ACTIVE, TASK_NOT_OPEN')
  scores(@Param('id') id: string, @Body() body: RecordScoresRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.step(id, { type: 'RecordScores', scores: body.scores }, meta, response);
  }

  @TaskStepRoute('findings', ['inspector'], 'Record a finding at the target unit or a unit below it, while the round is active', 'FINDING_OUTSIDE_TARGET, ROUND_NOT_ACTIVE, TASK_NOT_OPEN')
  async findings(@Param('id') id: string, @Body() body: RecordFindingRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return answer(response, await this.commands.execute(new RecordFindingCommand(id, body, meta)));
  }

  @TaskStepRoute('submit', ['inspector'], 'Submit the task (an assigned inspector); also taken after the round’s scoring closed', 'TASK_NOT_OPEN, TASK_ALREADY_SUBMITTED, TASK_ALREADY_CLOSED, SCORES_INCOMPLETE')
  submit(@Param('id') id: string, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.step(id, { type: 'SubmitTask' }, meta, response);
  }

  @TaskStepRoute('close', ['admin'], 'Close a submitted task (admin)', 'TASK_NOT_SUBMITTED, TASK_ALREADY_CLOSED')
  close(@Param('id') id: string, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.step(id, { type: 'CloseTask' }, meta, response);
  }

  @TaskStepRoute('reopen', ['admin'], 'Reopen a submitted or closed task, with a reason (admin), while its round is active', 'ROUND_NOT_ACTIVE (the round’s scoring closed), TASK_NOT_SUBMITTED, REOPEN_REASON_REQUIRED')
  reopen(@Param('id') id: string, @Body() body: ReopenTaskRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return this.step(id, { type: 'ReopenTask', reason: body.reason }, meta, response);
  }

  @Get('tasks')
  @ApiOperation({ summary: 'Task board; officials see only tasks in their own subtree' })
  @ApiDeadlineProvisional(TaskBoardPageResponse)
  board(@Query() { limit, ...filters }: TaskBoardQuery, @CurrentActor() actor: RequestActor): Promise<BoardPage<TaskWithPeople>> {
    return this.queries.execute(new ListTasksQuery(actor, { ...filters, limit: limit ?? DEFAULT_PAGE_SIZE }));
  }

  @Get('tasks/:id')
  @ApiOperation({ summary: 'One task with its scores and findings' })
  @ApiDeadlineProvisional(TaskViewResponse, { versioned: true })
  @ApiNotFoundResponse({ description: 'TASK_NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'OUT_OF_SCOPE' })
  async get(@Param('id') id: string, @CurrentActor() actor: RequestActor, @Res({ passthrough: true }) response: HeaderSink): Promise<TaskWithPeople> {
    const found = await this.queries.execute(new GetTaskQuery(id, actor));
    withETag(response, found.version);
    return found.view;
  }

  private async step(id: string, step: TaskStep, meta: CommandMetadata, response: HeaderSink): Promise<CommandResponse> {
    return answer(response, await this.commands.execute(new TakeTaskStep(id, step, meta)));
  }
}

function answer(response: HeaderSink, { taskId, result }: TaskCommandOutcome): CommandResponse {
  return commandResponse(response, taskId, result);
}
