import { Body, Controller, Get, Inject, Param, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequestActor, Roles } from '@app/auth';
import { CommandMetadata } from '@app/workflow-runtime';
import { ApiDeadlineProvisional } from '../calendar/deadline-provisional.docs';
import { CommandMeta } from '../http/command-metadata.decorator';
import { HeaderSink } from '../http/header-sink';
import { ApiVersionedResponse, commandResponse, CommandResponse } from '../http/stream-response';
import { AssignResponsiblePersonCommand } from './assign-responsible-person/assign-responsible-person.command';
import { GetOrgTreeQuery, OrgTreeView } from './get-org-tree/get-org-tree.query';
import { GetOrgUnitQuery, OrgUnitWithChain } from './get-org-unit/get-org-unit.query';
import { GetUnitListsQuery, UnitListsWithPeople } from './get-unit-lists/get-unit-lists.query';
import { AssignResponsiblePersonRequest, RegisterUnitRequest } from './org-unit.requests';
import { OrgTreeResponse, OrgUnitCommandResponse, OrgUnitWithChainResponse, UnitListsResponse } from './org-unit.responses';
import { OrgUnitCommandOutcome } from './org-unit.views';
import { RegisterOrgUnitCommand } from './register-org-unit/register-org-unit.command';

/** The org tree (组织架构) over HTTP: each route hands one command or query to its use case (org-units/*). */
@ApiTags('org-units')
@ApiBearerAuth()
@Controller('org-units')
export class OrgUnitsController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The org tree from the city down, with responsible people' })
  @ApiOkResponse({ type: OrgTreeResponse })
  tree(): Promise<OrgTreeView> {
    return this.queries.execute(new GetOrgTreeQuery());
  }

  @Get(':id')
  @ApiOperation({ summary: 'One unit, with its chain up to the city and the people responsible at each level' })
  @ApiOkResponse({ type: OrgUnitWithChainResponse })
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND' })
  unit(@Param('id') id: string): Promise<OrgUnitWithChain> {
    return this.queries.execute(new GetOrgUnitQuery(id));
  }

  @Get(':id/lists')
  @ApiOperation({
    summary:
      '三张清单 of a unit: responsibilities (the unit and the units below it with their people), open problems by severity and warning, tasks by status; counts rolled up the subtree',
  })
  @ApiDeadlineProvisional(UnitListsResponse)
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'OUT_OF_SCOPE: an official reads the lists of its own unit and the units below it only' })
  lists(@Param('id') id: string, @CurrentActor() actor: RequestActor): Promise<UnitListsWithPeople> {
    return this.queries.execute(new GetUnitListsQuery(id, actor));
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Register a unit under an existing parent, or the city without one (admin)' })
  @ApiVersionedResponse(OrgUnitCommandResponse, { status: 201 })
  @ApiConflictResponse({ description: 'ORG_UNIT_ALREADY_REGISTERED, INVALID_UNIT_PLACEMENT' })
  @ApiNotFoundResponse({ description: 'PARENT_UNIT_NOT_FOUND' })
  async register(
    @Body() { unitId, kind, name, parentId, code }: RegisterUnitRequest,
    @CommandMeta() meta: CommandMetadata,
    @Res({ passthrough: true }) response: HeaderSink,
  ): Promise<CommandResponse> {
    const unit = { unitId, kind, name, parentId: parentId ?? null, ...(code === undefined ? {} : { code }) };
    return answer(response, await this.commands.execute(new RegisterOrgUnitCommand(unit, meta)));
  }

  @Post(':id/responsible-people')
  @Roles('admin')
  @ApiOperation({ summary: 'Give a unit its secretary, deputy, liaison or (a grid) grid worker; replaces the current holder (admin)' })
  @ApiVersionedResponse(OrgUnitCommandResponse, { status: 201 })
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND' })
  @ApiConflictResponse({ description: 'PERSON_ALREADY_RESPONSIBLE, RESPONSIBILITY_OUT_OF_ORDER (from before the current holder’s), UNKNOWN_RESPONSIBLE_ROLE, ROLE_NOT_HELD_AT_UNIT (a grid worker outside a grid), RESPONSIBLE_PERSON_INCOMPLETE' })
  async assignPerson(
    @Param('id') id: string,
    @Body() { role, personId, name, from }: AssignResponsiblePersonRequest,
    @CommandMeta() meta: CommandMetadata,
    @Res({ passthrough: true }) response: HeaderSink,
  ): Promise<CommandResponse> {
    return answer(response, await this.commands.execute(new AssignResponsiblePersonCommand(id, { role, personId, name, from }, meta)));
  }
}

function answer(response: HeaderSink, { unitId, result }: OrgUnitCommandOutcome): CommandResponse {
  return commandResponse(response, unitId, result);
}
