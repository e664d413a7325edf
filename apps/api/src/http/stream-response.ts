import { ApiProperty } from '@nestjs/swagger';
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
