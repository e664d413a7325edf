import { Controller, Get, Inject, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Roles } from '@app/auth';
import { ListUsersQuery } from './list-users/list-users.query';
import { UserListResponse } from './user.responses';

const ROLES = ['admin', 'inspector', 'official', 'auditor', 'viewer'];

export class UserListQuery {
  @ApiPropertyOptional({ enum: ROLES, description: 'only the holders of this role' }) @IsOptional() @IsIn(ROLES) role?: string;
}

/** The user accounts, for the admin's pickers (inspectors for a task, with the county each is recused from). */
@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@ApiForbiddenResponse({ description: 'ROLE_FORBIDDEN: admins only' })
@Controller('users')
export class UsersController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'The user accounts by username, optionally only those holding a role (admin)' })
  @ApiOkResponse({ type: UserListResponse })
  async list(@Query() { role }: UserListQuery): Promise<UserListResponse> {
    return { items: (await this.queries.execute(new ListUsersQuery(role))).map((user) => ({ ...user, roles: [...user.roles] })) };
  }
}
