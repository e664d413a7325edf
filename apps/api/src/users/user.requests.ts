import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ACCOUNT_ROLES, AccountRole } from '@app/supervision';

export class UserListQuery {
  @ApiPropertyOptional({ enum: ACCOUNT_ROLES, description: 'only the holders of this role' }) @IsOptional() @IsIn(ACCOUNT_ROLES) role?: string;
}

export class OpenAccountRequest {
  @ApiProperty({ example: 'li.ming', description: 'lowercase letters, digits, ".", "_", "-"; 2 to 64; also the user id, never changed' })
  @IsString()
  @Length(2, 64)
  username!: string;
  @ApiProperty({ example: '李明（安吉县督查联络员）' }) @IsString() @Length(1, 100) displayName!: string;
  @ApiProperty({ enum: ACCOUNT_ROLES, isArray: true, example: ['official'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsIn(ACCOUNT_ROLES, { each: true })
  roles!: AccountRole[];
  @ApiPropertyOptional({ example: 'anji', description: 'an official’s scope root, an inspector’s home unit (required for both); absent: no unit' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  orgUnitId?: string;
  @ApiProperty({ description: 'the first password (10+ characters, not the username, not a common one); its owner changes it at first sign-in' })
  @IsString()
  @Length(1, 200)
  password!: string;
}

export class AccountRolesRequest {
  @ApiProperty({ enum: ACCOUNT_ROLES, isArray: true, example: ['official', 'inspector'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsIn(ACCOUNT_ROLES, { each: true })
  roles!: AccountRole[];
}

export class AccountUnitRequest {
  @ApiPropertyOptional({ example: 'deqing', description: 'the unit; absent: no unit (admins, auditors, viewers only)' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  orgUnitId?: string;
}

export class AccountNameRequest {
  @ApiProperty({ example: '李明' }) @IsString() @Length(1, 100) displayName!: string;
}

export class DisableAccountRequest {
  @ApiProperty({ example: '调离岗位' }) @IsString() @Length(1, 500) reason!: string;
}

export class ResetPasswordRequest {
  @ApiProperty({ description: 'the new password its owner must change at next sign-in' }) @IsString() @Length(1, 200) password!: string;
}

export class ChangeOwnPasswordRequest {
  @ApiProperty({ example: 'li.ming' }) @IsString() @Length(1, 100) username!: string;
  @ApiProperty({ description: 'the password you have (the one an admin gave you, or your own)' }) @IsString() @Length(1, 200) currentPassword!: string;
  @ApiProperty({ description: '10+ characters, not your username, not a common one, not the current one' }) @IsString() @Length(1, 200) newPassword!: string;
}
