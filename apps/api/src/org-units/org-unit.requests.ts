import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { ORG_UNIT_KINDS, OrgUnitKind, RESPONSIBLE_ROLES, ResponsibleRole } from '@app/supervision';

/** What a unit's id is made of: lower-case letters, digits, dots and dashes, at most 100 characters. */
export const ORG_UNIT_ID = /^[a-z0-9][a-z0-9.-]{0,99}$/;

export class RegisterUnitRequest {
  @ApiProperty({ example: 'anji-tianhuangping-dajiang' })
  @Matches(ORG_UNIT_ID, { message: 'unitId must be lower-case letters, digits, dots and dashes' })
  unitId!: string;

  @ApiProperty({ enum: ORG_UNIT_KINDS })
  @IsIn(ORG_UNIT_KINDS)
  kind!: OrgUnitKind;

  @ApiProperty({ example: '大溪村' })
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'anji-tianhuangping', description: 'the unit it hangs under; absent or null only for the city, the top of the tree' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  parentId?: string | null;

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
