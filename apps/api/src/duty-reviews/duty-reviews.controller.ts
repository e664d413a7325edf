import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequestActor, Roles } from '@app/auth';
import { CommandMetadata } from '@app/workflow-runtime';
import { CommandMeta } from '../http/command-metadata.decorator';
import { HeaderSink } from '../http/header-sink';
import { instantOf } from '../http/instant';
import { ApiVersionedResponse, commandResponse, CommandResponse, withETag } from '../http/stream-response';
import { DutyReviewCommandOutcome } from './duty-review-rounds';
import { DutyReviewList, DutyReviewResultsView, DutyReviewView } from './duty-review-views';
import { DutyReviewResultsQuery, RateDutyReportRequest, SubmitDutyReportRequest } from './duty-review.requests';
import { DutyReviewCommandResponse, DutyReviewListResponse, DutyReviewResultsResponse, DutyReviewViewResponse } from './duty-review.responses';
import { GetDutyReviewQuery } from './get-duty-review/get-duty-review.query';
import { GetDutyReviewResultsQuery } from './get-duty-review-results/get-duty-review-results.query';
import { ListDutyReviewsQuery } from './list-duty-reviews/list-duty-reviews.query';
import { RateDutyReportCommand } from './rate-duty-report/rate-duty-report.command';
import { SubmitDutyReportCommand } from './submit-duty-report/submit-duty-report.command';

/*
 * 述职评议考核 over HTTP: a duty-review round's units (GET /rounds/:id/duty-reviews), one unit's
 * review (GET /duty-reviews/:id, id `<round id>.<unit id>`), the secretary's report and the
 * panel's ratings, and the results as of any instant. The round is planned, started, closed and
 * published with the round routes: POST /rounds/:id/publish freezes the results. Officials read
 * only their subtree's units.
 */
@ApiTags('duty-reviews')
@ApiBearerAuth()
@Controller()
export class DutyReviewsController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Get('rounds/:id/duty-reviews')
  @ApiOperation({ summary: 'The units of a duty-review round with their report status, ratings count, and once published their grade and follow-up mark' })
  @ApiOkResponse({ type: DutyReviewListResponse })
  @ApiNotFoundResponse({ description: 'ROUND_NOT_FOUND' })
  @ApiConflictResponse({ description: 'NOT_A_DUTY_REVIEW_ROUND' })
  list(@Param('id') id: string, @CurrentActor() actor: RequestActor): Promise<DutyReviewList> {
    return this.queries.execute(new ListDutyReviewsQuery(id, actor));
  }

  @Get('rounds/:id/duty-review-results')
  @ApiOperation({
    summary: 'A duty-review round’s results (grade and distribution per unit, follow-up list), optionally as of a past instant',
    description:
      'Once the round was published by the instant asked about, the results its RoundPublished event froze; before, the provisional results the ratings ' +
      'given by then make (each panel member’s latest), by the same rules. Officials see their subtree’s units only.',
  })
  @ApiOkResponse({ type: DutyReviewResultsResponse })
  @ApiNotFoundResponse({ description: 'ROUND_NOT_FOUND (also when the round was planned after asOf)' })
  @ApiConflictResponse({ description: 'NOT_A_DUTY_REVIEW_ROUND' })
  results(@Param('id') id: string, @Query() query: DutyReviewResultsQuery, @CurrentActor() actor: RequestActor): Promise<DutyReviewResultsView> {
    return this.queries.execute(new GetDutyReviewResultsQuery(id, instantOf(query.asOf), actor));
  }

  @Get('duty-reviews/:id')
  @ApiOperation({ summary: 'One unit’s duty review: the report, the panel’s ratings, the grade they make now and the one published' })
  @ApiVersionedResponse(DutyReviewViewResponse)
  @ApiNotFoundResponse({ description: 'DUTY_REVIEW_NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'OUT_OF_SCOPE' })
  async get(@Param('id') id: string, @CurrentActor() actor: RequestActor, @Res({ passthrough: true }) response: HeaderSink): Promise<DutyReviewView> {
    const found = await this.queries.execute(new GetDutyReviewQuery(id, actor));
    withETag(response, found.version);
    return found.view;
  }

  @Post('duty-reviews/:id/report')
  @HttpCode(200)
  @Roles('admin', 'official')
  @ApiOperation({ summary: '述职: the unit’s secretary (or an admin) submits the duty report, with evidence; replaced until the first rating' })
  @ApiVersionedResponse(DutyReviewCommandResponse)
  @ApiNotFoundResponse({ description: 'DUTY_REVIEW_NOT_FOUND, EVIDENCE_NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'NOT_UNIT_SECRETARY' })
  @ApiConflictResponse({ description: 'ROUND_NOT_ACTIVE, DUTY_REPORT_ALREADY_RATED, INVALID_ATTACHMENTS' })
  async report(@Param('id') id: string, @Body() body: SubmitDutyReportRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return answer(response, await this.commands.execute(new SubmitDutyReportCommand(id, body.report, body.attachments ?? [], meta)));
  }

  @Post('duty-reviews/:id/ratings')
  @HttpCode(200)
  @Roles('inspector')
  @ApiOperation({ summary: '评议: a panel member rates the report (好, 较好, 一般, 差) with a comment; rating again replaces theirs' })
  @ApiVersionedResponse(DutyReviewCommandResponse)
  @ApiNotFoundResponse({ description: 'DUTY_REVIEW_NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'NOT_ON_PANEL' })
  @ApiConflictResponse({ description: 'INSPECTOR_RECUSED (the unit is in the evaluator’s own county), DUTY_REPORT_NOT_SUBMITTED, ROUND_NOT_ACTIVE' })
  async rate(@Param('id') id: string, @Body() body: RateDutyReportRequest, @CommandMeta() meta: CommandMetadata, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResponse> {
    return answer(response, await this.commands.execute(new RateDutyReportCommand(id, body.rating, body.comment, meta)));
  }
}

function answer(response: HeaderSink, { reviewId, result }: DutyReviewCommandOutcome): CommandResponse {
  return commandResponse(response, reviewId, result);
}
