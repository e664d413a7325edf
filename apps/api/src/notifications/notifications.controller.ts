import { Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, RequestActor, Roles } from '@app/auth';
import { DEFAULT_PAGE_SIZE } from '../http/list-query';
import { ListInboxQuery } from './list-inbox/list-inbox.query';
import { ListNotificationsQuery } from './list-notifications/list-notifications.query';
import { InboxQuery, OutboxQuery } from './notification.requests';
import { InboxResponse, MarkedReadResponse, NotificationListResponse, NotificationResponse } from './notification.responses';
import { ReadAllNotificationsCommand, ReadNotificationCommand } from './read-notifications/read-notifications.command';
import { RetryNotificationCommand } from './retry-notification/retry-notification.command';

/**
 * 通知: each signed-in user's inbox (交办, 催办, 挂牌, 升级督办 and 复核 results for the units they
 * answer for), and for admins and auditors every notification with its delivery status.
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Get('inbox')
  @ApiOperation({ summary: 'My notifications, newest first, with the unread count' })
  @ApiOkResponse({ type: InboxResponse })
  @ApiBadRequestResponse({ description: 'INVALID_CURSOR, VALIDATION_FAILED' })
  inbox(@CurrentActor() actor: RequestActor, @Query() { unread, limit, cursor }: InboxQuery): Promise<InboxResponse> {
    return this.queries.execute(new ListInboxQuery(actor.userId, unread === 'true', limit ?? DEFAULT_PAGE_SIZE, cursor));
  }

  @Post('inbox/read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @ApiOkResponse({ type: MarkedReadResponse })
  async readAll(@CurrentActor() actor: RequestActor): Promise<MarkedReadResponse> {
    return { marked: await this.commands.execute(new ReadAllNotificationsCommand(actor.userId)) };
  }

  @Post('inbox/:id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of my notifications read (again: no change)' })
  @ApiOkResponse({ type: NotificationResponse })
  @ApiNotFoundResponse({ description: 'NOTIFICATION_NOT_FOUND: no such notification in my inbox' })
  read(@CurrentActor() actor: RequestActor, @Param('id') id: string): Promise<NotificationResponse> {
    return this.commands.execute(new ReadNotificationCommand(actor.userId, id));
  }

  @Get()
  @Roles('admin', 'auditor')
  @ApiOperation({ summary: 'Every notification with its delivery status, newest first (admin, auditor)' })
  @ApiOkResponse({ type: NotificationListResponse })
  @ApiBadRequestResponse({ description: 'INVALID_CURSOR, VALIDATION_FAILED' })
  @ApiForbiddenResponse({ description: 'ROLE_FORBIDDEN' })
  list(@Query() { status, channel, caseId, limit, cursor }: OutboxQuery): Promise<NotificationListResponse> {
    const filter = { ...(status === undefined ? {} : { status }), ...(channel === undefined ? {} : { channel }), ...(caseId === undefined ? {} : { caseId }) };
    return this.queries.execute(new ListNotificationsQuery(filter, limit ?? DEFAULT_PAGE_SIZE, cursor));
  }

  @Post(':id/retry')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Send a delivery that was given up again, from a fresh count of attempts (admin)' })
  @ApiOkResponse({ type: NotificationResponse })
  @ApiForbiddenResponse({ description: 'ROLE_FORBIDDEN' })
  @ApiNotFoundResponse({ description: 'NOTIFICATION_NOT_FOUND' })
  @ApiConflictResponse({ description: 'NOTIFICATION_NOT_RETRYABLE: it is pending or delivered' })
  retry(@Param('id') id: string): Promise<NotificationResponse> {
    return this.commands.execute(new RetryNotificationCommand(id));
  }
}
