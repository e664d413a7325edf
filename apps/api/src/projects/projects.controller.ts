import { applyDecorators, Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequestActor, Roles } from '@app/auth';
import { BoardPage, ProjectPageView, ProjectView } from '@app/read-models';
import { CommandMetadata } from '@app/workflow-runtime';
import { CommandMeta } from '../http/command-metadata.decorator';
import { HeaderSink } from '../http/header-sink';
import { DEFAULT_PAGE_SIZE } from '../http/list-query';
import { ApiVersionedResponse, commandResponse, CommandResponse, withETag } from '../http/stream-response';
import { GetProjectQuery } from './get-project/get-project.query';
import { HandOverProjectCommand } from './hand-over-project/hand-over-project.command';
import { LaunchProjectCommand } from './launch-project/launch-project.command';
import { ListProjectsQuery } from './list-projects/list-projects.query';
import { ProjectCommandOutcome } from './project-commands';
import { CompleteMilestoneRequest, EvaluateProjectRequest, HandOverProjectRequest, LaunchProjectRequest, ProjectBoardQuery, ProjectProgressRequest } from './project.requests';
import { ProjectBoardPageResponse, ProjectCommandResponse, ProjectPageResponse } from './project.responses';
import { TakeProjectStep } from './take-project-step/take-project-step.command';

/** A step on an existing project: POST /projects/:id/<path>, answered 200 with the project after it and its version as the ETag. */
function ProjectStepRoute(path: string, roles: readonly string[], summary: string, conflicts: string): MethodDecorator {
  return applyDecorators(
    Post(`:id/${path}`),
    HttpCode(200),
    Roles(...roles),
    ApiOperation({ summary }),
    ApiVersionedResponse(ProjectCommandResponse),
    ApiNotFoundResponse({ description: 'PROJECT_NOT_FOUND' }),
    ApiForbiddenResponse({ description: 'OUT_OF_SCOPE' }),
    ApiConflictResponse({ description: conflicts }),
  );
}

/**
 * 书记领办项目 over HTTP: a unit's secretary leads a project for the year, with milestones that
 * warn as cases do when they slip. Officials act on and read the projects of their own unit and
 * the units below it (OUT_OF_SCOPE); inspectors and admins evaluate them at the year's end.
 */
@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects')
export class ProjectsController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Post()
  @Roles('admin', 'official')
  @ApiOperation({
    summary: '立项: launch a project led by the unit’s secretary (第一责任人), with its milestones (admin, or an official of the unit or above)',
    description: 'Each milestone is numbered m1, m2… in the order given and warns 蓝/黄/红牌 on the cases’ thresholds as its due day nears and passes.',
  })
  @ApiVersionedResponse(ProjectCommandResponse, { status: 201 })
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'OUT_OF_SCOPE' })
  @ApiConflictResponse({ description: 'UNIT_WITHOUT_SECRETARY; INVALID_PROJECT_PLAN (details.problems lists every problem, e.g. a due day outside the year)' })
  async launch(@Body() body: LaunchProjectRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return answer(response, await this.commands.execute(new LaunchProjectCommand(body, meta)));
  }

  @ProjectStepRoute('progress', ['admin', 'official'], '推进: report progress on the project or one milestone, with evidence', 'PROJECT_ALREADY_EVALUATED; MILESTONE_NOT_FOUND')
  async progress(@Param('id') id: string, @Body() body: ProjectProgressRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    const step = { type: 'ReportProjectProgress' as const, report: body.report, ...(body.milestoneId === undefined ? {} : { milestoneId: body.milestoneId }) };
    return answer(response, await this.commands.execute(new TakeProjectStep(id, step, meta, body.attachments)));
  }

  @ProjectStepRoute('milestones/:milestoneId/complete', ['admin', 'official'], '节点完成: a milestone reached (late or not); its warnings come down', 'MILESTONE_ALREADY_COMPLETED, PROJECT_ALREADY_EVALUATED')
  async complete(
    @Param('id') id: string,
    @Param('milestoneId') milestoneId: string,
    @Body() body: CompleteMilestoneRequest,
    @CommandMeta() meta: CommandMetadata,
    @Res({ passthrough: true }) response: HeaderSink,
  ): Promise<CommandResponse> {
    return answer(response, await this.commands.execute(new TakeProjectStep(id, { type: 'CompleteMilestone', milestoneId, report: body.report }, meta, body.attachments)));
  }

  @ProjectStepRoute(
    'hand-over',
    ['admin', 'official'],
    '交接: the unit’s secretary now takes the project over (done at once when the secretary is changed through the org tree)',
    'SAME_PROJECT_LEADER (the secretary leads it already), UNIT_WITHOUT_SECRETARY, PROJECT_ALREADY_EVALUATED',
  )
  async handOver(@Param('id') id: string, @Body() body: HandOverProjectRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return answer(response, await this.commands.execute(new HandOverProjectCommand(id, body.reason, meta)));
  }

  @ProjectStepRoute('evaluate', ['admin', 'inspector'], '年终评价: grade the project at the year’s end (好/较好/一般/差); it takes nothing more after', 'PROJECT_ALREADY_EVALUATED')
  async evaluate(@Param('id') id: string, @Body() body: EvaluateProjectRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink) {
    return answer(response, await this.commands.execute(new TakeProjectStep(id, { type: 'EvaluateProject', grade: body.grade, comment: body.comment }, meta)));
  }

  @Get()
  @ApiOperation({ summary: '书记领办项目 board; officials see only the projects of their own subtree' })
  @ApiOkResponse({ type: ProjectBoardPageResponse })
  board(@Query() { limit, ...filters }: ProjectBoardQuery, @CurrentActor() actor: RequestActor): Promise<BoardPage<ProjectView>> {
    return this.queries.execute(new ListProjectsQuery(actor, { ...filters, limit: limit ?? DEFAULT_PAGE_SIZE }));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One project: milestones with their warnings, progress, who led it when, the evaluation, and its responsibility chain' })
  @ApiVersionedResponse(ProjectPageResponse)
  @ApiNotFoundResponse({ description: 'PROJECT_NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'OUT_OF_SCOPE' })
  async get(@Param('id') id: string, @CurrentActor() actor: RequestActor, @Res({ passthrough: true }) response: HeaderSink): Promise<ProjectPageView> {
    const found = await this.queries.execute(new GetProjectQuery(id, actor));
    withETag(response, found.version);
    return found.view;
  }
}

function answer(response: HeaderSink, { projectId, result }: ProjectCommandOutcome): CommandResponse {
  return commandResponse(response, projectId, result);
}
