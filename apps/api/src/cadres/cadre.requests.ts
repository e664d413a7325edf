import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { MONITORING_KINDS, MonitoringKind, RESPONSIBLE_ROLES, ResponsibleRole } from '@app/supervision';
import { NO_CONTROL_CHARACTERS } from '../http/input-guards';
import { ListQuery } from '../http/list-query';

/** What the cadre routes take, checked field by field before any use case runs. */

export class CadreParams {
  @ApiProperty({ description: 'the person id the org units’ responsible holders carry', example: 'person-anji-tianhuangping-yucun-secretary' })
  @IsString()
  @Length(1, 200)
  @Matches(NO_CONTROL_CHARACTERS)
  personId!: string;
}

export class CadreMonitoringRequest {
  @ApiProperty({ enum: MONITORING_KINDS, description: 'concern (关注) or warning (预警)' }) @IsIn(MONITORING_KINDS) kind!: MonitoringKind;
  @ApiProperty({ description: 'a unit the person serves or served', example: 'anji-tianhuangping-yucun' }) @IsString() @Length(1, 100) @Matches(NO_CONTROL_CHARACTERS) unitId!: string;
  @ApiProperty({ example: '村务公开不及时，群众反映强烈' }) @IsString() @Length(1, 2000) note!: string;
}

export class SuccessorRequest {
  @ApiProperty({ example: 'person-yucun-new-secretary' }) @IsString() @Length(1, 200) @Matches(NO_CONTROL_CHARACTERS) personId!: string;
  @ApiProperty({ example: '胡书记' }) @IsString() @Length(1, 100) name!: string;
}

export class CadreAdjustmentRequest {
  @ApiProperty({ description: 'the village (村/社区) whose role the person holds now', example: 'anji-tianhuangping-yucun' })
  @IsString()
  @Length(1, 100)
  @Matches(NO_CONTROL_CHARACTERS)
  unitId!: string;
  @ApiProperty({ enum: RESPONSIBLE_ROLES }) @IsIn(RESPONSIBLE_ROLES) role!: ResponsibleRole;
  @ApiProperty({ example: '履职不力，群众满意度低，不胜任现职' }) @IsString() @Length(1, 2000) reason!: string;
  @ApiPropertyOptional({ type: SuccessorRequest, description: 'who takes the role over; without one the role is left vacant' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SuccessorRequest)
  successor?: SuccessorRequest;
}

export class CadreListQuery extends ListQuery {
  @ApiPropertyOptional({ description: 'a unit; covers the units below it' }) @IsOptional() @IsString() @Length(1, 100) @Matches(NO_CONTROL_CHARACTERS) unit?: string;
  @ApiPropertyOptional({ enum: [...MONITORING_KINDS, 'adjustment'], description: 'only people with entries of this kind' })
  @IsOptional()
  @IsIn([...MONITORING_KINDS, 'adjustment'])
  kind?: string;
}

export class CadreCountsQuery {
  @ApiPropertyOptional({ description: 'a unit; counts only the entries below it' }) @IsOptional() @IsString() @Length(1, 100) @Matches(NO_CONTROL_CHARACTERS) unit?: string;
}
