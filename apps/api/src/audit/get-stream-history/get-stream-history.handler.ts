import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UserDirectory } from '@app/auth';
import { EVENT_STORE, EventStore } from '@app/event-store';
import { SealedLog } from '@app/sealing';
import { actorIdOf, auditEventView } from '../audit-event.view';
import { StreamNotFound } from '../audit.errors';
import { GetStreamHistoryQuery, StreamHistory } from './get-stream-history.query';

@QueryHandler(GetStreamHistoryQuery)
export class GetStreamHistoryHandler implements IQueryHandler<GetStreamHistoryQuery, StreamHistory> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(UserDirectory) private readonly users: UserDirectory,
    @Inject(SealedLog) private readonly sealed: SealedLog,
  ) {}

  async execute({ streamId }: GetStreamHistoryQuery): Promise<StreamHistory> {
    const events = await this.store.readStream(streamId);
    if (events.length === 0) throw new StreamNotFound(streamId);
    const names = await this.users.displayNames(events.flatMap((event) => actorIdOf(event) ?? []));
    const leaves = await this.sealed.leafIndexesOf(events.map((event) => event.position));
    return {
      streamId,
      version: events[events.length - 1]!.version,
      events: events.map((event) => auditEventView(event, leaves.get(event.position) ?? null, names)),
    };
  }
}
