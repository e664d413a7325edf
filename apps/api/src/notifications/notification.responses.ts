import { ApiProperty } from '@nestjs/swagger';
import { NOTICE_KINDS } from '@app/supervision';
import { NOTIFICATION_CHANNELS, NOTIFICATION_STATUSES, NotificationView } from '@app/notifications';

/** A notification: an inbox entry, or a delivery to an outside channel with its status. */
export class NotificationResponse implements NotificationView {
  @ApiProperty({ format: 'uuid', description: 'the same on every retry; webhook receivers drop repeats by it' }) notificationId!: string;
  @ApiProperty({ format: 'uuid', description: 'the event that caused it' }) eventId!: string;
  @ApiProperty({ description: 'the event’s position in the log' }) eventPosition!: number;
  @ApiProperty({ enum: NOTIFICATION_CHANNELS }) channel!: (typeof NOTIFICATION_CHANNELS)[number];
  @ApiProperty({ description: 'a user id for the inbox; "unit:<id>" for an outside channel, whose message names the unit’s people responsible' }) recipient!: string;
  @ApiProperty({ enum: NOTICE_KINDS, description: '交办, 催办, 挂牌, 升级督办, 复核结果' }) kind!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty({ description: 'the unit whose responsible people it is for' }) unitId!: string;
  @ApiProperty({ example: '【催办】天荒坪镇：农村生活污水处理设施运维不到位' }) title!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: NOTIFICATION_STATUSES, description: 'inbox entries are delivered as written; outside ones pending until sent, failed once given up' })
  status!: (typeof NOTIFICATION_STATUSES)[number];
  @ApiProperty({ description: 'attempts at sending so far (0 for the inbox)' }) attempts!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'when a pending delivery is tried next' }) nextAttemptAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'why the last attempt failed' }) lastError!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deliveredAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'inbox: when its owner read it' }) readAt!: string | null;
}

export class NotificationListResponse {
  @ApiProperty({ type: [NotificationResponse] }) items!: NotificationResponse[];
  @ApiProperty({ type: String, nullable: true, description: 'pass as `cursor` for the next page; null on the last' }) nextCursor!: string | null;
}

export class InboxResponse extends NotificationListResponse {
  @ApiProperty({ description: 'how many of the caller’s notifications are unread (all pages)' }) unread!: number;
}

export class MarkedReadResponse {
  @ApiProperty({ description: 'how many were unread and are read now' }) marked!: number;
}
