import { Type } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';
import { CommandResult } from '@app/workflow-runtime';
import { HeaderSink } from './header-sink';

export class AppendedEventView {
  @ApiProperty() position!: number;
  @ApiProperty() version!: number;
  @ApiProperty() type!: string;
  @ApiProperty() id!: string;
}

/** What every command answers: the resource's id and version, and the events it appended. */
export class CommandResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'the stream version after the command; also the ETag' }) version!: number;
  @ApiProperty({ type: [AppendedEventView] }) events!: AppendedEventView[];
  @ApiProperty({
    description:
      'true when the command had already been handled and nothing was appended now (a retry whose first answer was never recorded). ' +
      'A retry answered from the Idempotency-Key store repeats the first body exactly and carries the header `Idempotent-Replayed: true` instead',
  })
  replayed!: boolean;
  @ApiProperty({ description: 'the resource state after the command' }) state!: unknown;
}

/** The `ETag` header of every answer that shows one stream, as the OpenAPI document describes it. */
export const ETAG_HEADER = {
  ETag: { description: 'the stream version, quoted; send it back as `If-Match` to refuse a write over a newer version (412)', schema: { type: 'string', example: '"3"' } },
} as const;

/** Documents a route's answer that shows one stream: its body's type, and the stream version as `ETag` (see {@link withETag}). */
export function ApiVersionedResponse(type: Type, options: { status?: 200 | 201; description?: string } = {}): MethodDecorator {
  return ApiResponse({ status: options.status ?? 200, type, headers: ETAG_HEADER, ...(options.description === undefined ? {} : { description: options.description }) });
}

/** Sets `ETag` to the stream version (clients send it back as `If-Match`). */
export function withETag(response: HeaderSink, version: number): void {
  response.setHeader('ETag', `"${version}"`);
}

export function commandResponse(response: HeaderSink, id: string, result: CommandResult<unknown>): CommandResponse {
  withETag(response, result.version);
  return {
    id,
    version: result.version,
    events: result.events.map((event) => ({ position: event.position, version: event.version, type: event.type, id: event.id })),
    replayed: result.duplicate,
    state: result.state,
  };
}
