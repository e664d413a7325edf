import { Body, Controller, HttpCode, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/auth';
import { CommandMetadata } from '@app/workflow-runtime';
import { CommandMeta } from '../http/command-metadata.decorator';
import { HeaderSink } from '../http/header-sink';
import { commandResponse, CommandResponse } from '../http/stream-response';
import { RepublishRankingRequest } from './ranking.requests';
import { RoundPublicationHandler } from './round-publication.handler';

/** Republishing a round's published ranking, for a reason: a command on the round, which records the live ranking as its next version. */
@ApiTags('ranking')
@ApiBearerAuth()
@Controller()
export class RankingRepublicationController {
  constructor(@Inject(RoundPublicationHandler) private readonly publication: RoundPublicationHandler) {}

  @Post('rounds/:id/republish')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Republish a published round’s ranking, for a reason (admin)',
    description:
      'Records the live ranking over everything committed before the request as the next version of the published ranking (RoundRankingRepublished, ' +
      'with the reason and who did it). GET /rounds/{id}/ranking answers with it from then on; as of an instant before, with the version in force then. ' +
      'The answer’s state.publication carries the new version, when, by whom and why. Archived rankings are final.',
  })
  @ApiOkResponse({ type: CommandResponse, description: 'republished: the event appended and the round, state.publication naming the new version' })
  @ApiNotFoundResponse({ description: 'ROUND_NOT_FOUND' })
  @ApiConflictResponse({
    description:
      'ROUND_NOT_PUBLISHED; ROUND_ALREADY_ARCHIVED (archived rankings are final); ROUND_NOT_RANKED; RANKING_UNCHANGED: the live ranking is the one in force, nothing to republish',
  })
  async republish(
    @Param('id') id: string,
    @Body() body: RepublishRankingRequest,
    @CommandMeta() meta: CommandMetadata,
    @Res({ passthrough: true }) response: HeaderSink,
  ): Promise<CommandResponse> {
    return commandResponse(response, id, await this.publication.republish(id, body.reason, meta));
  }
}
