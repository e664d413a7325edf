import { Module } from '@nestjs/common';
import { ListUsersHandler } from './list-users/list-users.handler';
import { UsersController } from './users.controller';

/** The user accounts over HTTP (read-only here): their route and use case. */
@Module({
  controllers: [UsersController],
  providers: [ListUsersHandler],
})
export class UsersModule {}
