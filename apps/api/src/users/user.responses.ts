import { ApiProperty } from '@nestjs/swagger';
import type { UserAccount } from '@app/auth';

/** A user account as the API shows it (never its password). */
export class UserResponse implements UserAccount {
  @ApiProperty() userId!: string;
  @ApiProperty({ example: 'inspector.anji' }) username!: string;
  @ApiProperty({ example: '督查员（安吉县）' }) displayName!: string;
  @ApiProperty({ type: [String], example: ['inspector'] }) roles!: string[];
  @ApiProperty({ type: String, nullable: true, description: 'an official’s scope root; an inspector’s home unit' }) orgUnitId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'the county an inspector is recused from scoring' }) homeCountyId!: string | null;
}

export class UserListResponse {
  @ApiProperty({ type: [UserResponse] }) items!: UserResponse[];
}
