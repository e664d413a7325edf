import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { auditEventView } from '../audit-event.view';
import { StreamNotFound } from '../audit.errors';
import { GetStreamHistoryQuery, StreamHistory } from './get-stream-history.query';

@QueryHandler(GetStreamHistoryQuery)
export class GetStreamHistoryHandler implements IQueryHandler<GetStreamHistoryQuery, StreamHistory> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ streamId }: GetStreamHistoryQuery): Promise<StreamHistory> {
    const events = await this.store.readStream(streamId);
    if (events.length === 0) throw new StreamNotFound(streamId);
    return { streamId, version: events[events.length - 1]!.version, events: events.map(auditEventView) };
  }
}
