import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROJECTOR_STATES } from '@app/projections';

/* What the read-model administration answers, for the OpenAPI document (and the console's generated types). Dates are sent as ISO instants. */

export class CheckpointResponse {
  @ApiProperty({ description: 'a PostgreSQL xid8, as decimal text' }) transactionId!: string;
  @ApiProperty() position!: number;
}

export class ProjectionErrorResponse {
  @ApiProperty() message!: string;
  @ApiProperty() position!: number;
  @ApiProperty() transactionId!: string;
  @ApiProperty() eventId!: string;
  @ApiProperty() eventType!: string;
  @ApiProperty({ type: String, format: 'date-time' }) at!: string;
}

export class RebuildProgressResponse {
  @ApiProperty() projection!: string;
  @ApiProperty({ enum: ['building', 'swapping', 'done', 'failed'], description: 'building: applying the log into the copy; swapping: replacing the live tables' })
  phase!: string;
  @ApiProperty({ description: 'events applied into the copy so far' }) eventsApplied!: number;
  @ApiProperty({ description: 'the newest position in the log when last looked at (the target)' }) headPosition!: number;
  @ApiProperty({ description: 'position of the last event applied into the copy' }) position!: number;
  @ApiProperty({ type: String, format: 'date-time' }) startedAt!: string;
  @ApiPropertyOptional({ description: 'why it failed' }) error?: string;
}

export class ProjectionStatusResponse {
  @ApiProperty({ example: 'case-board' }) name!: string;
  @ApiProperty({ enum: ['inline', 'async'], description: 'inline: updated inside every append; async: a projector following the log' }) kind!: string;
  @ApiProperty({ enum: PROJECTOR_STATES }) state!: string;
  @ApiProperty({ type: CheckpointResponse, nullable: true, description: 'async: the stored checkpoint; inline: null' }) checkpoint!: CheckpointResponse | null;
  @ApiProperty() lagEvents!: number;
  @ApiProperty() lagSeconds!: number;
  @ApiProperty({ type: ProjectionErrorResponse, nullable: true }) lastError!: ProjectionErrorResponse | null;
  @ApiProperty({ type: RebuildProgressResponse, nullable: true, description: 'set while a rebuild runs, and after one until the next starts' })
  rebuild!: RebuildProgressResponse | null;
}

export class ProjectionListResponse {
  @ApiProperty({ type: [ProjectionStatusResponse] }) items!: ProjectionStatusResponse[];
}
