import { Body, Controller, Get, Inject, Param, Post, Res } from '@nestjs/common';
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
import { IsIn, IsISO8601, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { CurrentActor, RequestActor, Roles } from '@app/auth';
import { ProjectionRuntime } from '@app/projections';
import { unitListsQuery, UnitListsView } from '@app/read-models';
import { ORG_UNIT_KINDS, OrgUnitKind, orgUnitStreamId, OrgUnitNotFound, RESPONSIBLE_ROLES, ResponsibleRole, RegisteredOrgUnit } from '@app/supervision';
import { Clock, CLOCK, WorkingDayCalendar } from '@app/workflow';
import { CommandMetadata, WORKING_DAY_CALENDAR, WorkflowEngine } from '@app/workflow-runtime';
import { CommandMeta } from '../http/command-metadata.decorator';
import { OrgDirectory } from '../org-units/org-directory';
import { ApiDeadlineProvisional } from '../calendar/deadline-provisional.docs';
import { commandResponse, CommandResponse } from '../http/stream-response';
import { assertWithinOrgScope } from '@app/supervision';

export class RegisterUnitRequest {
  @ApiProperty({ example: 'anji-tianhuangping-dajiang' })
  @Matches(/^[a-z0-9][a-z0-9.-]{0,99}$/, { message: 'unitId must be lower-case letters, digits, dots and dashes' })
  unitId!: string;

  @ApiProperty({ enum: ORG_UNIT_KINDS })
  @IsIn(ORG_UNIT_KINDS)
  kind!: OrgUnitKind;

  @ApiProperty({ example: '大溪村' })
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ example: 'anji-tianhuangping' })
  @IsString()
  @Length(1, 100)
  parentId!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(50)
  code?: string;
}

export class AssignResponsiblePersonRequest {
  @ApiProperty({ enum: RESPONSIBLE_ROLES })
  @IsIn(RESPONSIBLE_ROLES)
  role!: ResponsibleRole;

  @ApiProperty()
  @IsString()
  @Length(1, 100)
  personId!: string;

  @ApiProperty({ example: '陈书记' })
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ description: 'when the term starts (ISO instant)' })
  @IsISO8601({ strict: true })
  from!: string;
}

interface UnitView {
  id: string;
  kind: OrgUnitKind;
  name: string;
  parentId: string | null;
  code: string | null;
  responsible: RegisteredOrgUnit['responsible'];
}

interface TreeNode extends UnitView {
  children: TreeNode[];
}

function view(unit: RegisteredOrgUnit): UnitView {
  return { id: unit.unitId, kind: unit.kind, name: unit.name, parentId: unit.parentId, code: unit.code, responsible: unit.responsible };
}

@ApiTags('org-units')
@ApiBearerAuth()
@Controller('org-units')
export class OrgUnitsController {
  constructor(
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
    @Inject(WorkflowEngine) private readonly engine: WorkflowEngine,
    @Inject(ProjectionRuntime) private readonly projections: ProjectionRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(WORKING_DAY_CALENDAR) private readonly calendar: WorkingDayCalendar,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The org tree from the city down, with responsible people' })
  async tree(): Promise<{ units: TreeNode[] }> {
    const directory = await this.directory.fresh();
    const tree = directory.orgTree();
    const build = (unitId: string): TreeNode => ({
      ...view(directory.unit(unitId)!),
      children: tree.children(unitId).map((child) => build(child.id)),
    });
    return { units: tree.units.filter((unit) => unit.parentId === null).map((unit) => build(unit.id)) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One unit, with its chain up to the city and the people responsible at each level' })
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND' })
  async unit(@Param('id') id: string): Promise<{ unit: UnitView; chain: UnitView[] }> {
    const directory = await this.directory.fresh();
    const unit = directory.unit(id);
    if (unit === undefined) throw new OrgUnitNotFound(id);
    const chain = directory.orgTree().ancestors(id).map((ancestor) => view(directory.unit(ancestor.id)!));
    return { unit: view(unit), chain };
  }

  @Get(':id/lists')
  @ApiOperation({
    summary:
      '三张清单 of a unit: responsibilities (the unit and the units below it with their people), open problems by severity and warning, tasks by status; counts rolled up the subtree',
  })
  @ApiDeadlineProvisional()
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND' })
  @ApiForbiddenResponse({ description: 'OUT_OF_SCOPE: an official reads the lists of its own unit and the units below it only' })
  async lists(@Param('id') id: string, @CurrentActor() actor: RequestActor): Promise<UnitListsView> {
    const directory = await this.directory.fresh();
    if (directory.unit(id) === undefined) throw new OrgUnitNotFound(id);
    assertWithinOrgScope(actor, directory.orgTree().chain(id).map((unit) => unit.id));
    const lists = await unitListsQuery(this.projections.dataSource, id, { now: this.clock.now(), calendar: this.calendar });
    if (lists === undefined) throw new OrgUnitNotFound(id);
    return lists;
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Register a unit under an existing parent (admin)' })
  @ApiConflictResponse({ description: 'ORG_UNIT_ALREADY_REGISTERED, INVALID_UNIT_PLACEMENT' })
  @ApiNotFoundResponse({ description: 'PARENT_UNIT_NOT_FOUND' })
  async register(
    @Body() body: RegisterUnitRequest,
    @CommandMeta() meta: CommandMetadata,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
  ): Promise<CommandResponse> {
    const directory = await this.directory.fresh();
    const parent = directory.unit(body.parentId);
    if (parent === undefined) throw new OrgUnitNotFound(body.parentId);
    const result = await this.engine.handle(
      'org-unit',
      orgUnitStreamId(body.unitId),
      { type: 'RegisterUnit', unitId: body.unitId, kind: body.kind, name: body.name, parentId: body.parentId, parentKind: parent.kind, code: body.code ?? null },
      { ...meta, orgUnitId: body.unitId },
    );
    return commandResponse(response, body.unitId, result);
  }

  @Post(':id/responsible-people')
  @Roles('admin')
  @ApiOperation({ summary: 'Give a unit its secretary, deputy or liaison; replaces the current holder (admin)' })
  @ApiNotFoundResponse({ description: 'ORG_UNIT_NOT_FOUND' })
  async assignPerson(
    @Param('id') id: string,
    @Body() body: AssignResponsiblePersonRequest,
    @CommandMeta() meta: CommandMetadata,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
  ): Promise<CommandResponse> {
    const directory = await this.directory.fresh();
    if (directory.unit(id) === undefined) throw new OrgUnitNotFound(id);
    const result = await this.engine.handle(
      'org-unit',
      orgUnitStreamId(id),
      { type: 'AssignResponsiblePerson', role: body.role, personId: body.personId, name: body.name, from: body.from },
      { ...meta, orgUnitId: id },
    );
    return commandResponse(response, id, result);
  }
}
