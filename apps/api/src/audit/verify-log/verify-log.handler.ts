import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore, VerifyReport } from '@app/event-store';
import { RangeStartsAfterItsEnd } from '../audit.errors';
import { VerifyLogQuery } from './verify-log.query';

@QueryHandler(VerifyLogQuery)
export class VerifyLogHandler implements IQueryHandler<VerifyLogQuery, VerifyReport> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ range: { from, to } }: VerifyLogQuery): Promise<VerifyReport> {
    if (from !== undefined && to !== undefined && from > to) throw new RangeStartsAfterItsEnd();
    return this.store.verify({ ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
  }
}
