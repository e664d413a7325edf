import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { NOTIFICATION_CHANNELS, NOTIFICATION_STATUSES } from '@app/notifications';
import { ListQuery } from '../http/list-query';

export class InboxQuery extends ListQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only the unread ones' }) @IsOptional() @IsIn(['true', 'false']) unread?: 'true' | 'false';
}

export class OutboxQuery extends ListQuery {
  @ApiPropertyOptional({ enum: NOTIFICATION_STATUSES }) @IsOptional() @IsIn(NOTIFICATION_STATUSES) status?: (typeof NOTIFICATION_STATUSES)[number];
  @ApiPropertyOptional({ enum: NOTIFICATION_CHANNELS }) @IsOptional() @IsIn(NOTIFICATION_CHANNELS) channel?: (typeof NOTIFICATION_CHANNELS)[number];
  @ApiPropertyOptional({ description: 'only the notifications of this case' }) @IsOptional() @IsString() @Length(1, 200) caseId?: string;
}
