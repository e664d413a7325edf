import { ApiProperty } from '@nestjs/swagger';
import { ACCOUNT_ROLES } from '@app/supervision';
import { CommandResponse } from '../http/stream-response';
import { AccountView } from './account-commands';

/** A user account as the API shows it (never its password). */
export class UserResponse implements AccountView {
  @ApiProperty({ description: 'the username; what the log records as the actor' }) userId!: string;
  @ApiProperty({ example: 'inspector.anji' }) username!: string;
  @ApiProperty({ example: '督查员（安吉县）' }) displayName!: string;
  @ApiProperty({ enum: ACCOUNT_ROLES, isArray: true, example: ['inspector'] }) roles!: string[];
  @ApiProperty({ type: String, nullable: true, description: 'an official’s scope root; an inspector’s home unit' }) orgUnitId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the county the unit lies in (an inspector is recused from scoring it)' }) homeCountyId!: string | null;
  @ApiProperty({ description: 'a disabled account cannot sign in, and its sessions have ended' }) disabled!: boolean;
  @ApiProperty({ description: 'the password was set by an admin: its owner sets their own before signing in' }) passwordMustChange!: boolean;
}

export class UserListResponse {
  @ApiProperty({ type: [UserResponse] }) items!: UserResponse[];
}

export class AccountCommandResponse extends CommandResponse {
  @ApiProperty({ type: UserResponse, description: 'the account after the command' }) declare state: UserResponse;
}
