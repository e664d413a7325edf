import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { UserDirectory } from '@app/auth';
import { actorIdOf, auditEventView, AuditEventsPage } from '../audit-event.view';
import { AuditFilters } from '../audit-filters';
import { AuditTrail, decodeCursor, encodeCursor } from '../audit-trail';
import { ConflictingCursors } from '../audit.errors';
import { ListAuditEventsQuery } from './list-audit-events.query';

@QueryHandler(ListAuditEventsQuery)
export class ListAuditEventsHandler implements IQueryHandler<ListAuditEventsQuery, AuditEventsPage> {
  constructor(
    @Inject(AuditTrail) private readonly trail: AuditTrail,
    @Inject(AuditFilters) private readonly filters: AuditFilters,
    @Inject(UserDirectory) private readonly users: UserDirectory,
  ) {}

  async execute({ criteria, paging: { cursor, after, limit } }: ListAuditEventsQuery): Promise<AuditEventsPage> {
    if (cursor !== undefined && after !== undefined && cursor !== after) throw new ConflictingCursors();
    const text = cursor ?? after;
    const from = text === undefined ? undefined : decodeCursor(text);
    const page = await this.trail.page(await this.filters.of(criteria), from, limit);
    const names = await this.users.displayNames(page.events.flatMap(({ event }) => actorIdOf(event) ?? []));
    return { items: page.events.map(({ event, leafIndex }) => auditEventView(event, leafIndex, names)), nextCursor: page.next === null ? null : encodeCursor(page.next) };
  }
}
